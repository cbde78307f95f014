package app.khabar.store;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one corpus load did; the row with the highest generation is the current corpus. */
@Entity
@Table(name = "ingestion")
public class IngestionEntity extends PanacheEntityBase {

    /** Bumped by every load; caches key on it. */
    @Id
    public Long generation;

    @Column(nullable = false)
    public Instant finishedAt;

    @Column(nullable = false, length = 2000)
    public String source;

    @Column(nullable = false)
    public int pagesLoaded;

    @Column(nullable = false)
    public int storiesLoaded;

    @Column(nullable = false)
    public int peopleLoaded;

    @Column(nullable = false)
    public long durationMs;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 1_000_000)
    public List<String> skippedFileNames;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 1_000_000)
    public List<String> skippedReasons;

    /** The extractor that made this generation ({@code ExtractorVersion}); null: not reusable. */
    @Column(length = 100)
    public String extractorVersion;

    /** khabar.related.per-story when this generation was made. */
    public Integer relatedPerStory;

    /** The corpus files this generation was made of ({@code CorpusFingerprint}). */
    @Column(length = 64)
    public String corpusFingerprint;
}

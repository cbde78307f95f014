package app.khabar.store;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.khabar.corpus.StoryKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A story of a page. */
@Entity
@Table(name = "story", indexes = {
        @Index(name = "story_page", columnList = "page_id, ordinal"),
        @Index(name = "story_rank", columnList = "generation, listRank"),
        @Index(name = "story_kind_rank", columnList = "generation, kind, listRank")},
        uniqueConstraints = @UniqueConstraint(name = "story_key", columnNames = {"generation", "storyKey"}))
public class StoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    @SequenceGenerator(name = "story_seq", allocationSize = 500)
    public Long id;

    /** The corpus load this row belongs to: reads see only the generation being served. */
    @Column(nullable = false)
    public long generation;

    /** Page key and position on the page: stable across restarts. */
    @Column(nullable = false, length = 48)
    public String storyKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    public PageEntity page;

    @Column(nullable = false)
    public int ordinal;

    /** A plain varchar on every database (H2 would otherwise make it an ENUM column, PostgreSQL a varchar). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public StoryKind kind;

    @Column(nullable = false, length = 2000)
    public String title;

    @Column(nullable = false)
    public boolean titleDerived;

    public LocalDate publishedAt;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10_000_000)
    public List<String> paragraphs;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10_000)
    public List<String> sources;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10_000)
    public List<String> tags;

    /** Normalised words of title and text, each also without its clitic prefix, for search. */
    @Column(nullable = false, length = 20_000_000)
    public String searchText;

    /** Position in {@code articles}: newest first (a story without a date takes its page's date). */
    @Column(nullable = false)
    public int listRank;
}

package app.khabar.store;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One corpus file. */
@Entity
@Table(name = "page", indexes = {@Index(name = "page_rank", columnList = "generation, listRank")},
        uniqueConstraints = @UniqueConstraint(name = "page_key", columnNames = {"generation", "pageKey"}))
public class PageEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
    @SequenceGenerator(name = "page_seq", allocationSize = 100)
    public Long id;

    /** The corpus load this row belongs to: reads see only the generation being served. */
    @Column(nullable = false)
    public long generation;

    /** Derived from the file's content hash: stable across restarts. */
    @Column(nullable = false, length = 32)
    public String pageKey;

    @Column(nullable = false, length = 1000)
    public String fileName;

    @Column(nullable = false, length = 64)
    public String contentHash;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 100_000)
    public List<String> warnings;

    /** Position in {@code pages}: by file name. */
    @Column(nullable = false)
    public int listRank;
}

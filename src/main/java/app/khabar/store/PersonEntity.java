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

/** A person resolved across the corpus. */
@Entity
@Table(name = "person", indexes = {@Index(name = "person_rank", columnList = "generation, listRank")},
        uniqueConstraints = @UniqueConstraint(name = "person_key", columnNames = {"generation", "personKey"}))
public class PersonEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", allocationSize = 200)
    public Long id;

    /** The corpus load this row belongs to: reads see only the generation being served. */
    @Column(nullable = false)
    public long generation;

    @Column(nullable = false, length = 64)
    public String personKey;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(length = 500)
    public String nameLatin;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20_000)
    public List<String> aliases;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 20_000)
    public List<String> roles;

    @Column(nullable = false)
    public int storyCount;

    /** Spelling-insensitive keys of every alias, space-separated and space-framed, for {@code people(name:)}. */
    @Column(nullable = false, length = 40_000)
    public String searchKeys;

    /** Position in {@code people}: most mentioned first. */
    @Column(nullable = false)
    public int listRank;
}

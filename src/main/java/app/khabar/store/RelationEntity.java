package app.khabar.store;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An edge from a story to one of its most related stories, computed at ingestion. */
@Entity
@Table(name = "relation", indexes = {@Index(name = "relation_story", columnList = "story_id, relatedRank")})
public class RelationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relation_seq")
    @SequenceGenerator(name = "relation_seq", allocationSize = 1000)
    public Long id;

    /** The corpus load this row belongs to: reads see only the generation being served. */
    @Column(nullable = false)
    public long generation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public StoryEntity story;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "related_id")
    public StoryEntity related;

    /** 0 for the best. */
    @Column(nullable = false)
    public int relatedRank;

    @Column(nullable = false)
    public double score;

    /** RelationReason names. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 200)
    public List<String> reasons;

    /** Database ids of the people both stories mention, rarest first. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10_000)
    public List<String> sharedPersonIds;
}

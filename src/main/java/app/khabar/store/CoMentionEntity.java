package app.khabar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

/** Two people mentioned in the same stories, computed at ingestion, most shared first. */
@Entity
@Table(name = "co_mention", indexes = {@Index(name = "co_mention_person", columnList = "person_id, coMentionRank")})
public class CoMentionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_mention_seq")
    @SequenceGenerator(name = "co_mention_seq", allocationSize = 1000)
    public Long id;

    /** The corpus load this row belongs to: reads see only the generation being served. */
    @Column(nullable = false)
    public long generation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public PersonEntity person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "other_id")
    public PersonEntity other;

    @Column(nullable = false)
    public int sharedStories;

    @Column(nullable = false)
    public int coMentionRank;
}

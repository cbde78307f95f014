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

/** A person's presence in one story. */
@Entity
@Table(name = "mention", indexes = {
        @Index(name = "mention_story", columnList = "story_id, rankInStory"),
        @Index(name = "mention_person", columnList = "person_id, storyRank")})
public class MentionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
    @SequenceGenerator(name = "mention_seq", allocationSize = 500)
    public Long id;

    /** The corpus load this row belongs to: reads see only the generation being served. */
    @Column(nullable = false)
    public long generation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    public StoryEntity story;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public PersonEntity person;

    @Column(nullable = false)
    public int mentionCount;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10_000)
    public List<String> surfaceForms;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 10_000)
    public List<String> roles;

    /** {@code start,end,sentenceStart,sentenceEnd;...}: offsets into the story text; the strings derive from it. */
    @Column(nullable = false, length = 100_000)
    public String spans;

    /** Order of the person in the story: most mentioned first. */
    @Column(nullable = false)
    public int rankInStory;

    /** Copy of the story's list rank, so a person's stories page through an index. */
    @Column(nullable = false)
    public int storyRank;
}

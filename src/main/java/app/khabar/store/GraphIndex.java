package app.khabar.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The served generation's graph in memory: every row the API's list and edge reads return, without the story
 * bodies, grouped the way {@link GraphReads} asks for them. A generation never changes once served (a load writes
 * a new one beside it), so the index is built once, from the database, by the first request that reads the
 * generation, and dropped once a load has switched to another generation. Requests still on an older generation, and
 * generations larger than {@code khabar.index.max-stories}, read the database as before; bodies, search and
 * filtered lists always do.
 */
@ApplicationScoped
public class GraphIndex {

    private static final Logger LOG = Logger.getLogger(GraphIndex.class);

    @Inject
    EntityManager entityManager;

    @Inject
    KhabarConfig config;

    /** Off: every read goes to the database (tests compare both ways). */
    private volatile boolean enabled = true;

    /** The index of the served generation, or a placeholder while it is built, or null. */
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    /** A stories list entry of one person: the person's rank of the story, and the story. */
    record PersonStory(int storyRank, StoryRow story) {
    }

    /** A related story and its rank among the story's related stories. */
    record RankedRelation(int relatedRank, RelationRow relation) {
    }

    /** A co-mentioned person and their rank among the person's co-mentions. */
    record RankedCoMention(int coMentionRank, CoMentionRow coMention) {
    }

    /** One generation's rows, read-only once built. */
    static final class Snapshot {
        final long generation;
        final boolean ready;
        List<StoryRow> storiesInOrder;
        Map<Long, StoryRow> storiesById;
        Map<String, StoryRow> storiesByKey;
        Map<Long, List<StoryRow>> storiesOfPage;
        List<PersonRow> peopleInOrder;
        Map<Long, PersonRow> peopleById;
        Map<String, PersonRow> peopleByKey;
        List<PageRow> pagesInOrder;
        Map<Long, PageRow> pagesById;
        Map<String, PageRow> pagesByKey;
        Map<Long, List<MentionRow>> mentionsOfStory;
        Map<Long, List<PersonStory>> storiesOfPerson;
        Map<Long, List<RankedRelation>> relationsOfStory;
        Map<Long, List<RankedCoMention>> coMentionsOfPerson;

        Snapshot(long generation, boolean ready) {
            this.generation = generation;
            this.ready = ready;
        }
    }

    /** Switches the index on or off; off, reads go to the database as if there were none. */
    public void setEnabled(boolean on) {
        enabled = on;
    }

    /**
     * The index of {@code generation}, built now if this caller is the first to ask for it; null when there is
     * none (another caller is building it, the generation is not the one served, or it is too large): the caller
     * reads the database. An index of a generation no longer served is dropped here, by the first read after the
     * switch.
     */
    Snapshot of(long generation, LongSupplier served) {
        Snapshot snapshot = current.get();
        long serving = served.getAsLong();
        if (snapshot != null && snapshot.generation != serving) {
            current.compareAndSet(snapshot, null);
            snapshot = current.get();
        }
        if (snapshot != null) {
            return enabled && snapshot.generation == generation && snapshot.ready ? snapshot : null;
        }
        if (generation != serving || !enabled || config.index().maxStories() <= 0) {
            return null;
        }
        Snapshot building = new Snapshot(generation, false);
        if (!current.compareAndSet(null, building)) {
            return null;
        }
        Snapshot built;
        try {
            built = build(generation);
        } catch (RuntimeException e) {
            current.compareAndSet(building, null);
            throw e;
        }
        if (built == null) {
            return null; // too large: the placeholder stays, so no one tries again for this generation
        }
        // a load may have switched generations meanwhile: a later read then drops this one
        current.compareAndSet(building, built);
        return built;
    }

    @SuppressWarnings("unchecked")
    private Snapshot build(long generation) {
        long started = System.nanoTime();
        long stories = entityManager.createQuery("select count(s) from StoryEntity s where s.generation = :g",
                Long.class).setParameter("g", generation).getSingleResult();
        if (stories > config.index().maxStories()) {
            LOG.infof("generation %d has %d stories, over khabar.index.max-stories (%d): read from the database only",
                    generation, stories, config.index().maxStories());
            return null;
        }
        Snapshot s = new Snapshot(generation, true);

        s.pagesInOrder = new ArrayList<>();
        s.pagesById = new HashMap<>();
        s.pagesByKey = new HashMap<>();
        for (Object[] row : rows(PageRow.SELECT + " from PageEntity p where p.generation = :g order by p.listRank",
                generation)) {
            PageRow page = PageRow.of(row, 0);
            s.pagesInOrder.add(page);
            s.pagesById.put(page.id(), page);
            s.pagesByKey.put(page.pageKey(), page);
        }

        s.storiesInOrder = new ArrayList<>();
        s.storiesById = new HashMap<>();
        s.storiesByKey = new HashMap<>();
        Map<Long, Integer> ordinals = new HashMap<>();
        for (Object[] row : rows(StoryRow.SELECT + ", s.ordinal from StoryEntity s where s.generation = :g "
                + "order by s.listRank", generation)) {
            StoryRow story = StoryRow.of(row, 0);
            s.storiesInOrder.add(story);
            s.storiesById.put(story.id(), story);
            s.storiesByKey.put(story.storyKey(), story);
            ordinals.put(story.id(), (Integer) row[StoryRow.COLUMNS]);
        }
        s.storiesOfPage = new HashMap<>();
        for (StoryRow story : s.storiesInOrder) {
            s.storiesOfPage.computeIfAbsent(story.pageId(), k -> new ArrayList<>()).add(story);
        }
        s.storiesOfPage.values().forEach(list -> list.sort(Comparator.comparingInt(story -> ordinals.get(story.id()))));

        s.peopleInOrder = new ArrayList<>();
        s.peopleById = new HashMap<>();
        s.peopleByKey = new HashMap<>();
        for (Object[] row : rows(PersonRow.SELECT + " from PersonEntity p where p.generation = :g order by p.listRank",
                generation)) {
            PersonRow person = PersonRow.of(row, 0);
            if (person.storyCount() > 0) {
                s.peopleInOrder.add(person);
            }
            s.peopleById.put(person.id(), person);
            s.peopleByKey.put(person.personKey(), person);
        }

        s.mentionsOfStory = new HashMap<>();
        s.storiesOfPerson = new HashMap<>();
        for (Object[] row : rows("select m.story.id, m.person.id, m.mentionCount, m.surfaceForms, m.roles, m.spans, "
                + "m.storyRank from MentionEntity m where m.generation = :g order by m.story.id, m.rankInStory",
                generation)) {
            long storyId = (Long) row[0];
            long personId = (Long) row[1];
            String spans = (String) row[5];
            s.mentionsOfStory.computeIfAbsent(storyId, k -> new ArrayList<>()).add(new MentionRow(storyId,
                    (Integer) row[2], (List<String>) row[3], (List<String>) row[4], MentionRow.decodeSpans(spans),
                    MentionRow.decodeRules(spans), s.peopleById.get(personId)));
            s.storiesOfPerson.computeIfAbsent(personId, k -> new ArrayList<>())
                    .add(new PersonStory((Integer) row[6], s.storiesById.get(storyId)));
        }
        s.storiesOfPerson.values().forEach(list -> list.sort(Comparator.comparingInt(PersonStory::storyRank)));

        s.relationsOfStory = new HashMap<>();
        for (Object[] row : rows("select r.story.id, r.related.id, r.score, r.reasons, r.sharedPersonIds, "
                + "r.relatedRank from RelationEntity r where r.generation = :g order by r.story.id, r.relatedRank",
                generation)) {
            long storyId = (Long) row[0];
            List<Long> shared = ((List<String>) row[4]).stream().map(Long::valueOf).toList();
            s.relationsOfStory.computeIfAbsent(storyId, k -> new ArrayList<>()).add(new RankedRelation(
                    (Integer) row[5], new RelationRow(storyId, (Double) row[2], (List<String>) row[3], shared,
                            s.storiesById.get((Long) row[1]))));
        }

        s.coMentionsOfPerson = new HashMap<>();
        for (Object[] row : rows("select c.person.id, c.other.id, c.sharedStories, c.coMentionRank "
                + "from CoMentionEntity c where c.generation = :g order by c.person.id, c.coMentionRank",
                generation)) {
            long personId = (Long) row[0];
            s.coMentionsOfPerson.computeIfAbsent(personId, k -> new ArrayList<>()).add(new RankedCoMention(
                    (Integer) row[3], new CoMentionRow(personId, (Integer) row[2], s.peopleById.get((Long) row[1]))));
        }
        LOG.debugf("generation %d indexed in memory in %d ms: %d stories, %d people", generation,
                (System.nanoTime() - started) / 1_000_000, s.storiesInOrder.size(), s.peopleById.size());
        return s;
    }

    private List<Object[]> rows(String hql, long generation) {
        return entityManager.createQuery(hql, Object[].class).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("g", generation).getResultList();
    }
}

package app.khabar.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.hibernate.jpa.HibernateHints;

import app.khabar.arabic.ArabicText;
import app.khabar.corpus.StoryKind;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Every read the API makes. Each method is one query whatever the number of ids, so resolvers that fan out stay
 * at one query per level. Results are projections, not managed entities.
 */
@ApplicationScoped
public class GraphReads {

    @Inject
    EntityManager entityManager;

    @Inject
    ServingGeneration serving;

    @Inject
    RequestGeneration requestGeneration;

    @Inject
    GraphIndex graphIndex;

    /**
     * One slice of an ordered list, and the size of the whole list: counted when {@link #totalCount()} is first
     * called (within the request), as most answers do not ask for it and counting reads the whole list.
     */
    public record Slice<T>(List<T> items, boolean hasNext, LongSupplier total) {

        public Slice(List<T> items, boolean hasNext, long totalCount) {
            this(items, hasNext, () -> totalCount);
        }

        public long totalCount() {
            return total.getAsLong();
        }
    }

    public Map<Long, StoryRow> storiesByIds(Collection<Long> ids) {
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return fromIndex(ids, index.storiesById);
        }
        return byIds(StoryRow.SELECT + " from StoryEntity s where s.id in :ids", ids, StoryRow::of, StoryRow::id);
    }

    /** Paragraphs of each story, by story id: the one read of the stories' bodies. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<String>> bodiesOf(Collection<Long> storyIds) {
        Map<Long, List<String>> bodies = new LinkedHashMap<>();
        if (!storyIds.isEmpty()) {
            for (Object[] row : query("select s.id, s.paragraphs from StoryEntity s where s.id in :ids")
                    .setParameter("ids", storyIds).getResultList()) {
                bodies.put((Long) row[0], (List<String>) row[1]);
            }
        }
        return bodies;
    }

    public Optional<StoryRow> storyByKey(String key) {
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return Optional.ofNullable(index.storiesByKey.get(key));
        }
        return query(StoryRow.SELECT + " from StoryEntity s where s.storyKey = :key and s.generation = :generation")
                .setParameter("key", key).setParameter("generation", generation())
                .getResultStream().findFirst().map(row -> StoryRow.of(row, 0));
    }

    /** Stories of each page, in page order. */
    public Map<Long, List<StoryRow>> storiesOfPages(Collection<Long> pageIds) {
        Map<Long, List<StoryRow>> byPage = new LinkedHashMap<>();
        if (pageIds.isEmpty()) {
            return byPage;
        }
        GraphIndex.Snapshot index = index();
        if (index != null) {
            for (Long id : pageIds) {
                List<StoryRow> stories = index.storiesOfPage.get(id);
                if (stories != null) {
                    byPage.put(id, stories);
                }
            }
            return byPage;
        }
        for (Object[] row : query(StoryRow.SELECT + " from StoryEntity s where s.page.id in :ids "
                + "order by s.page.id, s.ordinal").setParameter("ids", pageIds).getResultList()) {
            StoryRow story = StoryRow.of(row, 0);
            byPage.computeIfAbsent(story.pageId(), k -> new ArrayList<>()).add(story);
        }
        return byPage;
    }

    public Map<Long, PageRow> pagesByIds(Collection<Long> ids) {
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return fromIndex(ids, index.pagesById);
        }
        return byIds(PageRow.SELECT + " from PageEntity p where p.id in :ids", ids, PageRow::of, PageRow::id);
    }

    public Optional<PageRow> pageByKey(String key) {
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return Optional.ofNullable(index.pagesByKey.get(key));
        }
        return query(PageRow.SELECT + " from PageEntity p where p.pageKey = :key and p.generation = :generation")
                .setParameter("key", key).setParameter("generation", generation())
                .getResultStream().findFirst().map(row -> PageRow.of(row, 0));
    }

    public Map<Long, PersonRow> peopleByIds(Collection<Long> ids) {
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return fromIndex(ids, index.peopleById);
        }
        return byIds(PersonRow.SELECT + " from PersonEntity p where p.id in :ids", ids, PersonRow::of, PersonRow::id);
    }

    public Optional<PersonRow> personByKey(String key) {
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return Optional.ofNullable(index.peopleByKey.get(key));
        }
        return query(PersonRow.SELECT + " from PersonEntity p where p.personKey = :key and p.generation = :generation")
                .setParameter("key", key).setParameter("generation", generation())
                .getResultStream().findFirst().map(row -> PersonRow.of(row, 0));
    }

    /** People of each story, most mentioned first. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<MentionRow>> mentionsOfStories(Collection<Long> storyIds) {
        Map<Long, List<MentionRow>> byStory = new LinkedHashMap<>();
        if (storyIds.isEmpty()) {
            return byStory;
        }
        GraphIndex.Snapshot index = index();
        if (index != null) {
            for (Long id : storyIds) {
                List<MentionRow> mentions = index.mentionsOfStory.get(id);
                if (mentions != null) {
                    byStory.put(id, mentions);
                }
            }
            return byStory;
        }
        String select = PersonRow.SELECT + ", m.story.id, m.mentionCount, m.surfaceForms, m.roles, m.spans "
                + "from MentionEntity m join m.person p where m.story.id in :ids order by m.story.id, m.rankInStory";
        for (Object[] row : query(select).setParameter("ids", storyIds).getResultList()) {
            int at = PersonRow.COLUMNS;
            MentionRow mention = new MentionRow((Long) row[at], (Integer) row[at + 1], (List<String>) row[at + 2],
                    (List<String>) row[at + 3], MentionRow.decodeSpans((String) row[at + 4]),
                    MentionRow.decodeRules((String) row[at + 4]), PersonRow.of(row, 0));
            byStory.computeIfAbsent(mention.storyId(), k -> new ArrayList<>()).add(mention);
        }
        return byStory;
    }

    /** The best {@code first} related stories of each story. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<RelationRow>> relationsOfStories(Collection<Long> storyIds, int first) {
        Map<Long, List<RelationRow>> byStory = new LinkedHashMap<>();
        if (storyIds.isEmpty()) {
            return byStory;
        }
        GraphIndex.Snapshot index = index();
        if (index != null) {
            for (Long id : storyIds) {
                List<RelationRow> relations = new ArrayList<>();
                for (GraphIndex.RankedRelation ranked : index.relationsOfStory.getOrDefault(id, List.of())) {
                    if (ranked.relatedRank() < first) {
                        relations.add(ranked.relation());
                    }
                }
                if (!relations.isEmpty()) {
                    byStory.put(id, relations);
                }
            }
            return byStory;
        }
        String select = StoryRow.SELECT + ", r.story.id, r.score, r.reasons, r.sharedPersonIds "
                + "from RelationEntity r join r.related s where r.story.id in :ids and r.relatedRank < :first "
                + "order by r.story.id, r.relatedRank";
        for (Object[] row : query(select).setParameter("ids", storyIds).setParameter("first", first)
                .getResultList()) {
            int at = StoryRow.COLUMNS;
            List<Long> shared = ((List<String>) row[at + 3]).stream().map(Long::valueOf).toList();
            RelationRow relation = new RelationRow((Long) row[at], (Double) row[at + 1], (List<String>) row[at + 2],
                    shared, StoryRow.of(row, 0));
            byStory.computeIfAbsent(relation.storyId(), k -> new ArrayList<>()).add(relation);
        }
        return byStory;
    }

    /** People most often in the same stories as each person. */
    public Map<Long, List<CoMentionRow>> coMentionsOf(Collection<Long> personIds, int first) {
        Map<Long, List<CoMentionRow>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        GraphIndex.Snapshot index = index();
        if (index != null) {
            for (Long id : personIds) {
                List<CoMentionRow> coMentions = new ArrayList<>();
                for (GraphIndex.RankedCoMention ranked : index.coMentionsOfPerson.getOrDefault(id, List.of())) {
                    if (ranked.coMentionRank() < first) {
                        coMentions.add(ranked.coMention());
                    }
                }
                if (!coMentions.isEmpty()) {
                    byPerson.put(id, coMentions);
                }
            }
            return byPerson;
        }
        String select = PersonRow.SELECT + ", c.person.id, c.sharedStories from CoMentionEntity c join c.other p "
                + "where c.person.id in :ids and c.coMentionRank < :first order by c.person.id, c.coMentionRank";
        for (Object[] row : query(select).setParameter("ids", personIds).setParameter("first", first)
                .getResultList()) {
            int at = PersonRow.COLUMNS;
            CoMentionRow co = new CoMentionRow((Long) row[at], (Integer) row[at + 1], PersonRow.of(row, 0));
            byPerson.computeIfAbsent(co.personId(), k -> new ArrayList<>()).add(co);
        }
        return byPerson;
    }

    /**
     * For each person, their stories after {@code afterRank} in list order, {@code first + 1} at most (the extra
     * one tells whether there is a next page). One query: a {@code union all} of one limited branch per person, each
     * an index range scan of {@code mention_person (person_id, storyRank)} that reads only the rows it returns (a
     * window function over all of a person's mentions would read every one of them, and the people listed first
     * are the most mentioned).
     */
    @SuppressWarnings("unchecked")
    public Map<Long, List<StoryRow>> storiesOfPeople(Collection<Long> personIds, int afterRank, int first) {
        Map<Long, List<StoryRow>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        GraphIndex.Snapshot index = index();
        if (index != null) {
            for (Long id : personIds) {
                List<StoryRow> stories = new ArrayList<>();
                for (GraphIndex.PersonStory entry : index.storiesOfPerson.getOrDefault(id, List.of())) {
                    if (entry.storyRank() > afterRank && stories.size() <= first) {
                        stories.add(entry.story());
                    }
                }
                if (!stories.isEmpty()) {
                    stories.sort(java.util.Comparator.comparingInt(StoryRow::listRank));
                    byPerson.put(id, stories);
                }
            }
            return byPerson;
        }
        List<Long> ids = personIds.stream().distinct().sorted().toList();
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            select.append(i == 0 ? "(" : " union all (").append(StoryRow.SELECT).append(", m.person.id ")
                    .append("from MentionEntity m join m.story s where m.person.id = :p").append(i)
                    .append(" and m.storyRank > :after order by m.storyRank limit :limit)");
        }
        TypedQuery<Object[]> query = query(select.toString()).setParameter("after", afterRank)
                .setParameter("limit", first + 1);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("p" + i, ids.get(i));
        }
        for (Object[] row : query.getResultList()) {
            byPerson.computeIfAbsent((Long) row[StoryRow.COLUMNS], k -> new ArrayList<>()).add(StoryRow.of(row, 0));
        }
        // a story's rank in a person's list is its list rank (mention.storyRank = story.listRank)
        byPerson.values().forEach(stories -> stories.sort(java.util.Comparator.comparingInt(StoryRow::listRank)));
        return byPerson;
    }

    /** Stories in list order (newest first), filtered. */
    public Slice<StoryRow> stories(StoryKind kind, Long personId, String search, int afterRank, int first) {
        long generation = generation();
        GraphIndex.Snapshot index = kind == null && personId == null && search == null ? index() : null;
        if (index != null) {
            return inOrder(index.storiesInOrder, StoryRow::listRank, afterRank, first);
        }
        StringBuilder where = new StringBuilder(" where s.generation = :generation and s.listRank > :after");
        StringBuilder countWhere = new StringBuilder(" where s.generation = :generation");
        List<String> words = new ArrayList<>();
        if (search != null) {
            for (String form : searchWords(search)) {
                words.add("% " + form + "%");
            }
        }
        String filters = (kind != null ? " and s.kind = :kind" : "")
                + (personId != null ? " and exists (select 1 from MentionEntity m where m.story = s and "
                + "m.person.id = :person)" : "");
        StringBuilder wordFilters = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            wordFilters.append(" and s.searchText like :w").append(i);
        }
        where.append(filters).append(wordFilters);
        countWhere.append(filters).append(wordFilters);
        TypedQuery<Object[]> page = query(StoryRow.SELECT + " from StoryEntity s" + where + " order by s.listRank")
                .setParameter("after", afterRank).setMaxResults(first + 1);
        TypedQuery<Long> count = entityManager.createQuery("select count(s) from StoryEntity s" + countWhere,
                Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("generation", generation);
            if (kind != null) {
                q.setParameter("kind", kind);
            }
            if (personId != null) {
                q.setParameter("person", personId);
            }
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, words.get(i));
            }
        }
        List<StoryRow> rows = page.getResultList().stream().map(r -> StoryRow.of(r, 0)).toList();
        return slice(rows, first, count::getSingleResult);
    }

    /**
     * Search words normalised like the stored text and without clitic prefixes, so هجمات finds الهجمات and
     * وهجمات, and إسرائيل finds اسرائيل.
     */
    static List<String> searchWords(String search) {
        List<String> words = new ArrayList<>();
        for (var token : ArabicText.tokenize(search)) {
            String word = ArabicText.normalize(token.text()).toLowerCase(java.util.Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(escapeLike(ArabicText.withoutCliticPrefix(word)));
            }
        }
        return words;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** People in list order (most mentioned first); {@code name} matches any spelling. */
    public Slice<PersonRow> people(String name, int afterRank, int first) {
        GraphIndex.Snapshot index = name == null ? index() : null;
        if (index != null) {
            return inOrder(index.peopleInOrder, PersonRow::listRank, afterRank, first);
        }
        List<Set<String>> words = name == null ? List.of() : PersonSearch.queryKeys(name);
        StringBuilder filters = new StringBuilder(" where p.generation = :generation and p.storyCount > 0");
        List<String> values = new ArrayList<>();
        for (Set<String> alternatives : words) {
            filters.append(" and (");
            int i = 0;
            for (String key : alternatives) {
                if (i++ > 0) {
                    filters.append(" or ");
                }
                filters.append("p.searchKeys like :k").append(values.size());
                values.add("% " + escapeLike(key) + " %");
            }
            filters.append(")");
        }
        TypedQuery<Object[]> page = query(PersonRow.SELECT + " from PersonEntity p" + filters
                + " and p.listRank > :after order by p.listRank").setParameter("after", afterRank)
                .setMaxResults(first + 1);
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from PersonEntity p" + filters,
                Long.class);
        long generation = generation();
        page.setParameter("generation", generation);
        count.setParameter("generation", generation);
        for (int i = 0; i < values.size(); i++) {
            page.setParameter("k" + i, values.get(i));
            count.setParameter("k" + i, values.get(i));
        }
        List<PersonRow> rows = page.getResultList().stream().map(r -> PersonRow.of(r, 0)).toList();
        return slice(rows, first, count::getSingleResult);
    }

    public Slice<PageRow> pages(int afterRank, int first) {
        long generation = generation();
        GraphIndex.Snapshot index = index();
        if (index != null) {
            return inOrder(index.pagesInOrder, PageRow::listRank, afterRank, first);
        }
        List<PageRow> rows = query(PageRow.SELECT + " from PageEntity p where p.generation = :generation "
                + "and p.listRank > :after order by p.listRank").setParameter("generation", generation)
                .setParameter("after", afterRank).setMaxResults(first + 1)
                .getResultList().stream().map(r -> PageRow.of(r, 0)).toList();
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(p) from PageEntity p where p.generation = :generation", Long.class)
                .setParameter("generation", generation);
        return slice(rows, first, count::getSingleResult);
    }

    /** The report of the load that made the generation this request reads. */
    public Optional<IngestionEntity> lastIngestion() {
        return entityManager.createQuery("from IngestionEntity i where i.generation = :generation",
                        IngestionEntity.class).setParameter("generation", generation())
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream().findFirst();
    }

    /**
     * The generation this request reads: fixed at its first read, so every level of a GraphQL answer comes from one
     * corpus. Reads by database id need no filter: ids are never shared between generations.
     */
    private long generation() {
        return Arc.container().requestContext().isActive() ? requestGeneration.generation() : serving.current();
    }

    /** The index of the generation this request reads, or null: read the database. */
    private GraphIndex.Snapshot index() {
        return graphIndex.of(generation(), serving::current);
    }

    private static <T> Map<Long, T> fromIndex(Collection<Long> ids, Map<Long, T> rows) {
        Map<Long, T> found = new LinkedHashMap<>();
        for (Long id : ids) {
            T row = rows.get(id);
            if (row != null) {
                found.put(id, row);
            }
        }
        return found;
    }

    /** The items after {@code afterRank} of a list in rank order, as the database's {@code listRank > :after}. */
    private static <T> Slice<T> inOrder(List<T> all, java.util.function.ToIntFunction<T> rank, int afterRank,
                                        int first) {
        int from = 0;
        int to = all.size();
        while (from < to) { // the first item ranked after afterRank: ranks ascend along the list
            int middle = (from + to) >>> 1;
            if (rank.applyAsInt(all.get(middle)) > afterRank) {
                to = middle;
            } else {
                from = middle + 1;
            }
        }
        List<T> rows = all.subList(from, Math.min(all.size(), from + first + 1));
        return slice(rows, first, all::size);
    }

    /** {@code total} runs at most once, when the answer asks for the size of the list. */
    private static <T> Slice<T> slice(List<T> rows, int first, LongSupplier total) {
        boolean hasNext = rows.size() > first;
        long[] counted = {-1};
        LongSupplier once = () -> {
            if (counted[0] < 0) {
                counted[0] = total.getAsLong();
            }
            return counted[0];
        };
        return new Slice<>(hasNext ? rows.subList(0, first) : rows, hasNext, once);
    }

    /** Rows of one entity by database id, in one query. */
    private <T> Map<Long, T> byIds(String hql, Collection<Long> ids, BiFunction<Object[], Integer, T> of,
                                   Function<T, Long> idOf) {
        Map<Long, T> rows = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : query(hql).setParameter("ids", ids).getResultList()) {
                T value = of.apply(row, 0);
                rows.put(idOf.apply(value), value);
            }
        }
        return rows;
    }

    private TypedQuery<Object[]> query(String hql) {
        return entityManager.createQuery(hql, Object[].class).setHint(HibernateHints.HINT_READ_ONLY, true);
    }
}

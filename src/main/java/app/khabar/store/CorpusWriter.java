package app.khabar.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

import app.khabar.arabic.ArabicText;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.people.MentionSpan;
import app.khabar.people.PersonRecord;
import app.khabar.people.StoryMention;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.pipeline.SkippedFile;
import app.khabar.related.Relation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes a {@link CorpusModel} into the database, replacing what was there: people first, then each page in its
 * own transaction (a page that fails is reported and leaves no trace), then relations and co-mentions between
 * what was stored.
 */
@ApplicationScoped
public class CorpusWriter {

    private static final Logger LOG = Logger.getLogger(CorpusWriter.class);
    /** Co-mentioned people kept per person. */
    static final int CO_MENTIONS_PER_PERSON = 100;
    private static final int CHUNK = 2000;

    @Inject
    EntityManager entityManager;

    /** Relations and co-mentions are many plain rows: no persistence context, batched inserts. */
    @Inject
    StatelessSession statelessSession;

    /** Result of a write: what was stored and what was not. */
    public record Written(int pages, int stories, int people, List<SkippedFile> skipped) {
    }

    public Written replaceCorpus(CorpusModel model) {
        QuarkusTransaction.requiringNew().run(this::deleteAll);

        Map<String, Integer> storyRanks = storyRanks(model.pages());
        Map<String, Long> personIds = QuarkusTransaction.requiringNew().call(() -> persistPeople(model));

        Map<String, List<StoryMention>> mentionsByStory = new HashMap<>();
        for (StoryMention mention : model.people().mentions()) {
            mentionsByStory.computeIfAbsent(mention.storyKey(), k -> new ArrayList<>()).add(mention);
        }
        List<SkippedFile> skipped = new ArrayList<>(model.skipped());
        Map<String, Long> storyIds = new HashMap<>();
        List<KeyedPage> sortedPages = model.pages().stream()
                .sorted(Comparator.comparing((KeyedPage p) -> p.page().fileName()).thenComparing(KeyedPage::key))
                .toList();
        int pageRank = 0;
        int storiesStored = 0;
        for (KeyedPage keyed : sortedPages) {
            int rank = pageRank;
            try {
                Map<String, Long> ids = QuarkusTransaction.requiringNew().call(
                        () -> persistPage(keyed, rank, storyRanks, mentionsByStory, personIds));
                storyIds.putAll(ids);
                storiesStored += ids.size();
                pageRank++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "page %s could not be stored; the rest of the corpus goes on", keyed.page().fileName());
                skipped.add(new SkippedFile(keyed.page().fileName(), "could not be stored: " + rootMessage(e)));
            }
        }
        boolean allStored = skipped.size() == model.skipped().size();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!allStored) {
                recountPeople();
            }
        });
        persistRelations(model.relations(), storyIds, personIds);
        persistCoMentions(model.people().mentions(), storyIds, personIds);
        long people = QuarkusTransaction.requiringNew().call(() -> PersonEntity.count("storyCount > 0"));
        return new Written(pageRank, storiesStored, (int) people, skipped);
    }

    /** One more than the last load recorded in the database (a persistent database keeps them across restarts). */
    public long nextGeneration() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Long last = entityManager.createQuery("select max(i.generation) from IngestionEntity i", Long.class)
                    .getSingleResult();
            return last == null ? 1 : last + 1;
        });
    }

    public void recordIngestion(long generation, String source, Written written, long durationMs) {
        QuarkusTransaction.requiringNew().run(() -> {
            IngestionEntity report = new IngestionEntity();
            report.generation = generation;
            report.finishedAt = Instant.now();
            report.source = source;
            report.pagesLoaded = written.pages();
            report.storiesLoaded = written.stories();
            report.peopleLoaded = written.people();
            report.durationMs = durationMs;
            report.skippedFileNames = written.skipped().stream().map(SkippedFile::fileName).toList();
            report.skippedReasons = written.skipped().stream().map(SkippedFile::reason).toList();
            report.persist();
        });
    }

    /** Native SQL: the first HQL a service parses loads hundreds of parser classes, which startup need not pay. */
    private void deleteAll() {
        for (String table : List.of("co_mention", "relation", "mention", "story", "person", "page")) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    private Map<String, Long> persistPeople(CorpusModel model) {
        Map<String, Integer> storyCounts = new HashMap<>();
        for (StoryMention mention : model.people().mentions()) {
            storyCounts.merge(mention.personKey(), 1, Integer::sum);
        }
        List<PersonRecord> ordered = model.people().persons().stream()
                .sorted(Comparator.comparing((PersonRecord p) -> -storyCounts.getOrDefault(p.key(), 0))
                        .thenComparing(PersonRecord::name).thenComparing(PersonRecord::key))
                .toList();
        Map<String, Long> ids = new HashMap<>();
        int rank = 0;
        for (PersonRecord record : ordered) {
            PersonEntity person = new PersonEntity();
            person.personKey = record.key();
            person.name = record.name();
            person.nameLatin = record.nameLatin();
            person.aliases = record.aliases();
            person.roles = record.roles();
            person.storyCount = storyCounts.getOrDefault(record.key(), 0);
            person.searchKeys = PersonSearch.keysOf(record);
            person.listRank = rank++;
            entityManager.persist(person);
            ids.put(record.key(), person.id);
            flushEvery(rank);
        }
        return ids;
    }

    private Map<String, Long> persistPage(KeyedPage keyed, int pageRank, Map<String, Integer> storyRanks,
                                          Map<String, List<StoryMention>> mentionsByStory,
                                          Map<String, Long> personIds) {
        PageEntity page = new PageEntity();
        page.pageKey = keyed.key();
        page.fileName = keyed.page().fileName();
        page.contentHash = keyed.page().contentHash();
        page.warnings = keyed.page().warnings();
        page.listRank = pageRank;
        entityManager.persist(page);
        Map<String, Long> ids = new HashMap<>();
        for (ParsedStory parsed : keyed.page().stories()) {
            String key = keyed.storyKey(parsed.ordinal());
            StoryEntity story = new StoryEntity();
            story.storyKey = key;
            story.page = page;
            story.ordinal = parsed.ordinal();
            story.kind = parsed.kind();
            story.title = parsed.title();
            story.titleDerived = parsed.titleDerived();
            story.publishedAt = parsed.publishedAt();
            story.paragraphs = parsed.paragraphs();
            story.sources = parsed.sources();
            story.tags = parsed.tags();
            String text = parsed.text();
            story.searchText = " " + String.join(" ", ArabicText.searchForms(parsed.title() + " " + text)) + " ";
            story.listRank = storyRanks.get(key);
            entityManager.persist(story);
            ids.put(key, story.id);

            List<StoryMention> mentions = new ArrayList<>(mentionsByStory.getOrDefault(key, List.of()));
            // most mentioned first; ties keep the order of first appearance
            mentions.sort(Comparator.comparingInt(StoryMention::count).reversed());
            int rankInStory = 0;
            for (StoryMention found : mentions) {
                Long personId = personIds.get(found.personKey());
                if (personId == null) {
                    throw new IllegalStateException("mention of unknown person " + found.personKey());
                }
                MentionEntity mention = new MentionEntity();
                mention.story = story;
                mention.person = entityManager.getReference(PersonEntity.class, personId);
                mention.mentionCount = found.count();
                mention.surfaceForms = found.surfaceForms();
                mention.roles = found.roles();
                mention.spans = encodeSpans(text, found.spans());
                mention.rankInStory = rankInStory++;
                mention.storyRank = story.listRank;
                entityManager.persist(mention);
            }
        }
        return ids;
    }

    /**
     * Offsets only (the span text and sentence are substrings of the story text, cut when read), then the ids of
     * the rules that found the span: {@code start,end,sentenceStart,sentenceEnd,rule+rule;...}.
     */
    static String encodeSpans(String text, List<MentionSpan> spans) {
        StringBuilder out = new StringBuilder();
        for (MentionSpan span : spans) {
            if (span.start() < 0 || span.end() > text.length() || span.start() >= span.end()) {
                throw new IllegalStateException("mention offsets outside the story text: " + span);
            }
            int sentenceStart = span.sentence().isEmpty() ? -1 : text.lastIndexOf(span.sentence(), span.start());
            int sentenceEnd;
            if (sentenceStart < 0 || sentenceStart + span.sentence().length() < span.end()) {
                sentenceStart = lineStart(text, span.start());
                sentenceEnd = lineEnd(text, span.end());
            } else {
                sentenceEnd = sentenceStart + span.sentence().length();
            }
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(span.start()).append(',').append(span.end()).append(',')
                    .append(sentenceStart).append(',').append(sentenceEnd).append(',')
                    .append(String.join("+", span.rules()));
        }
        return out.toString();
    }

    private static int lineStart(String text, int offset) {
        int newline = text.lastIndexOf('\n', offset - 1);
        return newline + 1;
    }

    private static int lineEnd(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }

    private void recountPeople() {
        entityManager.createQuery("update PersonEntity p set p.storyCount = "
                + "(select count(m) from MentionEntity m where m.person = p)").executeUpdate();
    }

    private void persistRelations(List<Relation> relations, Map<String, Long> storyIds, Map<String, Long> personIds) {
        List<Relation> stored = relations.stream()
                .filter(r -> storyIds.containsKey(r.storyKey()) && storyIds.containsKey(r.relatedKey()))
                .toList();
        for (int from = 0; from < stored.size(); from += CHUNK) {
            List<Relation> chunk = stored.subList(from, Math.min(stored.size(), from + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> {
                List<RelationEntity> rows = new ArrayList<>(chunk.size());
                for (Relation relation : chunk) {
                    RelationEntity entity = new RelationEntity();
                    entity.story = storyReference(storyIds.get(relation.storyKey()));
                    entity.related = storyReference(storyIds.get(relation.relatedKey()));
                    entity.relatedRank = relation.rank();
                    entity.score = relation.score();
                    entity.reasons = relation.reasons().stream().map(Enum::name).toList();
                    entity.sharedPersonIds = relation.sharedPersonKeys().stream()
                            .map(personIds::get).map(String::valueOf).toList();
                    rows.add(entity);
                }
                statelessSession.insertMultiple(rows);
            });
        }
    }

    private void persistCoMentions(List<StoryMention> mentions, Map<String, Long> storyIds,
                                   Map<String, Long> personIds) {
        Map<String, List<String>> peopleByStory = new TreeMap<>();
        for (StoryMention mention : mentions) {
            if (storyIds.containsKey(mention.storyKey())) {
                peopleByStory.computeIfAbsent(mention.storyKey(), k -> new ArrayList<>()).add(mention.personKey());
            }
        }
        Map<String, Map<String, Integer>> shared = new TreeMap<>();
        for (List<String> people : peopleByStory.values()) {
            for (String a : people) {
                for (String b : people) {
                    if (!a.equals(b)) {
                        shared.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        List<CoMentionEntity> rows = new ArrayList<>();
        shared.forEach((person, others) -> {
            List<Map.Entry<String, Integer>> best = others.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(CO_MENTIONS_PER_PERSON)
                    .toList();
            for (int rank = 0; rank < best.size(); rank++) {
                CoMentionEntity row = new CoMentionEntity();
                row.person = personReference(personIds.get(person));
                row.other = personReference(personIds.get(best.get(rank).getKey()));
                row.sharedStories = best.get(rank).getValue();
                row.coMentionRank = rank;
                rows.add(row);
            }
        });
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<CoMentionEntity> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> statelessSession.insertMultiple(chunk));
        }
    }

    /** An entity that stands for a stored row by its id: all a stateless insert needs of an association. */
    private static StoryEntity storyReference(Long id) {
        StoryEntity story = new StoryEntity();
        story.id = id;
        return story;
    }

    private static PersonEntity personReference(Long id) {
        PersonEntity person = new PersonEntity();
        person.id = id;
        return person;
    }

    /**
     * Newest first; a story without a date of its own takes its page's MAIN date; undated last; then by file name
     * and position on the page so the order is total and stable.
     */
    static Map<String, Integer> storyRanks(List<KeyedPage> pages) {
        record Ranked(String key, LocalDate date, String fileName, int ordinal) {
        }
        List<Ranked> all = new ArrayList<>();
        for (KeyedPage keyed : pages) {
            LocalDate pageDate = keyed.page().stories().stream()
                    .filter(s -> s.kind() == StoryKind.MAIN).map(ParsedStory::publishedAt)
                    .filter(d -> d != null).findFirst().orElse(null);
            for (ParsedStory story : keyed.page().stories()) {
                LocalDate date = story.publishedAt() != null ? story.publishedAt() : pageDate;
                all.add(new Ranked(keyed.storyKey(story.ordinal()), date, keyed.page().fileName(), story.ordinal()));
            }
        }
        all.sort(Comparator.comparing(Ranked::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Ranked::fileName).thenComparingInt(Ranked::ordinal).thenComparing(Ranked::key));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ranks.put(all.get(i).key(), i);
        }
        return ranks;
    }

    private void flushEvery(int count) {
        if (count % CHUNK == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

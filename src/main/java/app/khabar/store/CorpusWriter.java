package app.khabar.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hibernate.StatelessSession;

import app.khabar.arabic.ArabicText;
import app.khabar.corpus.ParsedStory;
import app.khabar.people.MentionSpan;
import app.khabar.people.PersonRecord;
import app.khabar.people.StoryMention;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusModel.CoMention;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.pipeline.CorpusModel.RankedPerson;
import app.khabar.pipeline.SkippedFile;
import app.khabar.pipeline.Stage;
import app.khabar.related.Relation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Stores a {@link CorpusModel} as one corpus generation, beside the generation being served: people first, then each
 * page in its own transaction, then relations and co-mentions. It stores the model as it is (orders, counts and
 * co-mentions all come from the pipeline) and reads nothing back.
 */
@ApplicationScoped
public class CorpusWriter {

    private static final int CHUNK = 2000;
    /** Child tables first, so no foreign key is ever left dangling. */
    private static final List<String> TABLES = List.of("co_mention", "relation", "mention", "story", "person", "page");

    @Inject
    EntityManager entityManager;

    /** Relations and co-mentions are many plain rows: no persistence context, batched inserts. */
    @Inject
    StatelessSession statelessSession;

    /** Result of a load: what was stored and what was not. */
    public record Written(int pages, int stories, int people, List<SkippedFile> skipped) {
    }

    /**
     * What writing a generation did. When {@code notStored} is not empty the generation is incomplete (relations and
     * co-mentions were not written): the caller drops those pages, remakes the model and writes the generation anew.
     */
    public record Attempt(int pages, int stories, int people, List<SkippedFile> notStored) {
    }

    /** Writes {@code model} as {@code generation}, each page in its own transaction. */
    public Attempt writeGeneration(CorpusModel model, long generation) {
        return writeGeneration(model, generation, Map.of());
    }

    /**
     * Writes {@code model} as {@code generation}; {@code searchTexts} (story key to
     * {@link ArabicText#storySearchText}) holds the search texts made at build time, the others are made now.
     */
    public Attempt writeGeneration(CorpusModel model, long generation, Map<String, String> searchTexts) {
        Map<String, Long> personIds = QuarkusTransaction.requiringNew().call(() -> persistPeople(model, generation));
        Map<String, List<StoryMention>> mentionsByStory = new HashMap<>();
        for (StoryMention mention : model.people().mentions()) {
            mentionsByStory.computeIfAbsent(mention.storyKey(), k -> new ArrayList<>()).add(mention);
        }
        List<SkippedFile> notStored = new ArrayList<>();
        Map<String, Long> storyIds = new HashMap<>();
        for (int rank = 0; rank < model.pages().size(); rank++) {
            KeyedPage keyed = model.pages().get(rank);
            int pageRank = rank;
            try {
                storyIds.putAll(QuarkusTransaction.requiringNew().call(() -> persistPage(keyed, pageRank,
                        generation, model.storyRanks(), mentionsByStory, personIds, searchTexts)));
            } catch (RuntimeException e) {
                notStored.add(SkippedFile.failed(keyed.page().fileName(), Stage.STORAGE, e));
            }
        }
        int people = (int) model.rankedPeople().stream().filter(p -> p.storyCount() > 0).count();
        if (notStored.isEmpty()) {
            persistRelations(model.relations(), generation, storyIds, personIds);
            persistCoMentions(model.coMentions(), generation, personIds);
        }
        return new Attempt(model.pages().size() - notStored.size(), storyIds.size(), people, notStored);
    }

    /** The generation the database last finished loading (0 if none): what a restart serves until its own load. */
    public long lastRecordedGeneration() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Long last = entityManager.createQuery("select max(i.generation) from IngestionEntity i", Long.class)
                    .getSingleResult();
            return last == null ? 0 : last;
        });
    }

    /** The newest recorded load, read only: what a serving replica serves. */
    public java.util.Optional<IngestionEntity> newestIngestion() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from IngestionEntity i where i.generation = (select max(j.generation) from IngestionEntity j)",
                        IngestionEntity.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().findFirst());
    }

    /**
     * Deletes the rows of every generation that was switched away from before {@code switchedBefore}: those older
     * than the newest generation recorded before then. What another process may still read is kept.
     */
    public void deleteGenerationsSwitchedAwayBefore(Instant switchedBefore) {
        Long newestThen = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select max(i.generation) from IngestionEntity i where i.finishedAt < :then", Long.class)
                .setParameter("then", switchedBefore).getSingleResult());
        if (newestThen != null) {
            deleteGenerationsBefore(newestThen);
        }
    }

    /**
     * Records a finished load. Inserting this row is the switch in the database: a restart on a persistent database
     * serves the newest recorded generation.
     */
    public void recordIngestion(long generation, String source, Written written, long durationMs) {
        recordIngestion(generation, source, written, durationMs, null);
    }

    /**
     * What a generation was made of and with, so a restart can tell whether the corpus changed since; null when it
     * was made by a pipeline other than the standard one.
     */
    public record Provenance(String extractorVersion, int relatedPerStory, String corpusFingerprint) {
    }

    /** Records a finished load and what it was made of; see {@link #recordIngestion(long, String, Written, long)}. */
    public void recordIngestion(long generation, String source, Written written, long durationMs,
                                Provenance provenance) {
        QuarkusTransaction.requiringNew().run(() -> {
            IngestionEntity report = new IngestionEntity();
            if (provenance != null) {
                report.extractorVersion = provenance.extractorVersion();
                report.relatedPerStory = provenance.relatedPerStory();
                report.corpusFingerprint = provenance.corpusFingerprint();
            }
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

    /** Deletes the rows of generations after {@code served}: what a failed load left behind. */
    public void deleteGenerationsAfter(long served) {
        deleteWhere("generation > ?1", served);
    }

    /** Deletes the rows of every generation before {@code kept}. */
    public void deleteGenerationsBefore(long kept) {
        deleteWhere("generation < ?1", kept);
    }

    private void deleteWhere(String condition, long generation) {
        // native SQL: the first HQL a service parses loads hundreds of parser classes, which startup need not pay
        if (!anyRowWhere(condition, generation)) {
            // the usual case at startup: without this, the deletes scan the child tables (millions of relation rows
            // on a large corpus; they have no index on generation) to find nothing
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : TABLES) {
                entityManager.createNativeQuery("delete from " + table + " where " + condition)
                        .setParameter(1, generation).executeUpdate();
            }
        });
    }

    /**
     * Whether any row matches, looked up through the indexes that start with the generation. The other tables need
     * no look: a mention, relation or co-mention row points at a story or person of its own generation.
     */
    private boolean anyRowWhere(String condition, long generation) {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (String table : List.of("page", "story", "person")) {
                if (!entityManager.createNativeQuery("select 1 from " + table + " where " + condition
                        + " fetch first 1 rows only").setParameter(1, generation).getResultList().isEmpty()) {
                    return true;
                }
            }
            return false;
        });
    }

    private Map<String, Long> persistPeople(CorpusModel model, long generation) {
        Map<String, Long> ids = new HashMap<>();
        int rank = 0;
        for (RankedPerson ranked : model.rankedPeople()) {
            PersonRecord record = ranked.person();
            PersonEntity person = new PersonEntity();
            person.generation = generation;
            person.personKey = record.key();
            person.name = record.name();
            person.nameLatin = record.nameLatin();
            person.aliases = record.aliases();
            person.roles = record.roles();
            person.storyCount = ranked.storyCount();
            person.searchKeys = PersonSearch.keysOf(record);
            person.listRank = rank++;
            entityManager.persist(person);
            ids.put(record.key(), person.id);
            flushEvery(rank);
        }
        return ids;
    }

    private Map<String, Long> persistPage(KeyedPage keyed, int pageRank, long generation,
                                          Map<String, Integer> storyRanks,
                                          Map<String, List<StoryMention>> mentionsByStory,
                                          Map<String, Long> personIds, Map<String, String> searchTexts) {
        PageEntity page = new PageEntity();
        page.generation = generation;
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
            story.generation = generation;
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
            String searchText = searchTexts.get(key);
            story.searchText = searchText != null ? searchText : ArabicText.storySearchText(parsed.title(), text);
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
                mention.generation = generation;
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

    private void persistRelations(List<Relation> relations, long generation, Map<String, Long> storyIds,
                                  Map<String, Long> personIds) {
        insertInChunks(relations, relation -> {
            RelationEntity entity = new RelationEntity();
            entity.generation = generation;
            entity.story = storyReference(storyIds.get(relation.storyKey()));
            entity.related = storyReference(storyIds.get(relation.relatedKey()));
            entity.relatedRank = relation.rank();
            entity.score = relation.score();
            entity.reasons = relation.reasons().stream().map(Enum::name).toList();
            entity.sharedPersonIds = relation.sharedPersonKeys().stream()
                    .map(personIds::get).map(String::valueOf).toList();
            return entity;
        });
    }

    private void persistCoMentions(List<CoMention> coMentions, long generation, Map<String, Long> personIds) {
        insertInChunks(coMentions, coMention -> {
            CoMentionEntity row = new CoMentionEntity();
            row.generation = generation;
            row.person = personReference(personIds.get(coMention.personKey()));
            row.other = personReference(personIds.get(coMention.otherKey()));
            row.sharedStories = coMention.sharedStories();
            row.coMentionRank = coMention.rank();
            return row;
        });
    }

    /** Inserts the rows made of the items, {@value #CHUNK} to a transaction, so no transaction holds a whole table. */
    private <T> void insertInChunks(List<T> items, Function<T, Object> toRow) {
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> {
                List<Object> rows = new ArrayList<>(chunk.size());
                for (T item : chunk) {
                    rows.add(toRow.apply(item));
                }
                statelessSession.insertMultiple(rows);
            });
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

    private void flushEvery(int count) {
        if (count % CHUNK == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }
}

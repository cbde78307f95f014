package app.khabar.store;

import static app.khabar.api.GraphQLTestClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.pipeline.CorpusPipeline;
import app.khabar.pipeline.DevCorpus;
import app.khabar.pipeline.FailingStages;
import app.khabar.pipeline.ForwardingStages;
import app.khabar.pipeline.PipelineStages;
import app.khabar.related.RelatedInput;
import app.khabar.related.Relation;
import app.khabar.related.RelationReason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reloads of the 30 dev pages: a page the database refuses or a stage throws on is skipped with its stage and the
 * rest keeps its ids; a reload that fails leaves the previous generation serving; queries running while reloads
 * switch generations always see one whole generation.
 */
@QuarkusTest
@TestProfile(ReloadTest.Profile.class)
class ReloadTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.corpus.dir", DevCorpus.PAGES.toAbsolutePath().toString(),
                    "khabar.corpus.retire-after", "3s");
        }
    }

    private static final String CHOSEN = "22_watananews_music_jerash.txt";
    private static final String IDS = "{ pages(first: 100) { totalCount nodes { id fileName stories { id } } } "
            + "ingestion { pagesLoaded skippedFiles { fileName reason } } }";
    /** Parts read by different queries and resolvers: they agree only if they come from one generation. */
    private static final String CONSISTENCY = "{ pages(first: 100) { totalCount nodes { fileName stories { id } } } "
            + "articles(first: 1) { totalCount } people(first: 1) { totalCount } "
            + "ingestion { pagesLoaded storiesLoaded } }";

    @Inject
    CorpusLoader loader;

    @AfterEach
    void loadTheDevPagesAgain() {
        loader.load();
    }

    @Inject
    EntityManager entityManager;

    @Test
    void theRowsOfTheGenerationSwitchedAwayFromGoOnceRetireAfterHasPassed() throws InterruptedException {
        loader.load();
        // earlier tests' loads may have left generations of their own that are not yet due
        assertTrue(storedGenerations().containsAll(List.of(loader.generation() - 1, loader.generation())),
                "the previous generation stays while requests that started on it may still read it");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (storedGenerations().size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(List.of(loader.generation()), storedGenerations());
    }

    private List<Long> storedGenerations() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select distinct generation from story order by generation", Long.class)
                .getResultList());
    }

    @Test
    void allThirtyDevPagesLoadWithNoneSkipped() {
        JsonPath answer = data(IDS);
        assertEquals(30, answer.getInt("pages.totalCount"));
        assertEquals(List.of(), answer.getList("ingestion.skippedFiles"));
    }

    @Test
    void aPageTheDatabaseRefusesIsSkippedWithTheStageAndTheRestKeepsItsIds() {
        Map<String, Object> before = idsByFile(data(IDS));
        // a file name longer than the column holds: the database refuses that page's rows, nothing else
        String refusedName = "x".repeat(1100) + ".txt";
        loader.load(renamed(CHOSEN, refusedName));

        JsonPath after = data(IDS);
        assertEquals(29, after.getInt("pages.totalCount"));
        List<Map<String, String>> skipped = after.getList("ingestion.skippedFiles");
        assertEquals(1, skipped.size(), skipped.toString());
        assertEquals(refusedName, skipped.get(0).get("fileName"));
        assertTrue(skipped.get(0).get("reason").startsWith("storage failed: "), skipped.get(0).get("reason"));
        before.remove(CHOSEN);
        assertEquals(before, idsByFile(after), "every other page and story keeps its id");
    }

    @Test
    void aPageAPipelineStageThrowsOnIsSkippedWithTheStageAndTheRestKeepsItsIds() throws Exception {
        Map<String, Object> before = idsByFile(data(IDS));
        ParsedPage chosen = PageReader.fromClasspath().read(CHOSEN,
                Files.readAllBytes(DevCorpus.PAGES.resolve(CHOSEN)));
        loader.load(DevCorpus.all(), new CorpusPipeline(new FailingStages(FailingStages.Step.RESOLVE, CHOSEN,
                CorpusPipeline.pageKey(chosen))));

        JsonPath after = data(IDS);
        List<Map<String, String>> skipped = after.getList("ingestion.skippedFiles");
        assertEquals(1, skipped.size(), skipped.toString());
        assertEquals(CHOSEN, skipped.get(0).get("fileName"));
        assertTrue(skipped.get(0).get("reason").startsWith("people extraction failed: IllegalStateException: "
                + FailingStages.MESSAGE + " in RESOLVE (at FailingStages."), skipped.get(0).get("reason"));
        before.remove(CHOSEN);
        assertEquals(before, idsByFile(after), "every other page and story keeps its id");
    }

    @Test
    void aReloadThatFailsLeavesThePreviousGenerationServing() {
        JsonPath before = data(CONSISTENCY);
        long generation = loader.generation();

        CorpusSource unlistable = new CorpusSource() {
            @Override
            public List<String> fileNames() throws IOException {
                throw new IOException("folder went away");
            }

            @Override
            public byte[] read(String fileName) throws UnreadablePageException {
                throw new UnreadablePageException("unreachable");
            }

            @Override
            public String description() {
                return "a folder that went away";
            }
        };
        assertThrows(RuntimeException.class, () -> loader.load(unlistable));
        // the pages and people are written, then the relations refer to a story that is not there
        assertThrows(RuntimeException.class, () -> loader.load(DevCorpus.without(CHOSEN),
                new CorpusPipeline(relatingToNowhere())));

        assertEquals(generation, loader.generation());
        assertEquals(before.prettify(), data(CONSISTENCY).prettify(), "the half-written generation stays unseen");
    }

    @Test
    void queriesDuringReloadsSeeOneWholeGenerationEachTime() throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> reloadFailure = new AtomicReference<>();
        Thread reloads = new Thread(() -> {
            try {
                for (int i = 0; i < 6; i++) {
                    loader.load(i % 2 == 0 ? DevCorpus.without(CHOSEN) : DevCorpus.all());
                }
            } catch (Throwable e) {
                reloadFailure.set(e);
            } finally {
                done.set(true);
            }
        });
        reloads.start();
        Set<List<Integer>> seen = new HashSet<>();
        List<String> mixed = new ArrayList<>();
        int checks = 0;
        while (!done.get() || checks == 0) {
            JsonPath answer = data(CONSISTENCY);
            List<List<?>> stories = answer.getList("pages.nodes.stories");
            int storiesListed = stories.stream().mapToInt(List::size).sum();
            List<Integer> state = List.of(answer.getInt("pages.totalCount"), stories.size(),
                    answer.getInt("ingestion.pagesLoaded"), answer.getInt("articles.totalCount"), storiesListed,
                    answer.getInt("ingestion.storiesLoaded"));
            if (!state.get(0).equals(state.get(1)) || !state.get(1).equals(state.get(2))
                    || !state.get(3).equals(state.get(4)) || !state.get(4).equals(state.get(5))) {
                mixed.add(state.toString());
            }
            seen.add(List.of(state.get(2), state.get(5), answer.getInt("people.totalCount")));
            checks++;
        }
        reloads.join();
        assertEquals(null, reloadFailure.get());
        assertEquals(List.of(), mixed, "answers mixing two generations out of " + checks);
        assertTrue(seen.size() >= 2, "the checks saw only " + seen + " in " + checks + " answers");
    }

    private static Map<String, Object> idsByFile(JsonPath answer) {
        Map<String, Object> ids = new java.util.TreeMap<>();
        List<Map<String, Object>> pages = answer.getList("pages.nodes");
        for (Map<String, Object> page : pages) {
            ids.put((String) page.get("fileName"), List.of(page.get("id"), page.get("stories")));
        }
        return ids;
    }

    /** The dev pages, one of them under another name. */
    private static CorpusSource renamed(String fileName, String newName) {
        CorpusSource all = DevCorpus.all();
        return new CorpusSource() {
            @Override
            public List<String> fileNames() throws IOException {
                return all.fileNames().stream().map(name -> name.equals(fileName) ? newName : name).toList();
            }

            @Override
            public byte[] read(String name) throws UnreadablePageException {
                return all.read(name.equals(newName) ? fileName : name);
            }

            @Override
            public String description() {
                return all.description() + " with " + fileName + " renamed";
            }
        };
    }

    /** The standard stages, plus one relation to a story that does not exist. */
    private static PipelineStages relatingToNowhere() {
        return new ForwardingStages(PipelineStages.standard(10)) {
            @Override
            public List<Relation> relate(List<RelatedInput> stories) {
                List<Relation> relations = new ArrayList<>(super.relate(stories));
                relations.add(new Relation(stories.get(0).storyKey(), "nowhere.0", 0, 0.5,
                        List.of(RelationReason.SIMILAR_TEXT), List.of()));
                return relations;
            }
        };
    }
}

package app.khabar.store;

import static app.khabar.api.GraphQLTestClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A file-based database loaded again and again: nothing is duplicated, a changed file is read anew, a removed file's
 * stories disappear. ({@code PersistentRestartIT} restarts the packaged application for real.)
 */
@QuarkusTest
@TestProfile(PersistentModeTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersistentModeTest {

    static final Path CORPUS;
    static final Path DATABASE;

    static {
        // Quarkus loads test classes twice (JUnit's class loader and its own): both must see the same folders
        String existing = System.getProperty("test.khabar.persistent-corpus");
        try {
            if (existing != null) {
                CORPUS = Path.of(existing);
                DATABASE = Path.of(System.getProperty("test.khabar.persistent-db"));
            } else {
                CORPUS = Files.createTempDirectory("khabar-corpus");
                DATABASE = Files.createTempDirectory("khabar-db");
                try (var seeds = Files.list(Path.of("seeds"))) {
                    for (Path seed : seeds.toList()) {
                        Files.copy(seed, CORPUS.resolve(seed.getFileName()));
                    }
                }
                System.setProperty("test.khabar.persistent-corpus", CORPUS.toString());
                System.setProperty("test.khabar.persistent-db", DATABASE.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if ("postgres".equals(System.getProperty("quarkus.test.profile"))) {
                // the PostgreSQL run (.ci/run): its database is persistent already
                return Map.of("khabar.corpus.dir", CORPUS.toString());
            }
            return Map.of("khabar.corpus.dir", CORPUS.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DATABASE.resolve("khabar") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Inject
    CorpusLoader loader;

    @Inject
    EntityManager entityManager;

    private static final String COUNTS = "{ pages(first: 100) { totalCount nodes { id fileName } } "
            + "articles { totalCount } people { totalCount } ingestion { pagesLoaded storiesLoaded } }";

    @Test
    @Order(1)
    void loadingAgainDuplicatesNothing() {
        JsonPath before = data(COUNTS);
        long generation = loader.generation();
        loader.load();
        JsonPath after = data(COUNTS);
        assertTrue(loader.generation() > generation);
        assertEquals(5, after.getInt("pages.totalCount"));
        assertEquals(before.getInt("articles.totalCount"), after.getInt("articles.totalCount"));
        assertEquals(before.getInt("people.totalCount"), after.getInt("people.totalCount"));
        assertEquals(before.getList("pages.nodes.id"), after.getList("pages.nodes.id"), "ids survive a reload");
    }

    @Test
    @Order(2)
    void aChangedFileIsReadAnewAndARemovedFileDisappears() throws IOException {
        JsonPath before = data(COUNTS);
        Map<String, String> idByFile = ids(before);
        Path changed = CORPUS.resolve("000_8f46ce56175a4d4c.txt");
        Files.writeString(changed, Files.readString(changed).replace("تاريخ النشر: 1st, November 2024 GMT",
                "تاريخ النشر: 2nd, November 2024 GMT"));
        Files.delete(CORPUS.resolve("001_debb8512eb0a1a7d.txt"));
        loader.load();

        JsonPath after = data(COUNTS);
        assertEquals(4, after.getInt("pages.totalCount"));
        Map<String, String> idAfter = ids(after);
        assertFalse(idAfter.containsKey("001_debb8512eb0a1a7d.txt"));
        assertNull(data("{ node(id: \"" + idByFile.get("001_debb8512eb0a1a7d.txt") + "\") { id } }").get("node"));
        assertTrue(!idAfter.get("000_8f46ce56175a4d4c.txt").equals(idByFile.get("000_8f46ce56175a4d4c.txt")),
                "a changed file is a new page");
        assertEquals("2024-11-02", data("{ articles(first: 1) { nodes { publishedAt } } }")
                .getString("articles.nodes[0].publishedAt"));
        assertEquals(before.getInt("articles.totalCount") - 5, after.getInt("articles.totalCount"));
    }

    /** What a restart does first: the stored generation is served as it is when no file changed. */
    @Test
    @Order(3)
    void unchangedFilesAreServedFromTheStoredGenerationAndAChangeIsSeen() throws IOException {
        loader.load();
        long generation = loader.generation();
        JsonPath before = data(COUNTS);
        assertTrue(loader.serveIfUnchanged(), "no file changed since the load");
        assertEquals(generation, loader.generation(), "no new generation");
        assertEquals(before.getList("pages.nodes.id"), data(COUNTS).getList("pages.nodes.id"));

        Path changed;
        try (var files = Files.list(CORPUS)) {
            changed = files.sorted().reduce((first, second) -> second).orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\nسطر أضيف بعد التحميل.\n");
        assertFalse(loader.serveIfUnchanged(), "a changed file is seen");
        loader.load();
        assertTrue(loader.serveIfUnchanged(), "and once loaded, it is the stored generation again");
    }

    /** Per-page results: a reload reads and recognises only what changed, and keeps only what the corpus holds. */
    @Test
    @Order(4)
    void aReloadReadsAndRecognisesOnlyTheChangedFile() throws IOException {
        loader.load();
        int pages = data(COUNTS).getInt("pages.totalCount");
        assertEquals(pages, storedPageResults(), "one stored result per loaded page");

        Path changed;
        try (var files = Files.list(CORPUS)) {
            changed = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\nوقال الأمين العام لحلف الناتو مارك روته إن الحلف مستعد.\n");
        loader.load();
        assertEquals(pages - 1, loader.lastPageResults().found(), "the unchanged pages are taken as they were");
        assertEquals(1, loader.lastPageResults().saved(), "the changed page alone is read and recognised");
        assertEquals(pages, storedPageResults(), "the changed page's old result is gone");
        assertTrue(data("{ people(first: 100) { nodes { name } } }").getList("people.nodes.name").contains("مارك روته"));

        Files.delete(changed);
        loader.load();
        assertEquals(pages - 1, loader.lastPageResults().found());
        assertEquals(0, loader.lastPageResults().saved());
        assertEquals(pages - 1, storedPageResults(), "a removed file's result is gone");
    }

    /** Results made by another extractor (older rules or word lists) are never taken, and go after the next load. */
    @Test
    @Order(5)
    void resultsOfAnotherExtractorAreNeitherTakenNorKept() {
        loader.load();
        int pages = data(COUNTS).getInt("pages.totalCount");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update page_result set extractorVersion = 'rules-0+older'")
                    .executeUpdate();
        });
        loader.load();
        assertEquals(0, loader.lastPageResults().found(), "no result of another extractor is taken");
        assertEquals(pages, loader.lastPageResults().saved());
        assertEquals(pages, storedPageResults(), "the other extractor's results are gone");
    }

    private long storedPageResults() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from page_result").getSingleResult()).longValue());
    }

    private static Map<String, String> ids(JsonPath counts) {
        List<Map<String, String>> pages = counts.getList("pages.nodes");
        return pages.stream().collect(java.util.stream.Collectors.toMap(p -> p.get("fileName"), p -> p.get("id")));
    }
}

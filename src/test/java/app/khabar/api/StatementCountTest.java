package app.khabar.api;

import static app.khabar.api.GraphQLTestClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.store.CorpusLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

/**
 * No N+1: the SQL statements a query runs depend on its shape, never on how many results it has. Counted with
 * Hibernate statistics on the seeds, then on a corpus six times larger.
 */
@QuarkusTest
@TestProfile(StatementCountTest.Profile.class)
class StatementCountTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the database path: the in-memory index of the served generation (GraphIndex) would answer these
            // queries without any statement; GraphIndexTest counts those
            return Map.of("quarkus.hibernate-orm.statistics", "true", "khabar.cache.enabled", "false",
                    "khabar.index.max-stories", "0");
        }
    }

    static final String FRONT_PAGE = "{ articles(first: 20) { nodes { id title publishedAt people { count person "
            + "{ id name } } relatedStories(first: 3) { score article { id title } } } } }";
    static final String PERSON_GRAPH = "{ people(first: 10) { nodes { name aliases articles(first: 5) { nodes "
            + "{ title people { person { name } } } } coMentioned(first: 5) { sharedStories person { name } } } } }";
    static final String PAGES = "{ pages(first: 10) { nodes { fileName stories { kind title people { person { name "
            + "aliases articles(first: 3) { nodes { title } } } } relatedStories(first: 3) { score reasons "
            + "sharedPeople { name } article { title page { fileName } } } } } } }";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    CorpusLoader loader;

    @Inject
    QueryWarmUp warmUp;

    @Test
    void statementsPerQueryStayTheSameWhenTheCorpusGrows() throws IOException {
        // the warm-up after a load may go on in the background (its budget is short outside the test profile):
        // its queries must not be counted
        assertTrue(warmUp.awaitDone(Duration.ofSeconds(60)), "the warm-up ends");
        Map<String, Long> small = Map.of("front", statements(FRONT_PAGE), "people", statements(PERSON_GRAPH),
                "pages", statements(PAGES));
        int smallArticles = data("{ articles { totalCount } }").getInt("articles.totalCount");

        loader.load(new DirectoryCorpusSource(largerCorpus(), 10_000_000));
        assertTrue(warmUp.awaitDone(Duration.ofSeconds(60)), "the warm-up ends");
        int largeArticles = data("{ articles { totalCount } }").getInt("articles.totalCount");
        assertTrue(largeArticles >= 5 * smallArticles, "the corpus grew: " + smallArticles + " → " + largeArticles);
        Map<String, Long> large = Map.of("front", statements(FRONT_PAGE), "people", statements(PERSON_GRAPH),
                "pages", statements(PAGES));
        assertEquals(small, large, "statements per query on " + smallArticles + " vs " + largeArticles + " stories");
        assertTrue(small.values().stream().allMatch(n -> n <= 8), "one statement per level at most: " + small);
    }

    private long statements(String query) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath answer = data(query);
        assertTrue(answer.toString().length() > 0);
        return statistics.getPrepareStatementCount();
    }

    /** The seeds and five edited copies of each (a changed line makes each copy a page of its own). */
    private static Path largerCorpus() throws IOException {
        Path dir = Files.createTempDirectory("khabar-larger");
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                String text = Files.readString(seed);
                Files.writeString(dir.resolve(seed.getFileName()), text);
                for (int copy = 1; copy <= 5; copy++) {
                    Files.writeString(dir.resolve(copy + "-" + seed.getFileName()),
                            text + "\nتحديث رقم " + copy + " للخبر بعد نشره بساعات.\n");
                }
            }
        }
        return dir;
    }
}

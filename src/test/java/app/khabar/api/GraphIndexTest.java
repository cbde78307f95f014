package app.khabar.api;

import static app.khabar.api.GraphQLTestClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.store.CorpusLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

/**
 * The in-memory index of the served generation ({@link app.khabar.store.GraphIndex}): once built, the common query
 * shapes run no SQL at all; a load makes a new generation, and the next request sees it (the index of the old one is
 * dropped, never served again). {@link StatementCountTest} checks the database path, {@link FastPathsTest} that both
 * paths give the same answers.
 */
@QuarkusTest
@TestProfile(GraphIndexTest.Profile.class)
class GraphIndexTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true", "khabar.cache.enabled", "false");
        }
    }

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    CorpusLoader loader;

    @Test
    void theServedGenerationIsReadFromMemoryAndALoadReplacesIt() throws IOException {
        data(StatementCountTest.FRONT_PAGE); // the first read of a generation builds its index
        for (String query : new String[] {StatementCountTest.FRONT_PAGE, StatementCountTest.PERSON_GRAPH,
                StatementCountTest.PAGES}) {
            assertEquals(0, statements(query), "no SQL once the generation is in memory: " + query);
        }
        int before = data("{ articles { totalCount } }").getInt("articles.totalCount");

        Path dir = Files.createTempDirectory("khabar-index");
        try (var seeds = Files.list(Path.of("seeds"))) {
            Path one = seeds.sorted().findFirst().orElseThrow();
            Files.writeString(dir.resolve(one.getFileName()), Files.readString(one));
        }
        loader.load(new DirectoryCorpusSource(dir, 10_000_000));
        int after = data("{ articles { totalCount } }").getInt("articles.totalCount");
        assertTrue(after > 0 && after < before, "the new generation is served: " + before + " → " + after);
        assertEquals(0, statements(StatementCountTest.FRONT_PAGE), "the new generation is in memory too");
        assertNotEquals(0, data(StatementCountTest.FRONT_PAGE).getList("articles.nodes").size());
    }

    private long statements(String query) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertTrue(data(query).toString().length() > 0);
        return statistics.getPrepareStatementCount();
    }
}

package app.khabar.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.khabar.store.GraphIndex;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The fast paths change how answers are made, never what they say: over the 30 real pages of the dev corpus, every
 * query (every field of every type, the common front-page and person-graph shapes, GraphiQL's introspection) gets the
 * same answer, byte for byte, with the plain- and batched-field fetchers ({@link PlainFieldFetchers},
 * {@link SourceBatchFetchers}) and the in-memory index of
 * the served generation ({@link GraphIndex}) on and off; and the answer writer ({@link AnswerJson}) writes the bytes
 * SmallRye's writer writes for the same result.
 */
@QuarkusTest
@TestProfile(FastPathsTest.DevCorpus.class)
class FastPathsTest {

    public static class DevCorpus implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.corpus.dir", "src/test/resources/dev/pages", "khabar.cache.enabled", "false");
        }
    }

    static final String ARTICLE = """
            fragment A on Article { id title titleDerived kind publishedAt paragraphs sources tags
              page { id fileName warnings }
              people { count surfaceForms roles evidence { text start end sentence }
                person { id name nameLatin aliases roles storyCount } }
              relatedStories(first: 5) { score reasons article { id title } sharedPeople { id name } } }
            """;
    static final String PERSON = """
            fragment P on Person { id name nameLatin aliases roles storyCount
              articles(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id title } } }
              coMentioned(first: 5) { sharedStories person { id name } } }
            """;
    /** Every field of every type, one page of a list at a time (the whole corpus is over the cost limit). */
    static final String ARTICLES = "query ($after: String) { articles(first: 10, after: $after) { totalCount "
            + "pageInfo { hasNextPage endCursor } edges { cursor node { ...A } } } }" + ARTICLE;
    static final String PEOPLE = "query ($after: String) { people(first: 20, after: $after) { totalCount "
            + "pageInfo { hasNextPage endCursor } nodes { ...P } } }" + PERSON;
    static final String PAGES = "query ($after: String) { pages(first: 20, after: $after) { totalCount "
            + "pageInfo { hasNextPage endCursor } nodes { id fileName warnings stories { id kind title } } } }";

    @Inject
    GraphQLHttp graphql;

    @Inject
    GraphIndex index;

    @AfterEach
    void restore() {
        PlainFieldFetchers.setEnabled(true);
        SourceBatchFetchers.setEnabled(true);
        index.setEnabled(true);
    }

    @Test
    void answersAreIdenticalWithTheFastPathOnAndOff() {
        for (String query : QueryWarmUp.QUERIES) {
            same(query, null);
        }
        same("{ __schema { types { name kind fields { name type { name kind ofType { name kind } } } } } }", null);
        same("{ ingestion { pagesLoaded storiesLoaded skippedFiles { fileName reason } durationMs } }", null);
        int articles = pageThrough(ARTICLES, "articles");
        int people = pageThrough(PEOPLE, "people");
        int pages = pageThrough(PAGES, "pages");
        assertEquals(30, pages, "every page of the dev corpus");
        assertTrue(PlainFieldFetchers.plainFieldsFound() > 20, "the fast path reads plain fields: "
                + PlainFieldFetchers.plainFieldsFound());
        assertTrue(articles >= 30 && people >= 100, articles + " stories, " + people + " people"); // a story a page at least
    }

    /** Arguments of batched fields given as variables, as the reader page sends them (JSON numbers). */
    @Test
    void batchedFieldsTakeTheirArgumentsFromVariables() {
        String query = "query ($first: Int, $after: String) { people(first: 5) { nodes { id "
                + "articles(first: $first, after: $after) { totalCount nodes { id } } "
                + "coMentioned(first: $first) { sharedStories person { id } } } } }";
        sameWith(query, Json.createObjectBuilder().add("first", 2).addNull("after").build());
        sameWith(query, Json.createObjectBuilder().add("first", 3).build());
    }

    private void fastPaths(boolean on) {
        PlainFieldFetchers.setEnabled(on);
        SourceBatchFetchers.setEnabled(on);
        index.setEnabled(on);
    }

    /** Runs every page of a list both ways; returns how many items it had. */
    private int pageThrough(String query, String list) {
        String after = null;
        int items = 0;
        do {
            JsonObject answer = Json.createReader(new StringReader(same(query, after))).readObject()
                    .getJsonObject("data").getJsonObject(list);
            items += answer.containsKey("edges") ? answer.getJsonArray("edges").size()
                    : answer.getJsonArray("nodes").size();
            JsonObject pageInfo = answer.getJsonObject("pageInfo");
            after = pageInfo.getBoolean("hasNextPage") ? pageInfo.getString("endCursor") : null;
        } while (after != null);
        return items;
    }

    /** The answer with the fast path, after checking it is the one without. */
    private String same(String query, String after) {
        return sameWith(query, after == null ? null : Json.createObjectBuilder().add("after", after).build());
    }

    private String sameWith(String query, JsonObject variables) {
        JsonObjectBuilder request = Json.createObjectBuilder().add("query", query);
        if (variables != null) {
            request.add("variables", variables);
        }
        JsonObject built = request.build();
        fastPaths(true);
        GraphQLHttp.Executed on = graphql.execute(built, false);
        fastPaths(false);
        GraphQLHttp.Executed off = graphql.execute(built, false);
        fastPaths(true);
        assertTrue(on.result().getErrors().isEmpty(), on::json);
        assertEquals(off.json(), on.json(), query);
        byte[] written = AnswerJson.write(on.result());
        assertNotNull(written, "the answer writer writes every answer without errors: " + query);
        assertEquals(new ExecutionResponse(on.result()).getExecutionResultAsString(),
                new String(written, StandardCharsets.UTF_8), query);
        return on.json();
    }
}

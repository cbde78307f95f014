package app.khabar.api;

import static app.khabar.api.GraphQLTestClient.data;
import static app.khabar.api.GraphQLTestClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The API over the packaged seed corpus, as a client sees it. */
@QuarkusTest
class GraphApiTest {

    @Test
    void onePageQueryReachesStoriesPeopleAndRelatedStories() {
        JsonPath answer = data("""
                { pages(first: 10) { totalCount nodes { fileName stories { kind title
                    people { person { name aliases articles(first: 3) { nodes { title } } } }
                    relatedStories(first: 3) { score reasons article { title } } } } } }""");
        assertEquals(5, answer.getInt("pages.totalCount"));
        List<Map<String, Object>> pages = answer.getList("pages.nodes");
        assertEquals(List.of(2, 5, 2, 4, 14), pages.stream().map(p -> ((List<?>) p.get("stories")).size()).toList());
        List<Map<String, Object>> mains = answer.getList("pages.nodes.stories.flatten().findAll { it.kind == 'MAIN' }");
        assertEquals(5, mains.size());
        for (Map<String, Object> main : mains) {
            List<Map<String, Object>> related = (List<Map<String, Object>>) main.get("relatedStories");
            assertFalse(related.isEmpty(), "related stories of " + main.get("title"));
            double previous = 1.0;
            for (Map<String, Object> edge : related) {
                double score = ((Number) edge.get("score")).doubleValue();
                assertTrue(score >= 0 && score <= previous, "scores in [0, 1], best first");
                assertFalse(((List<?>) edge.get("reasons")).isEmpty(), "every edge has a reason");
                previous = score;
            }
        }
    }

    @Test
    void storyFieldsComeFromThePage() {
        JsonPath answer = data("""
                { pages(first: 5) { nodes { fileName warnings stories { kind title titleDerived publishedAt
                    paragraphs sources tags text } } } }""");
        Map<String, Object> p002 = answer.getMap("pages.nodes.find { it.fileName.startsWith('002') }");
        Map<String, Object> main = ((List<Map<String, Object>>) p002.get("stories")).get(0);
        assertEquals("2024-03-27", main.get("publishedAt"));
        assertEquals(List.of("الجزيرة + وكالات", "صحيفة المرصد الليبية"), main.get("sources"));
        assertTrue(((String) main.get("text")).startsWith((String) main.get("title")));
        Map<String, Object> p004 = answer.getMap("pages.nodes.find { it.fileName.startsWith('004') }");
        Map<String, Object> derived = ((List<Map<String, Object>>) p004.get("stories")).get(0);
        assertEquals(true, derived.get("titleDerived"));
        assertTrue(((List<String>) p004.get("warnings")).stream().anyMatch(w -> w.contains("no headline")));
    }

    @Test
    void everyNodeComesBackFromItsId() {
        JsonPath answer = data("{ pages(first: 1) { nodes { id stories { id } } } people(first: 1) { nodes { id } } }");
        List<String> ids = new ArrayList<>();
        ids.add(answer.getString("pages.nodes[0].id"));
        ids.add(answer.getString("pages.nodes[0].stories[0].id"));
        String personId = answer.getString("people.nodes[0].id");
        if (personId != null) {
            ids.add(personId);
        }
        for (String id : ids) {
            JsonPath node = data("{ node(id: \"" + id + "\") { id __typename } }");
            assertEquals(id, node.getString("node.id"));
        }
        String articleId = ids.get(1);
        assertEquals(articleId, data("{ article(id: \"" + articleId + "\") { id } }").getString("article.id"));
    }

    @Test
    void unknownAndMalformedIdsGiveNull() {
        JsonPath answer = data("""
                { a: node(id: "bm9wZTp4") { id } b: node(id: "%%%") { id } c: article(id: "QXJ0aWNsZTpub3Bl") { id }
                  d: person(id: "") { id } }""");
        assertNull(answer.get("a"));
        assertNull(answer.get("b"));
        assertNull(answer.get("c"));
        assertNull(answer.get("d"));
    }

    @Test
    void articlesPageThroughWithCursorsNewestFirst() {
        JsonPath first = data("{ articles(first: 10) { totalCount edges { cursor node { id publishedAt } } "
                + "pageInfo { hasNextPage hasPreviousPage endCursor } } }");
        assertEquals(27, first.getInt("articles.totalCount"));
        assertTrue(first.getBoolean("articles.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("articles.pageInfo.hasPreviousPage"));
        assertEquals("2024-11-01", first.getString("articles.edges[0].node.publishedAt"));
        List<String> seen = new ArrayList<>(first.getList("articles.edges.node.id"));
        String after = first.getString("articles.pageInfo.endCursor");
        while (after != null) {
            JsonPath next = post("query($after: String) { articles(first: 10, after: $after) { edges { node { id } } "
                    + "pageInfo { hasNextPage endCursor hasPreviousPage } } }", Map.of("after", after))
                    .setRootPath("data");
            assertTrue(next.getBoolean("articles.pageInfo.hasPreviousPage"));
            seen.addAll(next.getList("articles.edges.node.id"));
            after = next.getBoolean("articles.pageInfo.hasNextPage") ? next.getString("articles.pageInfo.endCursor") : null;
        }
        assertEquals(27, seen.size());
        assertEquals(27, seen.stream().distinct().count());
    }

    @Test
    void articlesFilterByKindAndSearchIgnoresHamzaAlefAndPrefixes() {
        assertEquals(14, data("{ articles(kind: TEASER) { totalCount } }").getInt("articles.totalCount"));
        assertEquals(5, data("{ articles(kind: MAIN) { totalCount } }").getInt("articles.totalCount"));
        int plain = data("{ articles(search: \"اسرائيل\") { totalCount } }").getInt("articles.totalCount");
        int hamza = data("{ articles(search: \"إسرائيل\") { totalCount } }").getInt("articles.totalCount");
        int prefixed = data("{ articles(search: \"وإسرائيل\") { totalCount } }").getInt("articles.totalCount");
        assertTrue(plain > 5);
        assertEquals(plain, hamza);
        assertEquals(plain, prefixed);
        assertEquals(0, data("{ articles(search: \"كلمةغيرموجودة\") { totalCount } }").getInt("articles.totalCount"));
    }

    @Test
    void clientMistakesAreGraphQLErrorsWithACode() {
        JsonPath tooMany = post("{ articles(first: 1000) { totalCount } }");
        assertEquals("BAD_USER_INPUT", tooMany.getString("errors[0].extensions.code"));
        assertTrue(tooMany.getString("errors[0].message").contains("between 1 and 100"));
        JsonPath negative = post("{ people(first: -1) { totalCount } }");
        assertEquals("BAD_USER_INPUT", negative.getString("errors[0].extensions.code"));
        JsonPath badCursor = post("{ pages(after: \"not-a-cursor\") { totalCount } }");
        assertEquals("BAD_USER_INPUT", badCursor.getString("errors[0].extensions.code"));
        assertTrue(badCursor.getString("errors[0].message").contains("cursor"));
    }

    @Test
    void ingestionReportsTheLoad() {
        JsonPath answer = data("{ ingestion { pagesLoaded storiesLoaded durationMs skippedFiles { fileName reason } } }");
        assertEquals(5, answer.getInt("ingestion.pagesLoaded"));
        assertEquals(27, answer.getInt("ingestion.storiesLoaded"));
        assertEquals(List.of(), answer.getList("ingestion.skippedFiles"));
        assertNotEquals(-1, answer.getInt("ingestion.durationMs"));
    }
}

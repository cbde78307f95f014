package app.khabar.api;

import static app.khabar.api.GraphQLTestClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** People through the API: any spelling finds them, mentions carry roles and exact evidence, the graph connects. */
@QuarkusTest
class PeopleGraphTest {

    @Test
    void anySpellingFindsThePerson() {
        JsonPath byG = data("{ people(name: \"غالانت\") { totalCount nodes { id aliases } } }");
        JsonPath byJ = data("{ people(name: \"جالانت\") { totalCount nodes { id } } }");
        JsonPath withClitic = data("{ people(name: \"وغالانت\") { nodes { id } } }");
        assertEquals(1, byG.getInt("people.totalCount"));
        String id = byG.getString("people.nodes[0].id");
        assertEquals(id, byJ.getString("people.nodes[0].id"));
        assertEquals(id, withClitic.getString("people.nodes[0].id"));
        List<String> aliases = byG.getList("people.nodes[0].aliases");
        assertTrue(aliases.stream().anyMatch(a -> a.contains("جالانت")), "aliases " + aliases);
        assertTrue(aliases.stream().anyMatch(a -> a.contains("غالانت")), "aliases " + aliases);
        assertEquals(0, data("{ people(name: \"شخصغيرموجود\") { totalCount } }").getInt("people.totalCount"));
    }

    @Test
    void mentionsCarryRolesAndEvidenceThatIndexTheArticleText() {
        JsonPath answer = data("""
                { articles(first: 100, kind: MAIN) { nodes { text people { count surfaceForms roles
                    person { name } evidence { text start end sentence rules } } } } }""");
        List<Map<String, Object>> articles = answer.getList("articles.nodes");
        int spans = 0;
        boolean defenceSecretary = false;
        for (Map<String, Object> article : articles) {
            String text = (String) article.get("text");
            for (Map<String, Object> mention : (List<Map<String, Object>>) article.get("people")) {
                List<Map<String, Object>> evidence = (List<Map<String, Object>>) mention.get("evidence");
                assertEquals(mention.get("count"), evidence.size());
                for (Map<String, Object> span : evidence) {
                    int start = (Integer) span.get("start");
                    int end = (Integer) span.get("end");
                    assertEquals(span.get("text"), text.substring(start, end));
                    assertTrue(((String) span.get("sentence")).contains((String) span.get("text")));
                    List<String> rules = (List<String>) span.get("rules");
                    assertFalse(rules.isEmpty(), "every mention says which rules found it: " + span);
                    assertTrue(rules.stream().allMatch(r -> r.matches("[a-z-]+")), "rule ids: " + rules);
                    spans++;
                }
                defenceSecretary |= ((List<String>) mention.get("roles")).stream()
                        .anyMatch(r -> r.contains("وزير الدفاع"));
            }
        }
        assertTrue(spans > 20, "evidence spans: " + spans);
        assertTrue(defenceSecretary, "a role such as وزير الدفاع الأمريكي is attached to a mention");
    }

    @Test
    void fromAPersonToTheirStoriesAndWhoTheyAppearWith() {
        JsonPath answer = data("""
                { people(first: 1) { nodes { name storyCount roles
                    articles(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { title } }
                    coMentioned(first: 3) { sharedStories person { name } } } } }""");
        int storyCount = answer.getInt("people.nodes[0].storyCount");
        assertTrue(storyCount >= 5, "the most mentioned person is in many stories");
        assertEquals(storyCount, answer.getInt("people.nodes[0].articles.totalCount"));
        assertTrue(answer.getBoolean("people.nodes[0].articles.pageInfo.hasNextPage"));
        List<Map<String, Object>> co = answer.getList("people.nodes[0].coMentioned");
        assertFalse(co.isEmpty());
        int previous = Integer.MAX_VALUE;
        for (Map<String, Object> other : co) {
            int shared = (Integer) other.get("sharedStories");
            assertTrue(shared >= 1 && shared <= previous, "most shared first");
            previous = shared;
        }
        String cursor = answer.getString("people.nodes[0].articles.pageInfo.endCursor");
        JsonPath next = data("{ people(first: 1) { nodes { articles(first: 100, after: \"" + cursor
                + "\") { nodes { title } pageInfo { hasPreviousPage hasNextPage } } } } }");
        assertEquals(storyCount - 2, next.getList("people.nodes[0].articles.nodes").size());
        assertFalse(next.getBoolean("people.nodes[0].articles.pageInfo.hasNextPage"));
    }

    @Test
    void articlesOfAPersonByPersonId() {
        JsonPath person = data("{ people(name: \"بلينكن\") { nodes { id storyCount } } }");
        String id = person.getString("people.nodes[0].id");
        JsonPath articles = data("{ articles(personId: \"" + id + "\") { totalCount nodes { people { person { id } } } } }");
        assertEquals(person.getInt("people.nodes[0].storyCount"), articles.getInt("articles.totalCount"));
        List<List<String>> peopleIds = articles.getList("articles.nodes.people.person.id");
        assertTrue(peopleIds.stream().allMatch(ids -> ids.contains(id)));
    }
}

package app.khabar.api;

import static app.khabar.api.GraphQLTestClient.data;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An operator's {@code quarkus.smallrye-graphql.field-visibility} still applies: {@link EngineExtensions} sets
 * graphql-java's default visibility only where the setting is left at its default.
 */
@QuarkusTest
@TestProfile(FieldVisibilityTest.Profile.class)
class FieldVisibilityTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection");
        }
    }

    @Test
    void introspectionIsBlockedWhenTheOperatorSaysSoAndDataIsStillServed() {
        JsonPath answer = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ __schema { queryType { name } } }"))
                .when().post("/graphql").then().extract().jsonPath();
        assertNotNull(answer.get("errors"), "introspection must be refused: " + answer.prettify());
        assertNull(answer.get("data.__schema"));
        assertFalse(data("{ articles(first: 1) { nodes { title } } }").getList("articles.nodes").isEmpty());
    }
}

package app.khabar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What strangers with GraphiQL send: each mistake gets a GraphQL error with a code, never a 500. */
@QuarkusTest
class ApiLimitsTest {

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    private static ValidatableResponse query(String query) {
        return post(Map.of("query", query));
    }

    @Test
    void tooDeepQueriesAreRefusedBeforeTheyRun() {
        String deep = "{ pages { nodes { " + "stories { page { ".repeat(20) + "fileName" + " } }".repeat(20)
                + " } } }";
        query(deep).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("limit is 20"))
                .body("data", nullValue());
    }

    @Test
    void aliasBombsAreRefusedByTheCostBudget() {
        String bomb = IntStream.range(0, 300).mapToObj(i -> "a" + i + ": articles(first: 100) { nodes { id } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        query(bomb).statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void introspectionOfGraphiQLStillPasses() {
        query("""
                query IntrospectionQuery { __schema { queryType { name } types { ...FullType } directives { name
                  args { ...InputValue } } } }
                fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue }
                  type { ...TypeRef } } inputFields { ...InputValue } interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
                fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""")
                .statusCode(200).body("errors", nullValue()).body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void firstOutsideOneToHundredIsBadUserInput() {
        query("{ articles(first: 1000) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ articles(first: -1) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ articles(first: 1) { nodes { relatedStories(first: 0) { score } } } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void badCursorIsBadUserInput() {
        query("{ people(after: \"bm90IGEgY3Vyc29y\") { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void syntaxErrorsAndUnknownFieldsSayWhatIsWrong() {
        query("{ articles(first: 2) { nodes { title ").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("not valid GraphQL"));
        query("{ articles { nodes { headline } } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("headline"));
    }

    @Test
    void hugeDocumentsAreRefusedEarly() {
        String huge = "{ __typename " + "a".repeat(2 * 1024 * 1024) + " }";
        post(Map.of("query", huge)).statusCode(413).body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
        String manyTokens = "{ " + "a ".repeat(16_000) + "}";
        query(manyTokens).statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
    }

    @Test
    void malformedRequestsAreHttp400WithAGraphQLError() {
        post("{\"query\": ").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post("[{\"query\": \"{ __typename }\"}]").statusCode(400).body("errors[0].message", containsString("Batched"));
        post(Map.of("variables", Map.of())).statusCode(400).body("errors[0].message", containsString("'query'"));
    }

    @Test
    void unknownIdsAreNull() {
        query("{ node(id: \"UGVyc29uOm5vYm9keQ\") { id } person(id: \"x\") { id } }").statusCode(200)
                .body("errors", nullValue()).body("data.node", nullValue()).body("data.person", nullValue());
    }

    @Test
    void getQueriesWorkAndAreCacheable() {
        given().queryParam("query", "{ articles(first: 1) { totalCount } }").when().get("/graphql").then()
                .statusCode(200).header("Cache-Control", containsString("max-age"))
                .body("data.articles.totalCount", notNullValue());
        given().queryParam("query", "mutation { x }").when().get("/graphql").then().statusCode(405)
                .header("Allow", "POST");
    }

    @Test
    void corsPreflightIsAnswered() {
        given().header("Origin", "https://reader.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "https://reader.example");
    }
}

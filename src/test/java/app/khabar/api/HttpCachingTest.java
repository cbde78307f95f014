package app.khabar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** ETags and 304, Cache-Control, the answer cache on Caffeine with its metrics, and automatic persisted queries. */
@QuarkusTest
class HttpCachingTest {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    static Response getHashed(String hash, String accept) {
        return given().header("Accept", accept).queryParam("extensions", extensions(hash))
                .when().get("/graphql");
    }

    @Test
    void everyAnswerHasAnETagAndAMatchingGetIsNotModified() {
        String query = "{ articles(first: 2) { nodes { id title } } }";
        Response first = given().header("Accept", JSON).queryParam("query", query).when().get("/graphql");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .header("Vary", containsString("Accept"));
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\"g"), etag);
        given().header("Accept", JSON).header("If-None-Match", etag).queryParam("query", query)
                .when().get("/graphql").then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("Accept", JSON).header("If-None-Match", "W/" + etag + ", \"other\"").queryParam("query", query)
                .when().get("/graphql").then().statusCode(304);
        given().header("Accept", JSON).header("If-None-Match", "\"other\"").queryParam("query", query)
                .when().get("/graphql").then().statusCode(200).header("ETag", etag);
        // the same answer by POST carries the same tag; a POST that would not change is a failed precondition
        given().header("Accept", JSON).contentType(JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().statusCode(200).header("ETag", etag).header("Cache-Control", "no-store");
        given().header("Accept", JSON).header("If-None-Match", etag).contentType(JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(412);
        // the other media type is another representation, with its own tag
        String other = given().header("Accept", GRAPHQL_RESPONSE).queryParam("query", query).when().get("/graphql")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, other);
    }

    @Test
    void errorAnswersHaveATagButAreNotCached() {
        given().header("Accept", JSON).queryParam("query", "{ nope }").when().get("/graphql").then()
                .statusCode(200).header("ETag", notNullValue()).header("Cache-Control", "no-store");
        given().header("Accept", GRAPHQL_RESPONSE).queryParam("query", "{ nope }").when().get("/graphql").then()
                .statusCode(400).header("Cache-Control", "no-store");
    }

    @Test
    void repeatedAnswersComeFromTheCacheAndItsStatisticsAreMetrics() {
        String query = "{ pages(first: 3) { nodes { fileName } } }";
        String a = given().contentType(JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                .extract().asString();
        String b = given().contentType(JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                .extract().asString();
        assertEquals(a, b);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("cache_gets_total{cache=\"graphql-answers\",result=\"hit\"}"), metrics);
        assertTrue(metrics.contains("cache_gets_total{cache=\"graphql-answers\",result=\"miss\"}"));
        assertTrue(metrics.contains("cache_evictions_total{cache=\"graphql-answers\"}"));
        assertTrue(metrics.contains("cache_eviction_weight_total{cache=\"graphql-answers\"}")
                || metrics.contains("cache_eviction_weight{cache=\"graphql-answers\"}"), "eviction weight");
        assertTrue(metrics.contains("khabar_graphql_request_seconds_count{outcome=\"cached\"}"));
    }

    @Test
    void eachDistinctDocumentIsParsedAndValidatedOnce() {
        String query = "{ articles(first: 1) { totalCount } __typename a" + UUID.randomUUID().toString()
                .replace("-", "") + ": __typename }";
        long before = DocumentCache.parsed();
        given().contentType(JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200);
        given().contentType(JSON).body(Map.of("query", query, "variables", Map.of("unused", 1))).post("/graphql")
                .then().statusCode(200);
        given().queryParam("query", query).get("/graphql").then().statusCode(200);
        assertEquals(1, DocumentCache.parsed() - before);
        String invalid = "{ nope" + UUID.randomUUID().toString().replace("-", "") + " }";
        long beforeInvalid = DocumentCache.parsed();
        given().contentType(JSON).body(Map.of("query", invalid)).post("/graphql").then().statusCode(200);
        given().contentType(JSON).body(Map.of("query", invalid)).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        assertEquals(1, DocumentCache.parsed() - beforeInvalid);
    }

    @Test
    void automaticPersistedQueries() {
        String query = "{ articles(first: 1) { nodes { id } } r" + UUID.randomUUID().toString().replace("-", "")
                + ": __typename }";
        String hash = PersistedQueries.sha256Hex(query);
        // unknown hash: a request error, never cached
        getHashed(hash, JSON).then().statusCode(200).header("Cache-Control", "no-store")
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        getHashed(hash, GRAPHQL_RESPONSE).then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // registration: the document with its hash
        given().header("Accept", JSON).contentType(JSON)
                .body("{\"query\": " + jsonString(query) + ", \"extensions\": " + extensions(hash) + "}")
                .when().post("/graphql").then().statusCode(200).body("data.articles.nodes[0].id", notNullValue());
        // then the hash alone, by GET: a short URL browsers and CDNs cache
        Response answer = getHashed(hash, JSON);
        answer.then().statusCode(200).header("Cache-Control", startsWith("public"))
                .body("data.articles.nodes[0].id", notNullValue());
        given().header("Accept", JSON).header("If-None-Match", answer.header("ETag"))
                .queryParam("extensions", extensions(hash)).when().get("/graphql").then().statusCode(304);
        // upper-case hex is the same hash
        getHashed(hash.toUpperCase(), JSON).then().statusCode(200);
    }

    @Test
    void persistedQueryMistakesAreBadRequests() {
        String query = "{ __typename }";
        given().contentType(JSON).body("{\"query\": \"{ __typename }\", \"extensions\": "
                + extensions(PersistedQueries.sha256Hex("{ other }")) + "}").when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("does not match"));
        given().contentType(JSON).body("{\"extensions\": {\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \""
                + PersistedQueries.sha256Hex(query) + "\"}}}").when().post("/graphql").then().statusCode(400);
        given().contentType(JSON).body("{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": "
                + "\"abc\"}}}").when().post("/graphql").then().statusCode(400);
        // a mutation registered and then sent with GET is still refused
        String mutation = "mutation { x }";
        given().contentType(JSON).body("{\"query\": \"mutation { x }\", \"extensions\": "
                + extensions(PersistedQueries.sha256Hex(mutation)) + "}").when().post("/graphql");
        getHashed(PersistedQueries.sha256Hex(mutation), JSON).then().statusCode(405);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package app.khabar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Conformance with the server section of the GraphQL-over-HTTP specification (current working draft,
 * graphql.github.io/graphql-over-http/draft): one test per MUST and SHOULD a server has, named after it. The
 * README's "GraphQL over HTTP" section lists the few that do not apply and why.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";
    static final String TYPENAME = "{\"query\": \"{ __typename }\"}";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A raw request: only the headers given (java.net.http adds no Accept or Content-Type of its own). */
    HttpResponse<String> raw(String method, String query, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(query == null ? endpoint
                : URI.create(endpoint + "?" + query));
        if (headers.length > 0) {
            request.headers(headers);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static ValidatableResponse post(String accept, String body) {
        return given().header("Accept", accept).contentType("application/json").body(body)
                .when().post("/graphql").then();
    }

    static ValidatableResponse postQuery(String accept, String query) {
        return given().header("Accept", accept).contentType("application/json").body(Map.of("query", query))
                .when().post("/graphql").then();
    }

    static String params(String... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            query.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    @Nested
    @DisplayName("URL")
    class Url {

        @Test
        @DisplayName("MUST serve the schema at a URL; RECOMMENDED: the path ends with /graphql")
        void servedAtGraphql() {
            post(JSON, TYPENAME).statusCode(200).body("data.__typename", equalTo("Query"));
        }

        @Test
        @DisplayName("MUST NOT require different URLs for queries and mutations: both are sent to /graphql")
        void oneUrlForEveryOperation() {
            // the schema has no mutations: a mutation sent to /graphql is answered there, as a validation error
            postQuery(JSON, "mutation { x }").statusCode(200)
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        }
    }

    @Nested
    @DisplayName("Serialization format")
    class Serialization {

        @Test
        @DisplayName("MUST support JSON; utf-8 MUST be assumed for an official media type without a charset")
        void jsonInUtf8WithoutCharset() throws Exception {
            HttpResponse<String> answer = raw("POST", null,
                    "{\"query\": \"query ($n: String) { people(first: 1, name: $n) { totalCount } }\", "
                            + "\"variables\": {\"n\": \"غالانت\"}}",
                    "Content-Type", "application/json", "Accept", JSON);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("\"totalCount\""), answer.body());
            assertFalse(answer.body().contains("errors"), answer.body());
        }

        @Test
        @DisplayName("MUST accept a request with an explicit utf-8 charset, and answer in utf-8")
        void explicitUtf8() throws Exception {
            HttpResponse<String> answer = raw("POST", null, "{\"query\": \"{ __typename }\"}",
                    "Content-Type", "application/json; charset=utf-8", "Accept", GRAPHQL_RESPONSE);
            assertEquals(200, answer.statusCode());
            assertEquals(GRAPHQL_RESPONSE + "; charset=utf-8", answer.headers().firstValue("Content-Type").get());
        }
    }

    @Nested
    @DisplayName("Request")
    class Request {

        @Test
        @DisplayName("MUST accept POST requests")
        void acceptsPost() {
            GraphQLOverHttpTest.post(GRAPHQL_RESPONSE, TYPENAME).statusCode(200)
                    .body("data.__typename", equalTo("Query"));
        }

        @Test
        @DisplayName("GET: parameters in the query component, application/x-www-form-urlencoded; variables and "
                + "extensions MUST be JSON")
        void get() throws Exception {
            HttpResponse<String> answer = raw("GET", params("query",
                    "query ($n: Int) { articles(first: $n) { nodes { id } } }", "variables", "{\"n\": 2}",
                    "extensions", "{}"), null, "Accept", GRAPHQL_RESPONSE);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(2, answer.body().split("\"id\"").length - 1, answer.body());
        }

        @Test
        @DisplayName("GET: variables that are not JSON are not a well-formed request: 400")
        void getVariablesNotJson() throws Exception {
            assertEquals(400, raw("GET", params("query", "{ __typename }", "variables", "{n: 2"), null,
                    "Accept", GRAPHQL_RESPONSE).statusCode());
            assertEquals(400, raw("GET", params("query", "{ __typename }", "extensions", "[1]"), null,
                    "Accept", JSON).statusCode());
        }

        @Test
        @DisplayName("GET: operationName selects the operation; the empty string is the same as none")
        void getOperationName() throws Exception {
            String document = "query A { a: __typename } query B { b: __typename }";
            HttpResponse<String> b = raw("GET", params("query", document, "operationName", "B"), null,
                    "Accept", GRAPHQL_RESPONSE);
            assertEquals(200, b.statusCode());
            assertTrue(b.body().contains("\"b\""), b.body());
            HttpResponse<String> single = raw("GET", params("query", "query A { a: __typename }",
                    "operationName", ""), null, "Accept", GRAPHQL_RESPONSE);
            assertEquals(200, single.statusCode(), single.body());
        }

        @Test
        @DisplayName("GET MUST NOT execute a mutation: 405 Method Not Allowed, and execution halts")
        void getMutation() throws Exception {
            HttpResponse<String> answer = raw("GET", params("query", "mutation { x }"), null,
                    "Accept", GRAPHQL_RESPONSE);
            assertEquals(405, answer.statusCode());
            assertEquals("POST", answer.headers().firstValue("Allow").orElse(""));
            HttpResponse<String> chosen = raw("GET", params("query", "query Q { __typename } mutation M { x }",
                    "operationName", "M"), null, "Accept", JSON);
            assertEquals(405, chosen.statusCode());
            HttpResponse<String> query = raw("GET", params("query", "query Q { __typename } mutation M { x }",
                    "operationName", "Q"), null, "Accept", JSON);
            assertEquals(200, query.statusCode(), query.body());
        }

        @Test
        @DisplayName("POST: MUST support application/json bodies")
        void postJson() {
            postQuery(JSON, "{ articles(first: 1) { totalCount } }").statusCode(200)
                    .body("data.articles.totalCount", notNullValue());
        }

        @Test
        @DisplayName("POST: a Content-Type a browser joined from two spellings of the header still reads as JSON")
        void postJoinedContentType() throws Exception {
            HttpResponse<String> answer = raw("POST", null, TYPENAME, "Content-Type",
                    "application/json, application/json", "Accept", JSON);
            assertEquals(200, answer.statusCode(), answer.body());
        }

        @Test
        @DisplayName("POST without a Content-Type: SHOULD be rejected with a 4xx status")
        void postWithoutContentType() throws Exception {
            HttpResponse<String> answer = raw("POST", null, TYPENAME, "Accept", GRAPHQL_RESPONSE);
            assertEquals(415, answer.statusCode());
            assertTrue(answer.body().contains("UNSUPPORTED_MEDIA_TYPE"), answer.body());
        }

        @Test
        @DisplayName("POST with an unsupported Content-Type or charset: 415")
        void postUnsupportedContentType() throws Exception {
            assertEquals(415, raw("POST", null, TYPENAME, "Content-Type", "text/plain", "Accept", JSON)
                    .statusCode());
            assertEquals(415, raw("POST", null, "query=%7B__typename%7D", "Content-Type",
                    "application/x-www-form-urlencoded", "Accept", JSON).statusCode());
            assertEquals(415, raw("POST", null, TYPENAME, "Content-Type", "application/json; charset=latin1",
                    "Accept", JSON).statusCode());
        }

        @Test
        @DisplayName("POST: operationName and extensions are honoured")
        void postOperationNameAndExtensions() {
            post(GRAPHQL_RESPONSE, "{\"query\": \"query A { a: __typename } query B { b: __typename }\", "
                    + "\"operationName\": \"A\", \"extensions\": {\"anything\": 1}}")
                    .statusCode(200).body("data.a", equalTo("Query")).body("data.b", nullValue());
            post(GRAPHQL_RESPONSE, "{\"query\": \"{ __typename }\", \"operationName\": null, \"variables\": null, "
                    + "\"extensions\": null}").statusCode(200).body("data.__typename", equalTo("Query"));
        }

        @Test
        @DisplayName("Other methods: 405 with Allow")
        void otherMethods() throws Exception {
            for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
                HttpResponse<String> answer = raw(method, null, TYPENAME, "Content-Type", JSON, "Accept", JSON);
                assertEquals(405, answer.statusCode(), method);
                assertEquals("GET, POST, OPTIONS", answer.headers().firstValue("Allow").orElse(""), method);
            }
        }
    }

    @Nested
    @DisplayName("Response: body and media type")
    class Body {

        @Test
        @DisplayName("MUST indicate the media type with Content-Type, SHOULD indicate the encoding")
        void contentType() {
            post(JSON, TYPENAME).statusCode(200).header("Content-Type", equalTo(JSON + "; charset=utf-8"));
            post(GRAPHQL_RESPONSE, TYPENAME).statusCode(200)
                    .header("Content-Type", equalTo(GRAPHQL_RESPONSE + "; charset=utf-8"));
        }

        @Test
        @DisplayName("MUST respect Accept: the highest-priority supported media type, by q-value")
        void acceptPriority() {
            post(GRAPHQL_RESPONSE + ", " + JSON, TYPENAME).header("Content-Type", containsString(GRAPHQL_RESPONSE));
            post(GRAPHQL_RESPONSE + "; charset=utf-8, " + JSON + "; charset=utf-8", TYPENAME)
                    .header("Content-Type", containsString(GRAPHQL_RESPONSE));
            post(JSON + ", " + GRAPHQL_RESPONSE, TYPENAME).header("Content-Type", containsString(JSON + ";"));
            post(JSON + ";q=0.5, " + GRAPHQL_RESPONSE + ";q=0.9", TYPENAME)
                    .header("Content-Type", containsString(GRAPHQL_RESPONSE));
            post(GRAPHQL_RESPONSE + ";q=0.1, " + JSON, TYPENAME).header("Content-Type", containsString(JSON + ";"));
            post("text/html, " + GRAPHQL_RESPONSE + ";q=0.2", TYPENAME)
                    .header("Content-Type", containsString(GRAPHQL_RESPONSE));
            post("*/*;q=0.1, " + GRAPHQL_RESPONSE, TYPENAME).header("Content-Type", containsString(GRAPHQL_RESPONSE));
        }

        @Test
        @DisplayName("*/* and application/* are answered in application/json")
        void wildcards() {
            post("*/*", TYPENAME).statusCode(200).header("Content-Type", containsString(JSON + ";"));
            post("application/*", TYPENAME).statusCode(200).header("Content-Type", containsString(JSON + ";"));
            post("text/html,application/xhtml+xml,*/*;q=0.8", TYPENAME).statusCode(200)
                    .header("Content-Type", containsString(JSON + ";"));
        }

        @Test
        @DisplayName("No supported media type in Accept: 406 Not Acceptable (RECOMMENDED), and no processing")
        void notAcceptable() throws Exception {
            post("text/html", TYPENAME).statusCode(406);
            post(GRAPHQL_RESPONSE + ";q=0, " + JSON + ";q=0", TYPENAME).statusCode(406);
            post(JSON + "; charset=iso-8859-1", TYPENAME).statusCode(406);
            assertEquals(406, raw("GET", params("query", "{ __typename }"), null, "Accept", "image/png")
                    .statusCode());
        }

        @Test
        @DisplayName("MUST support requests accepting application/json")
        void acceptsJson() {
            post(JSON, TYPENAME).statusCode(200).body("data.__typename", equalTo("Query"));
        }

        @Test
        @DisplayName("MUST support requests accepting application/graphql-response+json")
        void acceptsGraphQLResponseJson() {
            post(GRAPHQL_RESPONSE, TYPENAME).statusCode(200).body("data.__typename", equalTo("Query"));
        }

        @Test
        @DisplayName("No Accept header: SHOULD be treated as Accept: application/graphql-response+json")
        void noAccept() throws Exception {
            HttpResponse<String> answer = raw("POST", null, TYPENAME, "Content-Type", JSON);
            assertEquals(200, answer.statusCode());
            assertEquals(GRAPHQL_RESPONSE + "; charset=utf-8", answer.headers().firstValue("Content-Type").get());
            HttpResponse<String> invalid = raw("POST", null, "{\"query\": \"{ nope }\"}", "Content-Type", JSON);
            assertEquals(400, invalid.statusCode());
        }

        @Test
        @DisplayName("The body is a well-formed GraphQL response: data and/or errors, errors with a message")
        void wellFormed() {
            post(JSON, TYPENAME).body("data", notNullValue()).body("errors", nullValue());
            postQuery(JSON, "{ nope }").body("data", nullValue()).body("errors[0].message", notNullValue())
                    .body("errors[0].locations", notNullValue());
        }
    }

    @Nested
    @DisplayName("Status codes with application/json")
    class StatusJson {

        @Test
        @DisplayName("JSON parsing failure: SHOULD be 400")
        void jsonParseFailure() {
            post(JSON, "NONSENSE").statusCode(400);
            post(JSON, "{\"query\":").statusCode(400);
        }

        @Test
        @DisplayName("Invalid parameters (not a well-formed request): SHOULD be 4xx, here 400")
        void invalidParameters() {
            post(JSON, "{\"qeury\": \"{__typename}\"}").statusCode(400);
            post(JSON, "{\"query\": \"query Q ($i:Int!) { __typename }\", \"variables\": [7]}").statusCode(400);
            post(JSON, "{\"query\": 1}").statusCode(400);
            post(JSON, "{\"query\": {}}").statusCode(400);
            post(JSON, "{\"query\": \"{ __typename }\", \"operationName\": 7}").statusCode(400);
            post(JSON, "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}").statusCode(400);
        }

        @Test
        @DisplayName("Document parsing failure: SHOULD be 200")
        void documentParseFailure() {
            post(JSON, "{\"query\": \"{\"}").statusCode(200)
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED")).body("data", nullValue());
        }

        @Test
        @DisplayName("Document validation failure: SHOULD NOT execute, SHOULD be 200")
        void validationFailure() {
            postQuery(JSON, "{ articles { nodes { headline } } }").statusCode(200)
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("$", not("data"));
        }

        @Test
        @DisplayName("Operation cannot be determined: SHOULD NOT execute, SHOULD be 200")
        void operationNotDetermined() {
            postQuery(JSON, "query A { __typename } query B { __typename }").statusCode(200)
                    .body("errors[0].message", notNullValue()).body("$", not("data"));
            post(JSON, "{\"query\": \"query A { __typename }\", \"operationName\": \"C\"}").statusCode(200)
                    .body("$", not("data"));
        }

        @Test
        @DisplayName("Variable coercion failure: SHOULD NOT execute, SHOULD be 200")
        void variableCoercionFailure() {
            post(JSON, "{\"query\": \"query ($n: Int!) { articles(first: $n) { totalCount } }\", "
                    + "\"variables\": {\"n\": \"many\"}}").statusCode(200)
                    .body("errors[0].extensions.code", notNullValue()).body("$", not("data"));
        }

        @Test
        @DisplayName("Field errors during execution: SHOULD be 200; non-null data MUST be 200")
        void fieldErrors() {
            postQuery(JSON, "{ articles(first: 1) { nodes { relatedStories(first: 0) { score } } } }")
                    .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
            postQuery(JSON, "{ article(id: \"nope\") { id } __typename }").statusCode(200)
                    .body("data.__typename", equalTo("Query"));
        }
    }

    @Nested
    @DisplayName("Status codes with application/graphql-response+json")
    class StatusGraphQLResponse {

        @Test
        @DisplayName("JSON parsing failure: 400")
        void jsonParseFailure() {
            post(GRAPHQL_RESPONSE, "NONSENSE").statusCode(400);
            post(GRAPHQL_RESPONSE, "{\"query\":").statusCode(400);
        }

        @Test
        @DisplayName("Invalid parameters: SHOULD be 400")
        void invalidParameters() {
            post(GRAPHQL_RESPONSE, "{\"qeury\": \"{__typename}\"}").statusCode(400);
            post(GRAPHQL_RESPONSE, "{\"query\": \"query Q ($i:Int!) { __typename }\", \"variables\": [7]}")
                    .statusCode(400);
            post(GRAPHQL_RESPONSE, "{\"query\": [\"{ __typename }\"]}").statusCode(400);
            post(GRAPHQL_RESPONSE, "{\"query\": \"{ __typename }\", \"operationName\": {}}").statusCode(400);
        }

        @Test
        @DisplayName("Document parsing failure: 400")
        void documentParseFailure() {
            post(GRAPHQL_RESPONSE, "{\"query\": \"{\"}").statusCode(400)
                    .header("Content-Type", containsString(GRAPHQL_RESPONSE))
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        }

        @Test
        @DisplayName("Document validation failure: SHOULD be denied execution with 400")
        void validationFailure() {
            postQuery(GRAPHQL_RESPONSE, "{ articles { nodes { headline } } }").statusCode(400)
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED")).body("$", not("data"));
        }

        @Test
        @DisplayName("Additional validation rules (depth, cost, document size): 400")
        void limits() {
            String deep = "{ pages { nodes { " + "stories { page { ".repeat(20) + "fileName" + " } }".repeat(20)
                    + " } } }";
            postQuery(GRAPHQL_RESPONSE, deep).statusCode(400).body("errors[0].extensions.code",
                    equalTo("QUERY_TOO_DEEP"));
            postQuery(GRAPHQL_RESPONSE, "{ " + "a ".repeat(16_000) + "}").statusCode(400)
                    .body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
        }

        @Test
        @DisplayName("Operation cannot be determined: SHOULD NOT execute, SHOULD be 400")
        void operationNotDetermined() {
            postQuery(GRAPHQL_RESPONSE, "query A { __typename } query B { __typename }").statusCode(400);
            post(GRAPHQL_RESPONSE, "{\"query\": \"query A { __typename }\", \"operationName\": \"C\"}")
                    .statusCode(400);
        }

        @Test
        @DisplayName("Variable coercion failure: SHOULD NOT execute, SHOULD be 400")
        void variableCoercionFailure() {
            post(GRAPHQL_RESPONSE, "{\"query\": \"query ($n: Int!) { articles(first: $n) { totalCount } }\", "
                    + "\"variables\": {\"n\": \"many\"}}").statusCode(400).body("$", not("data"));
            post(GRAPHQL_RESPONSE, "{\"query\": \"query ($n: Int!) { articles(first: $n) { totalCount } }\"}")
                    .statusCode(400);
        }

        @Test
        @DisplayName("Non-null data: MUST be 2xx, SHOULD be 200, field errors included")
        void dataPresent() {
            postQuery(GRAPHQL_RESPONSE, "{ articles(first: 1) { nodes { relatedStories(first: 0) { score } } } }")
                    .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }

        @Test
        @DisplayName("data: null: SHOULD be 2xx, RECOMMENDED 200")
        void dataNull() {
            postQuery(GRAPHQL_RESPONSE, "{ articles(first: 1000) { totalCount } }").statusCode(200)
                    .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }

        @Test
        @DisplayName("No data entry: MUST be 4xx or 5xx")
        void noData() {
            postQuery(GRAPHQL_RESPONSE, "{ nope }").statusCode(400).body("$", not("data"));
        }
    }

    private static org.hamcrest.Matcher<?> not(String key) {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey(key));
    }
}

package app.khabar.api;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Posts GraphQL over HTTP the way a client does. */
public final class GraphQLTestClient {

    private GraphQLTestClient() {
    }

    public static JsonPath post(String query) {
        return post(query, Map.of());
    }

    public static JsonPath post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Posts and fails the test on any GraphQL error. */
    public static JsonPath data(String query) {
        JsonPath answer = post(query);
        if (answer.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + answer.prettify());
        }
        return answer.setRootPath("data");
    }
}

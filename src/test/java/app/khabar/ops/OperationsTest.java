package app.khabar.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import app.khabar.api.GraphQLTestClient;
import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics and the browser-facing pages of the running service. */
@QuarkusTest
class OperationsTest {

    @Test
    void readyOnceTheCorpusIsLoaded() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("corpus"));
    }

    @Test
    void metricsExposeIngestionAndGraphQLTimings() {
        GraphQLTestClient.data("{ articles(first: 2) { nodes { title page { fileName } } } }");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("khabar_ingestion_pages 5.0"))
                .body(containsString("khabar_ingestion_stories 27.0"))
                .body(containsString("khabar_ingestion_duration_milliseconds"))
                .body(containsString("khabar_graphql_request_seconds_count{outcome=\"executed\""));
    }

    @Test
    void graphiqlAndTheReaderPageAreServed() {
        given().get("/q/graphql-ui/").then().statusCode(200);
        given().get("/q/graphql-ui/render.js").then().statusCode(200).body(containsString("relatedStories(first: 3)"));
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Article"));
    }
}

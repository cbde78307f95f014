package app.khabar.api;

import java.util.List;

import org.jboss.logging.Logger;

import app.khabar.store.CorpusLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs the common queries once after every load, before the service reports ready: the first run of each query
 * shape parses its HQL and loads the classes it needs, and a fresh server hit by many clients at once would
 * otherwise make them all wait on that together.
 */
@ApplicationScoped
public class QueryWarmUp {

    private static final Logger LOG = Logger.getLogger(QueryWarmUp.class);
    static final List<String> QUERIES = List.of(
            "{ articles(first: 20) { nodes { id title publishedAt people { count person { id name } } "
                    + "relatedStories(first: 3) { score article { id title } sharedPeople { name } } } } }",
            "{ people(first: 10) { nodes { name aliases articles(first: 5) { nodes { title people { person { name } } } } "
                    + "coMentioned(first: 5) { sharedStories person { name } } } } }",
            "{ pages(first: 5) { nodes { fileName stories { kind title page { id } } } } ingestion { pagesLoaded } }",
            "{ articles(first: 1, search: \"غزة\") { totalCount } people(first: 1, name: \"غالانت\") { totalCount } }");

    @Inject
    GraphQLHttp graphql;

    void warmUp(@Observes CorpusLoaded loaded) {
        long started = System.nanoTime();
        for (String query : QUERIES) {
            GraphQLHttp.Executed answer = graphql.execute(GraphQLHttp.JSON.createObjectBuilder().add("query", query).build(), false);
            if (!answer.result().getErrors().isEmpty()) {
                LOG.warnf("warm-up query failed: %s", answer.json());
            }
        }
        LOG.debugf("query warm-up took %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}

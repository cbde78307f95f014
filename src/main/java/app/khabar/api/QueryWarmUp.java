package app.khabar.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import app.khabar.store.CorpusLoaded;
import app.khabar.store.KhabarConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs the common queries after every load: the first run of each query shape parses its HQL and loads the classes
 * it needs, and a fresh server hit by many clients at once would otherwise make them all wait on that together.
 * The load (and so readiness) waits for it at most {@code khabar.warm-up.budget} (200 ms by default); what is not
 * done by then goes on in the background while the service already answers. A budget of 0 skips the warm-up.
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

    @Inject
    KhabarConfig config;

    /** One warm-up at a time, in the background once the budget is spent. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "khabar-query-warm-up");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Future<?> latest;

    /**
     * Waits until the latest warm-up has finished, at most {@code timeout}; true when it has (or none ran). For
     * callers that must not see its queries, such as a count of statements per request.
     */
    public boolean awaitDone(Duration timeout) {
        Future<?> running = latest;
        if (running == null) {
            return true;
        }
        try {
            running.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // it failed, and it is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void warmUp(@Observes CorpusLoaded loaded) {
        Duration budget = config.warmUp().budget();
        if (budget.isZero() || budget.isNegative()) {
            return;
        }
        long started = System.nanoTime();
        Future<?> running = runner.submit(() -> run(started));
        latest = running;
        try {
            running.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.debugf("query warm-up goes on in the background after its budget of %d ms", budget.toMillis());
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "query warm-up failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(long started) {
        for (String query : QUERIES) {
            GraphQLHttp.Executed answer = graphql.execute(GraphQLHttp.JSON.createObjectBuilder().add("query", query).build(), false);
            if (!answer.result().getErrors().isEmpty()) {
                LOG.warnf("warm-up query failed: %s", answer.json());
            }
        }
        LOG.debugf("query warm-up took %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    void stop(@Observes ShutdownEvent event) {
        // never interrupt: an interrupt during a read closes H2's file channel, for every connection
        runner.shutdown();
    }
}

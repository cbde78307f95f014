package app.khabar.store;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The {@code serve} role: every {@code khabar.generation-poll} the newest row of the ingestion table is read, and
 * when an ingest has recorded a newer generation the replica switches to it (dropping its answer caches). The first
 * look happens at startup, so a replica serves the newest generation as soon as it is ready. Reads only.
 */
@ApplicationScoped
public class GenerationPoll {

    private static final Logger LOG = Logger.getLogger(GenerationPoll.class);

    @Inject
    KhabarConfig config;

    @Inject
    CorpusWriter writer;

    @Inject
    CorpusLoader loader;

    @Inject
    ServingGeneration serving;

    private ScheduledExecutorService scheduler;
    private volatile boolean failing;

    void start(@Observes StartupEvent event) {
        if (config.role() != KhabarConfig.Role.SERVE) {
            return;
        }
        poll();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "khabar-generation-poll");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, config.generationPoll().toMillis());
        scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("serving what the database holds; looking for a newer generation every %s",
                config.generationPoll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    void poll() {
        try {
            Optional<IngestionEntity> newest = writer.newestIngestion();
            if (newest.isPresent() && newest.get().generation != serving.current()) {
                loader.serveRecorded(newest.get());
            }
            loader.databaseAnswered(true);
            if (failing) {
                LOG.info("the database answers again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // an exception out of a scheduled task would end the schedule: not ready, and try again next time
            loader.databaseAnswered(false);
            if (!failing) {
                LOG.warnf(e, "cannot read the served generation from the database; not ready until it answers");
                failing = true;
            }
        }
    }
}

package app.khabar.ops;

import java.util.concurrent.atomic.AtomicLong;

import app.khabar.store.CorpusLoaded;
import app.khabar.store.CorpusLoader;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The last corpus load's figures as Prometheus gauges ({@code khabar_ingestion_*}). */
@ApplicationScoped
public class IngestionMetrics {

    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong stories = new AtomicLong();
    private final AtomicLong people = new AtomicLong();
    private final AtomicLong skippedFiles = new AtomicLong();
    private final AtomicLong durationMs = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    CorpusLoader loader;

    void register(@Observes StartupEvent event) {
        Gauge.builder("khabar.ingestion.pages", pages, AtomicLong::get).description("Pages loaded").register(registry);
        Gauge.builder("khabar.ingestion.stories", stories, AtomicLong::get).description("Stories loaded")
                .register(registry);
        Gauge.builder("khabar.ingestion.people", people, AtomicLong::get).description("People found")
                .register(registry);
        Gauge.builder("khabar.ingestion.skipped.files", skippedFiles, AtomicLong::get)
                .description("Corpus files skipped").register(registry);
        Gauge.builder("khabar.ingestion.duration", durationMs, AtomicLong::get).baseUnit("milliseconds")
                .description("Wall-clock time of the last load").register(registry);
        Gauge.builder("khabar.corpus.generation", loader, CorpusLoader::generation)
                .description("Corpus loads since start").register(registry);
    }

    void record(@Observes CorpusLoaded loaded) {
        pages.set(loaded.written().pages());
        stories.set(loaded.written().stories());
        people.set(loaded.written().people());
        skippedFiles.set(loaded.written().skipped().size());
        durationMs.set(loaded.durationMs());
    }
}

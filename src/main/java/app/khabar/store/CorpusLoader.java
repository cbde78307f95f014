package app.khabar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import app.khabar.corpus.ClasspathCorpusSource;
import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusPipeline;
import app.khabar.pipeline.SkippedFile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Loads the corpus into the database at startup, before the service reports ready. */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    @Inject
    KhabarConfig config;

    @Inject
    CorpusWriter writer;

    @Inject
    Event<CorpusLoaded> loadedEvent;

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean loaded;

    void onStart(@Observes StartupEvent event) {
        load();
    }

    /** Reads, extracts and stores the configured corpus, replacing the previous one. */
    public CorpusWriter.Written load() {
        return load(source());
    }

    /** Reads, extracts and stores the corpus of {@code source}, replacing the previous one. */
    public synchronized CorpusWriter.Written load(CorpusSource source) {
        long started = System.nanoTime();
        CorpusModel model;
        try {
            model = CorpusPipeline.standard(config.related().perStory()).run(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus in " + source.description(), e);
        }
        CorpusWriter.Written written = writer.replaceCorpus(model);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        long next = writer.nextGeneration();
        writer.recordIngestion(next, source.description(), written, durationMs);
        generation.set(next);
        // observers (cache, metrics, warm-up) run before the service reports ready
        loadedEvent.fire(new CorpusLoaded(next, written, durationMs));
        loaded = true;
        for (SkippedFile skipped : written.skipped()) {
            LOG.warnf("skipped corpus file %s: %s", skipped.fileName(), skipped.reason());
        }
        if (written.pages() == 0) {
            LOG.warnf("the corpus in %s holds no loadable page: the service starts with an empty corpus",
                    source.description());
        }
        LOG.infof("loaded %d pages, %d stories, %d people from %s in %d ms (%d files skipped)", written.pages(),
                written.stories(), written.people(), source.description(), durationMs, written.skipped().size());
        return written;
    }

    private CorpusSource source() {
        return config.corpus().dir()
                .<CorpusSource>map(dir -> new DirectoryCorpusSource(dir, config.corpus().maxFileBytes()))
                .orElseGet(ClasspathCorpusSource::new);
    }

    /** Bumped by every load, also across restarts on a persistent database: caches key on it. */
    public long generation() {
        return generation.get();
    }

    public boolean isLoaded() {
        return loaded;
    }
}

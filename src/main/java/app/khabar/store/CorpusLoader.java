package app.khabar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import app.khabar.corpus.ClasspathCorpusSource;
import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.pipeline.CorpusFingerprint;
import app.khabar.pipeline.CorpusPipeline;
import app.khabar.pipeline.ExtractorVersion;
import app.khabar.pipeline.ModelCodec;
import app.khabar.pipeline.PreparedSeeds;
import app.khabar.pipeline.SkippedFile;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Loads the corpus into the database: at startup, before the service reports ready, and again on every reload.
 * A load writes a new generation beside the one being served and switches to it in one step; a load that fails
 * leaves the served generation as it was.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    @Inject
    KhabarConfig config;

    @Inject
    CorpusWriter writer;

    @Inject
    ServingGeneration serving;

    @Inject
    PageResultTable pageResults;

    @Inject
    Event<CorpusLoaded> loadedEvent;

    private volatile boolean loaded;
    /** The per-page results the last load took and saved (null: it made its model without them). */
    private volatile PageResultTable.Results lastPageResults;
    /** What {@link #serving} serves, for readiness and metrics (which must not need the database or CDI). */
    private volatile long servedGeneration;
    /** Generations switched away from, oldest first, and when (System.nanoTime): deleted once retire-after passed. */
    private final Deque<long[]> retired = new ArrayDeque<>();
    private ScheduledExecutorService retirement;

    void onStart(@Observes StartupEvent event) {
        if (config.role() != KhabarConfig.Role.ALL) {
            // ingest: IngestJob runs the one load; serve: GenerationPoll follows what the database serves
            return;
        }
        // a persistent database serves what it last loaded until this load is done
        servedGeneration = writer.lastRecordedGeneration();
        serving.switchTo(servedGeneration);
        // after a restart no request reads older generations
        writer.deleteGenerationsBefore(servedGeneration);
        retirement = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "khabar-generation-retirement");
            thread.setDaemon(true);
            return thread;
        });
        if (servedGeneration > 0 && serveIfUnchanged()) {
            return;
        }
        load();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retirement != null) {
            retirement.shutdownNow();
        }
    }

    /**
     * The {@code ingest} role's one load: the database's newest generation is the one replicas serve; a new one is
     * written beside it and switched to by recording it. Generations switched away from long enough ago that no
     * replica can still be reading them (retire-after plus the replicas' poll interval) are deleted first; the
     * generation just switched away from stays until the next ingest.
     */
    public synchronized CorpusWriter.Written ingest() {
        long served = writer.lastRecordedGeneration();
        serving.switchTo(served);
        servedGeneration = served;
        writer.deleteGenerationsSwitchedAwayBefore(Instant.now()
                .minus(config.corpus().retireAfter()).minus(config.generationPoll()));
        return load();
    }

    /**
     * The {@code serve} role's switch: serve {@code recorded}, which an ingest wrote and recorded, and drop every
     * answer cached for the previous generation. Writes nothing.
     */
    public void serveRecorded(IngestionEntity recorded) {
        CorpusWriter.Written written = new CorpusWriter.Written(recorded.pagesLoaded, recorded.storiesLoaded,
                recorded.peopleLoaded, skippedOf(recorded));
        long previous = serving.current();
        serving.switchTo(recorded.generation);
        servedGeneration = recorded.generation;
        fireOutsideCallersRequest(new CorpusLoaded(recorded.generation, written, recorded.durationMs));
        LOG.infof("serving generation %d (was %d): %d pages, %d stories, %d people", recorded.generation, previous,
                written.pages(), written.stories(), written.people());
    }

    /** In the {@code serve} role: ready while the database answers, whatever generation it holds. */
    public void databaseAnswered(boolean answered) {
        loaded = answered;
    }

    private static List<SkippedFile> skippedOf(IngestionEntity recorded) {
        List<SkippedFile> skipped = new ArrayList<>();
        for (int i = 0; i < recorded.skippedFileNames.size(); i++) {
            String reason = i < recorded.skippedReasons.size() ? recorded.skippedReasons.get(i) : "";
            // the stage is not stored; only the count and the reasons are used from here on
            app.khabar.pipeline.Stage stage = app.khabar.pipeline.Stage.READING;
            for (app.khabar.pipeline.Stage candidate : app.khabar.pipeline.Stage.values()) {
                if (reason.startsWith(candidate.label() + " failed: ")) {
                    stage = candidate;
                }
            }
            skipped.add(new SkippedFile(recorded.skippedFileNames.get(i), stage, reason));
        }
        return skipped;
    }

    /**
     * Reads, extracts and stores the configured corpus as a new generation, then serves it. The packaged seeds are
     * not read: the build extracted them ({@link PreparedSeeds}), and the model it made is stored as it is.
     */
    public CorpusWriter.Written load() {
        CorpusSource source = source();
        CorpusPipeline[] pipeline = new CorpusPipeline[1];
        Supplier<CorpusPipeline> standard = () -> {
            if (pipeline[0] == null) {
                pipeline[0] = standardPipeline();
            }
            return pipeline[0];
        };
        return load(source, () -> {
            if (config.corpus().dir().isEmpty()) {
                Optional<ModelCodec.Prepared> prepared = preparedSeeds();
                if (prepared.isPresent()) {
                    ModelCodec.Header header = prepared.get().header();
                    return new Extracted(prepared.get().model(), new CorpusWriter.Provenance(
                            header.extractorVersion(), header.relatedPerStory(), header.corpusFingerprint()),
                            prepared.get().searchTexts(), null);
                }
            }
            CorpusFingerprint recording = CorpusFingerprint.recording(source);
            String extractor = ExtractorVersion.current();
            PageResultTable.Results stored = pageResults.of(extractor);
            try {
                CorpusModel model = standard.get().run(recording, stored);
                return new Extracted(model, new CorpusWriter.Provenance(extractor,
                        config.related().perStory(), recording.fingerprint()), null, stored);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the corpus in " + source.description(), e);
            }
        }, standard);
    }

    /**
     * A model to store, what it was made of and with (provenance null: made by another pipeline, never reused), the
     * search texts made with it at build time (null: made at run time), and the per-page results it reused and saved
     * (null: made without them).
     */
    private record Extracted(CorpusModel model, CorpusWriter.Provenance provenance, Map<String, String> searchTexts,
                             PageResultTable.Results pageResults) {

        boolean prepared() {
            return searchTexts != null;
        }
    }

    private Optional<ModelCodec.Prepared> preparedSeeds() {
        try {
            Optional<ModelCodec.Prepared> prepared = PreparedSeeds.load(config.related().perStory());
            if (prepared.isEmpty()) {
                LOG.infof("no prepared model of the seeds for this extractor and khabar.related.per-story=%d: "
                        + "extracting them now", config.related().perStory());
            }
            return prepared;
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "the prepared model of the seeds cannot be read: extracting them now");
            return Optional.empty();
        }
    }

    private CorpusPipeline standardPipeline() {
        return CorpusPipeline.standard(config.related().perStory());
    }

    /**
     * At startup on a persistent database: serves the generation it holds, without reading or extracting anything,
     * when that generation was made of the very files the corpus holds now (same names and content hashes), by this
     * extractor (rules and word lists) with this number of related stories. Returns whether it did.
     */
    boolean serveIfUnchanged() {
        long started = System.nanoTime();
        Optional<IngestionEntity> newest = writer.newestIngestion();
        if (newest.isEmpty() || newest.get().generation != servedGeneration) {
            return false;
        }
        IngestionEntity recorded = newest.get();
        CorpusSource source = source();
        if (recorded.corpusFingerprint == null || !ExtractorVersion.current().equals(recorded.extractorVersion)
                || recorded.relatedPerStory == null || recorded.relatedPerStory != config.related().perStory()
                || !source.description().equals(recorded.source)) {
            LOG.infof("generation %d was made from another corpus source or by another extractor: loading the corpus",
                    recorded.generation);
            return false;
        }
        String now;
        try {
            now = CorpusFingerprint.of(source);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "cannot fingerprint the corpus in %s: loading it", source.description());
            return false;
        }
        long checkedMs = (System.nanoTime() - started) / 1_000_000;
        if (!now.equals(recorded.corpusFingerprint)) {
            LOG.infof("the corpus in %s changed since generation %d (checked in %d ms): loading it",
                    source.description(), recorded.generation, checkedMs);
            return false;
        }
        LOG.infof("the corpus in %s is unchanged since generation %d (same files, extractor %s; checked in %d ms): "
                + "serving it as it is", source.description(), recorded.generation, recorded.extractorVersion,
                checkedMs);
        serveRecorded(recorded);
        loaded = true;
        return true;
    }

    /** Reads, extracts and stores the corpus of {@code source} as a new generation, then serves it. */
    public CorpusWriter.Written load(CorpusSource source) {
        return load(source, standardPipeline());
    }

    /**
     * Loads {@code source} through {@code pipeline}. Throws if the corpus cannot be listed or the database refuses
     * the generation as a whole; the served generation is then unchanged.
     */
    public CorpusWriter.Written load(CorpusSource source, CorpusPipeline pipeline) {
        return load(source, () -> {
            try {
                return new Extracted(pipeline.run(source), null, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the corpus in " + source.description(), e);
            }
        }, () -> pipeline);
    }

    /**
     * Stores the model {@code extract} makes of {@code source} as a new generation and serves it; {@code pipeline}
     * is only asked for when the database refuses pages and the model must be made again without them.
     */
    private synchronized CorpusWriter.Written load(CorpusSource source, Supplier<Extracted> extract,
                                                   Supplier<CorpusPipeline> pipelineIfNeeded) {
        long started = System.nanoTime();
        Extracted extracted = extract.get();
        CorpusModel model = extracted.model();
        long extractedMs = (System.nanoTime() - started) / 1_000_000;
        CorpusWriter.Provenance provenance = extracted.provenance();
        long previous = serving.current();
        writer.deleteGenerationsAfter(previous);
        deleteRetiredGenerations();
        long generation = writer.lastRecordedGeneration() + 1;
        Map<String, String> searchTexts = extracted.prepared() ? extracted.searchTexts() : Map.of();
        CorpusWriter.Attempt attempt = writer.writeGeneration(model, generation, searchTexts);
        while (!attempt.notStored().isEmpty()) {
            // pages the database refused: the model is made again without them (people, relations and orders
            // must not count them) and the generation written anew
            model = withoutPages(pipelineIfNeeded.get(), model, attempt.notStored());
            // not the model of the files: a restart must try the refused pages again
            provenance = null;
            writer.deleteGenerationsAfter(previous);
            attempt = writer.writeGeneration(model, generation, searchTexts);
        }
        CorpusWriter.Written written = new CorpusWriter.Written(attempt.pages(), attempt.stories(), attempt.people(),
                model.skipped());
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        writer.recordIngestion(generation, source.description(), written, durationMs, provenance);
        serving.switchTo(generation);
        servedGeneration = generation;
        // observers (cache, metrics, warm-up) run before the service reports ready
        fireOutsideCallersRequest(new CorpusLoaded(generation, written, durationMs));
        loaded = true;
        retire(previous);
        for (SkippedFile skipped : written.skipped()) {
            LOG.warnf("skipped corpus file %s: %s", skipped.fileName(), skipped.reason());
        }
        if (written.pages() == 0) {
            LOG.warnf("the corpus in %s holds no loadable page: the service serves an empty corpus",
                    source.description());
        }
        LOG.infof("loaded %d pages, %d stories, %d people from %s in %d ms (%d files skipped); serving generation %d"
                        + " (model %s %d ms, storing %d ms)",
                written.pages(), written.stories(), written.people(), source.description(), durationMs,
                written.skipped().size(), generation,
                extracted.prepared() ? "prepared at build time, read in" : "made in", extractedMs, durationMs - extractedMs);
        lastPageResults = extracted.pageResults();
        if (extracted.pageResults() != null) {
            keepPageResultsOf(model, extracted.pageResults());
        }
        return written;
    }

    /** After a load: the stored per-page results are those of the pages it loaded, by this extractor. */
    private void keepPageResultsOf(CorpusModel model, PageResultTable.Results used) {
        Set<String> loaded = new HashSet<>();
        model.pages().forEach(keyed -> loaded.add(keyed.page().contentHash()));
        int deleted = used.keepOnly(loaded);
        LOG.infof("per-page results: %d pages taken from earlier loads, %d read and recognised and kept for later"
                + " loads, %d results of files no longer loaded (or of another extractor) deleted", used.found(),
                used.saved(), deleted);
    }

    private static CorpusModel withoutPages(CorpusPipeline pipeline, CorpusModel model, List<SkippedFile> notStored) {
        Set<String> refused = new HashSet<>();
        notStored.forEach(s -> refused.add(s.fileName()));
        List<KeyedPage> pages = model.pages().stream().filter(p -> !refused.contains(p.page().fileName())).toList();
        List<SkippedFile> skipped = new ArrayList<>(model.skipped());
        skipped.addAll(notStored);
        return pipeline.model(pages, skipped);
    }

    /**
     * The warm-up queries must read the generation just loaded: in a caller's active request context (a test, an
     * endpoint) they would read the generation that context pinned earlier.
     */
    private void fireOutsideCallersRequest(CorpusLoaded loaded) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            loadedEvent.fire(loaded);
            return;
        }
        InjectableContext.ContextState callers = requestContext.getState();
        requestContext.deactivate();
        try {
            loadedEvent.fire(loaded);
        } finally {
            requestContext.activate(callers);
        }
    }

    /** The previous generation's rows stay for retire-after, so requests that started on it finish on it. */
    private void retire(long previous) {
        retired.addLast(new long[] {previous, System.nanoTime()});
        Duration after = config.corpus().retireAfter();
        if (retirement != null) {
            retirement.schedule(this::deleteRetiredGenerationsLogged, after.toMillis() + 100, TimeUnit.MILLISECONDS);
        }
    }

    /** Deletes the generations whose retire-after has passed (under the load lock: never while one is written). */
    private synchronized void deleteRetiredGenerations() {
        long due = System.nanoTime() - config.corpus().retireAfter().toNanos();
        long newestDue = -1;
        while (!retired.isEmpty() && retired.peekFirst()[1] <= due) {
            newestDue = retired.pollFirst()[0];
        }
        if (newestDue >= 0) {
            writer.deleteGenerationsBefore(newestDue + 1);
        }
    }

    private void deleteRetiredGenerationsLogged() {
        try {
            deleteRetiredGenerations();
        } catch (RuntimeException e) {
            // the next load tries again
            LOG.warnf(e, "could not delete retired corpus generations");
        }
    }

    private CorpusSource source() {
        return config.corpus().dir()
                .<CorpusSource>map(dir -> new DirectoryCorpusSource(dir, config.corpus().maxFileBytes()))
                .orElseGet(ClasspathCorpusSource::new);
    }

    /** The generation being served; bumped by every load, also across restarts on a persistent database. */
    public long generation() {
        return servedGeneration;
    }

    /** What the last load took from and saved to the per-page results (null: none were used). */
    PageResultTable.Results lastPageResults() {
        return lastPageResults;
    }

    public boolean isLoaded() {
        return loaded;
    }
}

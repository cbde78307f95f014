package app.khabar.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Reloads the corpus when its folder changes ({@code khabar.corpus.reload-check}): every interval it compares the
 * names, sizes and modification times of the folder's {@code *.txt} files with what the last check saw. A reload
 * that fails is logged and the served generation stays.
 */
@ApplicationScoped
public class CorpusFolderWatch {

    private static final Logger LOG = Logger.getLogger(CorpusFolderWatch.class);

    @Inject
    KhabarConfig config;

    @Inject
    CorpusLoader loader;

    private ScheduledExecutorService scheduler;
    private Path folder;
    private String lastSeen;

    /** Before the startup load (observers of lower priority run first), so a change made during it is seen. */
    void start(@Observes @Priority(2000) StartupEvent event) {
        Optional<Path> dir = config.corpus().dir();
        Optional<Duration> every = config.corpus().reloadCheck();
        if (config.role() != KhabarConfig.Role.ALL || dir.isEmpty() || every.isEmpty() || every.get().isZero() || every.get().isNegative()) {
            return;
        }
        folder = dir.get();
        lastSeen = fingerprint();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "khabar-corpus-watch");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.get().toMillis();
        scheduler.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("reloading the corpus whenever %s changes (checked every %s)", folder, every.get());
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void check() {
        String now = fingerprint();
        if (now.equals(lastSeen)) {
            return;
        }
        lastSeen = now;
        long serving = loader.generation();
        try {
            loader.load();
        } catch (RuntimeException e) {
            // an exception out of a scheduled task would end the schedule: log it and keep watching
            LOG.errorf(e, "reloading the corpus from %s failed; generation %d is still served", folder, serving);
        }
    }

    /** Name, size and modification time of every corpus file; a folder that cannot be listed has its own value. */
    private String fingerprint() {
        TreeMap<String, String> files = new TreeMap<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path file : listing) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    files.put(file.getFileName().toString(), attributes.size() + "@" + attributes.lastModifiedTime());
                } catch (IOException e) {
                    files.put(file.getFileName().toString(), "unreadable");
                }
            }
        } catch (IOException | RuntimeException e) {
            return "cannot list: " + e;
        }
        return files.toString();
    }
}

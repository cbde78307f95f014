package app.khabar.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Khabar's own settings ({@code khabar.*}, or {@code KHABAR_*} environment variables). */
@ConfigMapping(prefix = "khabar")
public interface KhabarConfig {

    /** What this process does with the corpus; see {@link Role}. */
    @WithDefault("all")
    Role role();

    /** In the {@code serve} role: how often to look in the database for a newer corpus generation. */
    @WithDefault("2s")
    Duration generationPoll();

    enum Role {
        /** Loads the corpus at startup (and on reload-check), then serves it: one process, the default. */
        ALL,
        /** Loads the corpus into the database as a new generation, switches to it, reports and exits. */
        INGEST,
        /**
         * Never writes: serves the newest generation the database holds and switches (dropping its answer caches)
         * when an ingest records a newer one. Ready as soon as the database answers.
         */
        SERVE
    }

    Corpus corpus();

    Related related();

    Index index();

    WarmUp warmUp();

    interface WarmUp {
        /**
         * How long a load (and so readiness) waits for the common queries to run once on the new generation; the
         * rest of the warm-up goes on in the background. 0: no warm-up.
         */
        @WithDefault("200ms")
        Duration budget();
    }

    interface Corpus {
        /** Folder whose {@code *.txt} files are the corpus; the packaged seeds when unset. */
        Optional<Path> dir();

        /** Larger files are skipped with the reason, so one huge file cannot exhaust memory. */
        @WithDefault("10485760")
        long maxFileBytes();

        /**
         * How often to look for added, changed or removed files in {@link #dir()} and reload the corpus when there
         * are any; unset: never (the corpus is loaded once, at startup).
         */
        Optional<Duration> reloadCheck();

        /**
         * How long a generation's rows are kept after a load switched away from it, so requests that started on it
         * finish on it.
         */
        @WithDefault("30s")
        Duration retireAfter();
    }

    interface Related {
        /** Related stories stored per story. */
        @WithDefault("10")
        int perStory();
    }

    interface Index {
        /**
         * A generation of at most this many stories is also held in memory, for the reads of the GraphQL API
         * ({@link GraphIndex}); a larger one is read from the database only. 0 switches the index off.
         */
        @WithDefault("20000")
        int maxStories();
    }
}

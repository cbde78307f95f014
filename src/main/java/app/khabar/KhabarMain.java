package app.khabar;

import org.jboss.logging.Logger;

import app.khabar.pipeline.SkippedFile;
import app.khabar.store.CorpusLoader;
import app.khabar.store.CorpusWriter;
import app.khabar.store.KhabarConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * Serves until stopped, except in the {@code ingest} role ({@code khabar.role=ingest}): then it loads the corpus
 * into the database once, logs a report and exits (status 0, or 1 when the load failed as a whole).
 */
@QuarkusMain
public class KhabarMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(KhabarMain.class);

    @Inject
    KhabarConfig config;

    @Inject
    CorpusLoader loader;

    @Override
    public int run(String... args) {
        if (config.role() != KhabarConfig.Role.INGEST) {
            Quarkus.waitForExit();
            return 0;
        }
        try {
            CorpusWriter.Written written = loader.ingest();
            StringBuilder report = new StringBuilder();
            report.append("ingest report: generation ").append(loader.generation()).append(" recorded and switched to; ")
                    .append(written.pages()).append(" pages, ").append(written.stories()).append(" stories, ")
                    .append(written.people()).append(" people; ").append(written.skipped().size())
                    .append(" files skipped");
            for (SkippedFile skipped : written.skipped()) {
                report.append("\n  skipped ").append(skipped.fileName()).append(": ").append(skipped.reason());
            }
            LOG.info(report);
            return 0;
        } catch (RuntimeException e) {
            LOG.error("ingest failed; the database serves the generation it served before", e);
            return 1;
        }
    }
}

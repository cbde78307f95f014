package app.khabar.store;

import org.jboss.logging.Logger;

import app.khabar.pipeline.SkippedFile;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The {@code ingest} role ({@code khabar.role=ingest}): at startup, loads the corpus into the database once, logs a
 * report and exits (status 0, or 1 when the load failed as a whole). No custom main: a custom {@code @QuarkusMain}
 * cannot run under {@code quarkus.init-and-exit}, which the migration Job that quarkus-kubernetes generates uses.
 */
@ApplicationScoped
public class IngestJob {

    private static final Logger LOG = Logger.getLogger(IngestJob.class);

    @Inject
    KhabarConfig config;

    @Inject
    CorpusLoader loader;

    void run(@Observes StartupEvent event) {
        if (config.role() != KhabarConfig.Role.INGEST) {
            return;
        }
        int status;
        try {
            CorpusWriter.Written written = loader.ingest();
            StringBuilder report = new StringBuilder();
            report.append("ingest report: generation ").append(loader.generation())
                    .append(" recorded and switched to; ").append(written.pages()).append(" pages, ")
                    .append(written.stories()).append(" stories, ").append(written.people()).append(" people; ")
                    .append(written.skipped().size()).append(" files skipped");
            for (SkippedFile skipped : written.skipped()) {
                report.append("\n  skipped ").append(skipped.fileName()).append(": ").append(skipped.reason());
            }
            LOG.info(report);
            status = 0;
        } catch (RuntimeException e) {
            LOG.error("ingest failed; the database serves the generation it served before", e);
            status = 1;
        }
        // exits once startup is complete
        Quarkus.asyncExit(status);
    }
}

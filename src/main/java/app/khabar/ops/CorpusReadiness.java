package app.khabar.ops;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import app.khabar.store.CorpusLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only once the corpus is in the database: before that every query would answer from an empty corpus. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    @Inject
    CorpusLoader loader;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("corpus")
                .status(loader.isLoaded())
                .withData("generation", loader.generation())
                .build();
    }
}

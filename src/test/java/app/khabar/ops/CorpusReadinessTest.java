package app.khabar.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import app.khabar.store.CorpusLoader;

/** Before the corpus is loaded the service is not ready: every answer would come from an empty database. */
class CorpusReadinessTest {

    @Test
    void downUntilTheCorpusIsLoaded() {
        CorpusReadiness readiness = new CorpusReadiness();
        readiness.loader = new CorpusLoader();
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }
}

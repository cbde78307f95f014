package app.khabar.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The generation one request reads, fixed at its first read: every resolver of a GraphQL request sees the same
 * corpus even when a reload switches generations in the middle of it.
 */
@RequestScoped
public class RequestGeneration {

    private static final long NONE = -1;

    @Inject
    ServingGeneration serving;

    private long generation = NONE;

    synchronized long generation() {
        if (generation == NONE) {
            generation = serving.acquire();
        }
        return generation;
    }

    @PreDestroy
    synchronized void release() {
        if (generation != NONE) {
            serving.release(generation);
            generation = NONE;
        }
    }
}

package app.khabar.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The generation one request reads, fixed at its first read: every resolver of a GraphQL request sees the same
 * corpus even when a reload switches generations in the middle of it. The loader keeps a generation's rows for
 * {@code khabar.corpus.retire-after} after switching away from it, so requests that started on it can finish.
 */
@RequestScoped
public class RequestGeneration {

    private static final long NONE = -1;

    @Inject
    ServingGeneration serving;

    private long generation = NONE;

    synchronized long generation() {
        if (generation == NONE) {
            generation = serving.current();
        }
        return generation;
    }
}

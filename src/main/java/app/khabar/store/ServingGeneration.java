package app.khabar.store;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which corpus generation the API serves, and which generations requests are still reading. A load writes a new
 * generation beside the served one, switches to it in one step, and deletes the old rows only once no request reads
 * them any more: a request sees one whole generation from its first read to its last.
 */
@ApplicationScoped
public class ServingGeneration {

    private final AtomicLong served = new AtomicLong();
    /** Generation → requests reading it. */
    private final ConcurrentHashMap<Long, Integer> readers = new ConcurrentHashMap<>();

    public long current() {
        return served.get();
    }

    void switchTo(long generation) {
        served.set(generation);
    }

    /** The served generation, held for the caller until {@link #release}: its rows are not deleted meanwhile. */
    long acquire() {
        while (true) {
            long generation = served.get();
            readers.merge(generation, 1, Integer::sum);
            // the switch may have happened between reading and registering: the loader may not have seen us
            if (served.get() == generation) {
                return generation;
            }
            release(generation);
        }
    }

    void release(long generation) {
        readers.computeIfPresent(generation, (g, count) -> count == 1 ? null : count - 1);
    }

    /** Waits until no request reads a generation other than the served one; false if {@code timeout} ran out. */
    boolean awaitOnlyServedRead(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readers.keySet().stream().anyMatch(g -> g != served.get())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}

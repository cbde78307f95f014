package app.khabar.store;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which corpus generation the API serves. A load writes a new generation beside the served one and switches to it
 * here, in one step; requests read the generation served at their first read ({@link RequestGeneration}).
 */
@ApplicationScoped
public class ServingGeneration {

    private final AtomicLong served = new AtomicLong();

    public long current() {
        return served.get();
    }

    void switchTo(long generation) {
        served.set(generation);
    }
}

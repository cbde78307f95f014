package app.khabar.store;

/** CDI event fired after every corpus load: caches invalidate on it, metrics record it. */
public record CorpusLoaded(long generation, CorpusWriter.Written written, long durationMs) {
}

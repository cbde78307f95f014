package app.khabar.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The answer cache and persisted queries ({@code khabar.cache.*}, env {@code KHABAR_CACHE_ENABLED}...). */
@ConfigMapping(prefix = "khabar.cache")
public interface CacheConfig {

    /** Whole answers are cached per corpus generation. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Most bytes of answers (and their keys) the answer cache holds; least recently used evicted first. A full cache is
     * live heap the shipped settings keep resident (README "Memory"), hence 16 MiB rather than 32.
     */
    @WithDefault("16777216")
    long maxBytes();

    /** Most bytes of documents the automatic-persisted-query store holds. */
    @WithDefault("8388608")
    long persistedQueriesMaxBytes();

    /** max-age of the Cache-Control header on GET answers. */
    @WithDefault("60")
    int maxAgeSeconds();
}

package app.khabar.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The answer cache ({@code khabar.cache.*}, env {@code KHABAR_CACHE_ENABLED}...). */
@ConfigMapping(prefix = "khabar.cache")
public interface CacheConfig {

    /** Whole answers are cached per corpus generation. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("2000")
    int maxEntries();

    /** max-age of the Cache-Control header on GET answers. */
    @WithDefault("60")
    int maxAgeSeconds();
}

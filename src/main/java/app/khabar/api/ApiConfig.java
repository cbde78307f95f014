package app.khabar.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and caching of the GraphQL endpoint ({@code khabar.graphql.*}, {@code khabar.cache.*}). */
@ConfigMapping(prefix = "khabar.graphql")
public interface ApiConfig {

    /** Deepest selection nesting accepted; GraphiQL's introspection query needs 15. */
    @WithDefault("20")
    int maxDepth();

    /** Most fields a query may return, counting list items ('first') as GitHub does. */
    @WithDefault("25000")
    long maxCost();

    /** Parser token limit: huge documents are refused before they are parsed in full. */
    @WithDefault("15000")
    int maxTokens();

    /** Largest request body (and query document) accepted, in bytes. */
    @WithDefault("102400")
    int maxRequestBytes();

    /**
     * Khabar's additions to the engine ({@link EngineExtensions}: limits, error codes, document cache, plain- and
     * batched-field fetchers); SmallRye reads it at startup. Leave it on: without it the limits do not apply.
     */
    @WithDefault("true")
    boolean engineExtensions();

    /** Estimated bytes of parsed query documents kept with their validation outcome ({@link DocumentCache}). */
    @WithDefault("8388608")
    long documentCacheBytes();

    /** Plain fields read straight from their getters ({@link PlainFieldFetchers}); read at startup. */
    @WithDefault("true")
    boolean plainFieldFetchers();

    /** Batched fields fetched through Khabar's own DataLoaders ({@link SourceBatchFetchers}); read at startup. */
    @WithDefault("true")
    boolean batchFetchers();
}

package app.khabar.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Khabar's additions to the GraphQL engine, through SmallRye's {@link EventingService} SPI and graphql-java's public
 * builder: depth and cost limits ({@link QueryLimits}), error codes ({@link EngineErrors}), the preparsed-document
 * cache ({@link DocumentCache}, in place of SmallRye's) and the fast paths for plain fields
 * ({@link PlainFieldFetchers}) and batched fields ({@link SourceBatchFetchers}).
 * The instrumentation SmallRye already set on the builder is kept: it is read back through
 * {@link GraphQL#getInstrumentation()} of a throw-away build, then chained with Khabar's, which are one
 * ({@link KhabarInstrumentation}): a chain calls each of its members on every field.
 * Registered through {@code META-INF/services}; SmallRye enables it when {@code khabar.graphql.engine-extensions}
 * is true.
 */
public class EngineExtensions implements EventingService {

    /** Fields resolved by a {@code @Source} method, as "Type.field": never read from a getter. */
    private final java.util.Set<String> resolvedFields = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public String getConfigKey() {
        return "khabar.graphql.engine-extensions";
    }

    @Override
    public Operation createOperation(Operation operation) {
        if (operation.isSourceField() && operation.getSourceFieldOn() != null) {
            resolvedFields.add(operation.getSourceFieldOn().getName() + "." + operation.getName());
        }
        return operation;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        GraphQL engine = builder.build();
        List<Instrumentation> chain = new ArrayList<>();
        if (engine.getInstrumentation() != null) {
            chain.add(engine.getInstrumentation());
        }
        QueryLimits limits = new QueryLimits(config.getOptionalValue("khabar.graphql.max-depth", Integer.class).orElse(20),
                config.getOptionalValue("khabar.graphql.max-cost", Long.class).orElse(25_000L));
        PlainFieldFetchers.setEnabled(config.getOptionalValue("khabar.graphql.plain-field-fetchers", Boolean.class)
                .orElse(true));
        SourceBatchFetchers.setEnabled(config.getOptionalValue("khabar.graphql.batch-fetchers", Boolean.class)
                .orElse(true));
        chain.add(new KhabarInstrumentation(new StrictVariables(), limits.instrumentations(), new EngineErrors(),
                new PlainFieldFetchers(resolvedFields), new SourceBatchFetchers(resolvedFields)));
        long documentCacheBytes = config.getOptionalValue("khabar.graphql.document-cache-bytes", Long.class)
                .orElse(32L * 1024 * 1024);
        return builder.instrumentation(new ChainedInstrumentation(chain))
                .preparsedDocumentProvider(new DocumentCache(documentCacheBytes));
    }
}

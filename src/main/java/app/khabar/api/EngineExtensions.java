package app.khabar.api;

import static graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Khabar's additions to the GraphQL engine, through SmallRye's {@link EventingService} SPI and graphql-java's public
 * builder: depth and cost limits ({@link QueryLimits}), error codes ({@link EngineErrors}), the preparsed-document
 * cache ({@link DocumentCache}, in place of SmallRye's) and the fast paths for plain fields
 * ({@link PlainFieldFetchers}) and batched fields ({@link SourceBatchFetchers}).
 * The instrumentation SmallRye already set on the builder is kept: it is read back through
 * {@link GraphQL#getInstrumentation()} of a throw-away build, then chained with Khabar's, which are one
 * ({@link KhabarInstrumentation}): a chain calls each of its members on every field. SmallRye's own chain is
 * flattened into Khabar's for the same reason. Where the operator leaves SmallRye's field visibility at its default,
 * the engine gets graphql-java's default visibility, which blocks nothing without testing a pattern on every field
 * ({@code FieldVisibilityTest} shows an operator's setting still applies).
 * Registered through {@code META-INF/services}; SmallRye enables it when {@code khabar.graphql.engine-extensions}
 * is true.
 */
public class EngineExtensions implements EventingService {

    /** Quarkus's setting for SmallRye's field visibility, and its default value. */
    private static final String FIELD_VISIBILITY = "quarkus.smallrye-graphql.field-visibility";
    private static final String FIELD_VISIBILITY_DEFAULT = "default";

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
        if (engine.getInstrumentation() instanceof ChainedInstrumentation smallRyes) {
            chain.addAll(smallRyes.getInstrumentations()); // one chain, not a chain in a chain, on every field
        } else if (engine.getInstrumentation() != null) {
            chain.add(engine.getInstrumentation());
        }
        QueryLimits limits = new QueryLimits(config.getOptionalValue("khabar.graphql.max-depth", Integer.class).orElse(20),
                config.getOptionalValue("khabar.graphql.max-cost", Long.class).orElse(25_000L));
        PlainFieldFetchers.setEnabled(config.getOptionalValue("khabar.graphql.plain-field-fetchers", Boolean.class)
                .orElse(true));
        SourceBatchFetchers.setEnabled(config.getOptionalValue("khabar.graphql.batch-fetchers", Boolean.class)
                .orElse(true));
        chain.add(new KhabarInstrumentation(new StrictVariables(), limits.instrumentations(), new EngineErrors()));
        long documentCacheBytes = config.getOptionalValue("khabar.graphql.document-cache-bytes", Long.class)
                .orElse(32L * 1024 * 1024);
        builder.instrumentation(new ChainedInstrumentation(chain))
                .preparsedDocumentProvider(new DocumentCache(documentCacheBytes));
        boolean defaultVisibility = FIELD_VISIBILITY_DEFAULT.equals(config.getOptionalValue(FIELD_VISIBILITY,
                String.class).orElse(FIELD_VISIBILITY_DEFAULT));
        GraphQLSchema schema = engine.getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(codes -> {
            fastFetchers(schema, codes);
            if (defaultVisibility) {
                // SmallRye turns its default setting into a block list with the one pattern "default", which every
                // field lookup then tests; nothing is blocked, so graphql-java's own default visibility is the same
                codes.fieldVisibility(DEFAULT_FIELD_VISIBILITY);
            }
        });
        return builder.schema(schema.transformWithoutTypes(types -> types.codeRegistry(registry)));
    }

    /**
     * Puts the fast fetchers in the code registry, once: an instrumentation would have to be asked on every field,
     * and graphql-java builds a field's whole fetching environment before it can tell which field it is.
     */
    private void fastFetchers(GraphQLSchema schema, GraphQLCodeRegistry.Builder codes) {
        PlainFieldFetchers plainFields = new PlainFieldFetchers(resolvedFields);
        SourceBatchFetchers batchFields = new SourceBatchFetchers(resolvedFields);
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object)) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                DataFetcher<?> engineFetcher = registry.getDataFetcher(object, field);
                DataFetcher<?> fast = batchFields.fetcherFor(object.getName(), field, engineFetcher);
                if (fast == null) {
                    fast = plainFields.fetcherFor(object.getName(), field, engineFetcher);
                }
                if (fast != null) {
                    codes.dataFetcher(FieldCoordinates.coordinates(object, field), fast);
                }
            }
        }
    }
}

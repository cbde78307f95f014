package app.khabar.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Plain fields of the API's own types (a title, an id, a nested object) read straight from their getter. SmallRye's
 * field fetcher prepares a context for every field, selection set included, which is most of the cost of a large
 * answer; these fields need none of it. Resolvers (fields with arguments or batched) and introspection keep their
 * usual fetchers.
 * Registered through {@code META-INF/services} and switched by {@code khabar.graphql.plain-field-fetchers}.
 */
@RegisterForReflection(targets = GraphQL.Builder.class, fields = true)
public class PlainFieldFetchers implements EventingService {

    private static final String SMALLRYE_FIELD_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";
    /** Scalars whose value needs no formatting beyond the scalar's own coercion (a Date is a LocalDate). */
    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Int", "Float", "Boolean", "Date");

    @Override
    public String getConfigKey() {
        return "khabar.graphql.plain-field-fetchers";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation existing = existingInstrumentation(builder);
        Instrumentation plain = new PlainFieldInstrumentation();
        return builder.instrumentation(existing == null ? plain : new ChainedInstrumentation(List.of(existing, plain)));
    }

    /** The builder has no getter for what SmallRye already set (its query cache among them): keep it. */
    private static Instrumentation existingInstrumentation(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("graphql-java's GraphQL.Builder changed: cannot keep its instrumentation", e);
        }
    }

    static final class PlainFieldInstrumentation implements Instrumentation {

        private final Map<GraphQLFieldDefinition, Boolean> plainFields = new ConcurrentHashMap<>();

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                    InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            if (!dataFetcher.getClass().getName().equals(SMALLRYE_FIELD_FETCHER)) {
                return dataFetcher;
            }
            GraphQLFieldDefinition field = parameters.getField();
            return plainFields.computeIfAbsent(field, f -> f.getArguments().isEmpty() && isPlain(f.getType()))
                    ? new GetterFetcher(field.getName())
                    : dataFetcher;
        }

        private static boolean isPlain(GraphQLType type) {
            if (type instanceof GraphQLNonNull nonNull) {
                return isPlain(nonNull.getWrappedType());
            }
            if (type instanceof GraphQLList list) {
                return isPlain(list.getWrappedType());
            }
            if (type instanceof GraphQLScalarType scalar) {
                return PLAIN_SCALARS.contains(scalar.getName());
            }
            return type instanceof GraphQLObjectType || type instanceof GraphQLEnumType;
        }
    }

    /** Calls {@code getX()} or {@code isX()} of the source object. */
    static final class GetterFetcher implements LightDataFetcher<Object> {

        private static final Map<Class<?>, Map<String, MethodHandle>> GETTERS = new ConcurrentHashMap<>();
        private final String name;

        GetterFetcher(String name) {
            this.name = name;
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            try {
                return getter(source.getClass(), name).invoke(source);
            } catch (Throwable e) {
                throw e instanceof Exception exception ? exception : new IllegalStateException(e);
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        private static MethodHandle getter(Class<?> type, String name) {
            return GETTERS.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> {
                String suffix = Character.toUpperCase(n.charAt(0)) + n.substring(1);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                for (String prefix : new String[] {"get", "is"}) {
                    try {
                        return lookup.unreflect(type.getMethod(prefix + suffix))
                                .asType(MethodType.methodType(Object.class, Object.class));
                    } catch (NoSuchMethodException | IllegalAccessException e) {
                        // try the next form
                    }
                }
                throw new IllegalStateException("no getter for field " + n + " of " + type.getName());
            });
        }
    }
}

package app.khabar.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

/**
 * Plain fields of the API's own types (a title, an id, a nested object) read straight from their public getter,
 * through graphql-java's public {@link LightDataFetcher}. SmallRye's field fetcher prepares a context for every
 * field, selection set included, which is most of the cost of a large answer; these fields need none of it.
 * A field is plain when it takes no arguments, is not resolved by a {@code @Source} method, has a scalar, enum or
 * object type, and its source object has a public getter for it; anything else keeps the engine's fetcher.
 * Switched by {@code khabar.graphql.plain-field-fetchers}; {@code FastPathsTest} shows answers are the
 * same either way.
 */
final class PlainFieldFetchers {

    /** Scalars whose value needs no formatting beyond the scalar's own coercion (a Date is a LocalDate). */
    private static final Set<String> PLAIN_SCALARS = Set.of("String", "ID", "Int", "Float", "Boolean", "Date");
    private static volatile boolean enabled = true;
    /** Field definitions found plain so far (once each, off the hot path): shows the fast path is in use. */
    private static final java.util.concurrent.atomic.AtomicInteger PLAIN_FOUND = new java.util.concurrent.atomic.AtomicInteger();

    private final Set<String> resolvedFields;

    PlainFieldFetchers(Set<String> resolvedFields) {
        this.resolvedFields = resolvedFields;
    }

    static void setEnabled(boolean on) {
        enabled = on;
    }

    static boolean enabled() {
        return enabled;
    }

    static int plainFieldsFound() {
        return PLAIN_FOUND.get();
    }

    /**
     * The getter fetcher of this field when it is plain, else null. Built once, when the engine is; while the fast
     * paths are switched off it calls the engine's own fetcher.
     */
    DataFetcher<?> fetcherFor(String parentType, GraphQLFieldDefinition field, DataFetcher<?> engineFetcher) {
        boolean plain = !parentType.equals("Query") && !parentType.startsWith("__") && !field.getName().startsWith("__")
                && field.getArguments().isEmpty() && !resolvedFields.contains(parentType + "." + field.getName())
                && isPlain(field.getType());
        if (!plain) {
            return null;
        }
        PLAIN_FOUND.incrementAndGet();
        return new GetterFetcher(field.getName(), engineFetcher);
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

    /** Calls {@code getX()} or {@code isX()} of the source object, or the engine's fetcher when it has neither. */
    static final class GetterFetcher implements LightDataFetcher<Object> {

        private static final Map<Class<?>, Map<String, Optional<MethodHandle>>> GETTERS = new ConcurrentHashMap<>();
        private final String name;
        private final DataFetcher<?> fallback;
        /** The getter for the source class seen last: a field's values are nearly always of one class. */
        private volatile SourceGetter last;

        private record SourceGetter(Class<?> type, Optional<MethodHandle> getter) {
        }

        GetterFetcher(String name, DataFetcher<?> fallback) {
            this.name = name;
            this.fallback = fallback;
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            Optional<MethodHandle> getter = source == null || !enabled ? Optional.empty() : getter(source.getClass());
            if (getter.isEmpty()) {
                return fallback instanceof LightDataFetcher<?> light ? light.get(field, source, environment)
                        : fallback.get(environment.get());
            }
            try {
                return getter.get().invoke(source);
            } catch (Throwable e) {
                throw e instanceof Exception exception ? exception : new IllegalStateException(e);
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        private Optional<MethodHandle> getter(Class<?> type) {
            SourceGetter seen = last;
            if (seen == null || seen.type() != type) {
                seen = new SourceGetter(type, getter(type, name));
                last = seen;
            }
            return seen.getter();
        }

        private static Optional<MethodHandle> getter(Class<?> type, String name) {
            return GETTERS.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> {
                String suffix = Character.toUpperCase(n.charAt(0)) + n.substring(1);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                for (String prefix : new String[] {"get", "is"}) {
                    try {
                        return Optional.of(lookup.unreflect(type.getMethod(prefix + suffix))
                                .asType(MethodType.methodType(Object.class, Object.class)));
                    } catch (NoSuchMethodException | IllegalAccessException e) {
                        // try the next form
                    }
                }
                return Optional.empty();
            });
        }
    }
}

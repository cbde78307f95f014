package app.khabar.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

/**
 * The batched fields of {@link KhabarGraph} (those taking {@code @Source List<…>}) fetched through graphql-java's
 * public DataLoader API, each parent's value from one call of the same method for the whole level: the batching
 * SmallRye does, without the context SmallRye builds for every parent of such a field (its selection set written
 * out as JSON, twice), which it needs for {@code Context} injection and Khabar does not use. One loader per field
 * and argument values, per request, in the request's own DataLoader registry, so graphql-java dispatches it level by
 * level with SmallRye's. Only fields whose other arguments are plain {@code Integer} or {@code String} values are
 * taken; the rest keep SmallRye's fetcher. Switched by {@code khabar.graphql.batch-fetchers};
 * {@code FastPathsTest} shows answers are the same either way.
 */
final class SourceBatchFetchers {

    private static volatile boolean enabled = true;
    private static final DataLoaderOptions NO_CACHE = DataLoaderOptions.newOptions().setCachingEnabled(false).build();

    /** "Type.field" to the method that resolves it for a list of parents. */
    private final Map<String, BatchMethod> methods;
    private volatile Bound graph;

    /** A {@code @Source List} method: its handle, and per parameter the argument name (null for the parents). */
    private record BatchMethod(String key, MethodHandle handle, String[] arguments) {
    }

    /** @param resolvedFields the source fields SmallRye found, as "Type.field": only those are taken */
    SourceBatchFetchers(Set<String> resolvedFields) {
        this.methods = find(resolvedFields);
    }

    private static Map<String, BatchMethod> find(Set<String> resolvedFields) {
        Map<String, BatchMethod> methods = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Method method : KhabarGraph.class.getMethods()) {
            if (method.getDeclaringClass() != KhabarGraph.class || !List.class.equals(method.getReturnType())) {
                continue;
            }
            Parameter[] parameters = method.getParameters();
            String[] arguments = new String[parameters.length];
            String parentType = null;
            boolean plain = true;
            for (int i = 0; i < parameters.length; i++) {
                Parameter parameter = parameters[i];
                if (parameter.isAnnotationPresent(Source.class)) {
                    parentType = listElementTypeName(parameter);
                } else if (parameter.getType() == Integer.class || parameter.getType() == String.class) {
                    arguments[i] = parameter.getName();
                } else {
                    plain = false;
                }
            }
            String key = parentType + "." + method.getName();
            if (parentType == null || !plain || !resolvedFields.contains(key)) {
                continue;
            }
            try {
                methods.put(key, new BatchMethod(key, lookup.unreflect(method), arguments));
            } catch (IllegalAccessException e) {
                // not public: SmallRye's fetcher stays
            }
        }
        return methods;
    }

    static void setEnabled(boolean on) {
        enabled = on;
    }

    /** The GraphQL name of the element type of a {@code List<X>} parameter, or null when it is not one. */
    private static String listElementTypeName(Parameter parameter) {
        if (!(parameter.getParameterizedType() instanceof ParameterizedType list)
                || !(list.getActualTypeArguments()[0] instanceof Class<?> element)) {
            return null;
        }
        Type type = element.getAnnotation(Type.class);
        return type != null && !type.value().isEmpty() ? type.value() : element.getSimpleName();
    }

    /**
     * The batch fetcher of this field, or null when it is not one of {@link KhabarGraph}'s batched fields. Built
     * once, when the engine is; while the fast paths are switched off it calls the engine's own fetcher.
     */
    DataFetcher<?> fetcherFor(String parentType, GraphQLFieldDefinition field, DataFetcher<?> engineFetcher) {
        BatchMethod method = methods.get(parentType + "." + field.getName());
        if (method == null) {
            return null;
        }
        return environment -> enabled ? load(method, environment) : engineFetcher.get(environment);
    }

    private CompletableFuture<Object> load(BatchMethod method, DataFetchingEnvironment environment) {
        Map<String, Object> arguments = environment.getArguments();
        String name = "khabar:" + method.key() + (arguments.isEmpty() ? "" : arguments.toString());
        DataLoader<Object, Object> loader = environment.getDataLoaderRegistry().computeIfAbsent(name,
                n -> DataLoaderFactory.newDataLoader(batch(method, arguments, requestState()), NO_CACHE));
        return loader.load(environment.getSource());
    }

    /** The request context of the request being run: the one its engine run started in, else the active one. */
    private static InjectableContext.ContextState requestState() {
        EngineRequest request = EngineRequest.current();
        if (request != null && request.requestState != null) {
            return request.requestState;
        }
        return Arc.container().requestContext().getStateIfActive();
    }

    /**
     * The batch call, in the request context of the request that asked for the field: graphql-java may dispatch it
     * from a continuation of another fetcher, which SmallRye's context propagation has already left.
     */
    private BatchLoader<Object, Object> batch(BatchMethod method, Map<String, Object> arguments,
            InjectableContext.ContextState requestState) {
        return parents -> {
            ManagedContext requestContext = Arc.container().requestContext();
            if (requestState == null || requestContext.isActive()) {
                return call(method, arguments, parents);
            }
            requestContext.activate(requestState);
            try {
                return call(method, arguments, parents);
            } finally {
                requestContext.deactivate();
            }
        };
    }

    private CompletableFuture<List<Object>> call(BatchMethod method, Map<String, Object> arguments,
            List<Object> parents) {
        Object[] values = new Object[method.arguments().length + 1];
        values[0] = graph();
        for (int i = 0; i < method.arguments().length; i++) {
            values[i + 1] = method.arguments()[i] == null ? new ArrayList<>(parents)
                    : asInteger(arguments.get(method.arguments()[i]));
        }
        try {
            @SuppressWarnings("unchecked")
            List<Object> results = (List<Object>) method.handle().invokeWithArguments(values);
            return CompletableFuture.completedFuture(results);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Arguments are Integer or String (see {@link #find}); an Int that came in a variable may arrive as another
     * Number (a JSON number read as Long or BigInteger), which the method handle would not accept.
     */
    private static Object asInteger(Object value) {
        return value instanceof Number number && !(value instanceof Integer) ? Integer.valueOf(number.intValue())
                : value;
    }

    /** The API bean of the running container (tests start several containers one after another). */
    private Object graph() {
        ArcContainer container = Arc.container();
        Bound bound = graph;
        if (bound == null || bound.container() != container) {
            bound = new Bound(container, container.instance(KhabarGraph.class).get());
            graph = bound;
        }
        return bound.graph();
    }

    private record Bound(ArcContainer container, Object graph) {
    }
}

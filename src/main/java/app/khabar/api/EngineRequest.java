package app.khabar.api;

/**
 * What the HTTP front tells the engine about the request it is running, and what the engine tells back. The engine
 * runs a request synchronously on the caller's thread (see {@link GraphQLHttp#execute}), so a thread-local carries it
 * from the front to the graphql-java extension points ({@link DocumentCache}, {@link EngineErrors}) and back.
 */
final class EngineRequest {

    private static final ThreadLocal<EngineRequest> CURRENT = new ThreadLocal<>();

    /** Sent with GET: only queries may run. */
    final boolean safeMethod;
    /** graphql-java received the request (SmallRye hands it over only once the document parses). */
    boolean reachedEngine;
    /** The CDI request context the request runs in (its batched fields are called in it). */
    io.quarkus.arc.InjectableContext.ContextState requestState;
    /** The document asks for a mutation or subscription but the method is GET: refused with 405. */
    boolean mutationOverGet;

    private EngineRequest(boolean safeMethod) {
        this.safeMethod = safeMethod;
    }

    static EngineRequest begin(boolean safeMethod) {
        EngineRequest request = new EngineRequest(safeMethod);
        CURRENT.set(request);
        return request;
    }

    static void end() {
        CURRENT.remove();
    }

    /** The request being run on this thread, or null (a warm-up query, say). */
    static EngineRequest current() {
        return CURRENT.get();
    }
}

package app.khabar.api;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import app.khabar.store.CorpusLoaded;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The {@code /graphql} endpoint in front of SmallRye's engine: request size and shape checks (client mistakes get a
 * GraphQL error with a code, never a 500), depth and cost limits before execution, GET for CDN-cacheable queries,
 * an error code on every error, and a cache of whole answers that lives for one corpus generation.
 */
@ApplicationScoped
public class GraphQLHttp {

    private static final Logger LOG = Logger.getLogger(GraphQLHttp.class);
    static final String JSON = "application/json; charset=UTF-8";

    @Inject
    ExecutionService executionService;

    @Inject
    ApiConfig config;

    @Inject
    CacheConfig cacheConfig;

    @Inject
    MeterRegistry registry;

    private volatile QueryLimits limits;
    private final AtomicReference<ResponseCache> cache = new AtomicReference<>();
    /** One timer per outcome, built once: registering on every request would cost a registry lookup each time. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void routes(@Observes Router router) {
        limits = new QueryLimits(config.maxDepth(), config.maxCost(), config.maxTokens(), config.maxRequestBytes());
        cache.set(new ResponseCache(0, cacheConfig.maxEntries()));
        router.route("/graphql").order(-100)
                .handler(BodyHandler.create().setBodyLimit(config.maxRequestBytes()))
                .failureHandler(this::failure);
        router.route("/graphql").order(-99).blockingHandler(this::handle, false);
    }

    /** Every load changes the corpus: answers of the previous generation must not be served again. */
    void invalidate(@Observes CorpusLoaded loaded) {
        cache.set(new ResponseCache(loaded.generation(), cacheConfig.maxEntries()));
    }

    private void handle(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            context.next();
            return;
        }
        long started = System.nanoTime();
        String outcome = answer(context, method);
        timers.computeIfAbsent(outcome, o -> Timer.builder("khabar.graphql.request")
                        .description("GraphQL requests by how they were answered").tag("outcome", o).register(registry))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** Answers one request; returns how: refused, cached, executed or failed. */
    private String answer(RoutingContext context, HttpMethod method) {
        JsonObject request;
        try {
            request = method == HttpMethod.GET ? fromQueryParameters(context) : fromBody(context);
        } catch (BadRequest e) {
            respond(context, 400, errorBody(e.code, e.getMessage()), false);
            return "bad-request";
        }
        String query = request.getString("query", null);
        Map<String, Object> variables = Variables.toMap(request.get("variables"));
        QueryLimits.Refusal refusal = limits.check(query, variables);
        if (refusal != null) {
            respond(context, 200, errorBody(refusal.code(), refusal.message()), false);
            return "refused";
        }
        boolean get = method == HttpMethod.GET;
        ResponseCache current = cache.get();
        String key = cacheConfig.enabled() ? current.key(request) : null;
        if (key != null) {
            Buffer cached = current.get(key);
            if (cached != null) {
                respond(context, 200, cached, get);
                return "cached";
            }
        }
        String answer = execute(request, headers(context));
        Buffer body = Buffer.buffer(answer.getBytes(StandardCharsets.UTF_8));
        boolean failed = answer.contains("\"errors\"");
        if (key != null && !failed) {
            current.put(key, body);
        }
        respond(context, 200, body, get);
        return failed ? "executed-with-errors" : "executed";
    }

    /** Runs one GraphQL request on this thread and returns the answer, every error with a code. */
    String execute(JsonObject request, Map<String, List<String>> headers) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            // what SmallRye's own Quarkus handler passes: resolvers run on this worker thread, in this request context
            Map<String, Object> metaData = new HashMap<>();
            metaData.put("runBlocking", true);
            metaData.put("httpHeaders", headers);
            metaData.put("state", requestContext.getState());
            AtomicReference<ExecutionResponse> response = new AtomicReference<>();
            executionService.executeSync(request, metaData, response::set);
            String answer = response.get().getExecutionResultAsString();
            // most answers have no errors: only those pay for a second pass over the JSON
            return answer.contains("\"errors\"")
                    ? ErrorCodes.addCodes(response.get().getExecutionResultAsJsonObject()).toString()
                    : answer;
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private static Map<String, List<String>> headers(RoutingContext context) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : context.request().headers().names()) {
            headers.put(name, context.request().headers().getAll(name));
        }
        return headers;
    }

    private JsonObject fromBody(RoutingContext context) throws BadRequest {
        String contentType = context.request().getHeader("Content-Type");
        String body = context.body() == null ? null : context.body().asString();
        if (body == null || body.isBlank()) {
            throw new BadRequest("BAD_REQUEST", "The request has no body: POST a JSON object such as "
                    + "{\"query\": \"{ articles { totalCount } }\"}.");
        }
        if (contentType != null && contentType.startsWith("application/graphql")) {
            return Json.createObjectBuilder().add("query", body).build();
        }
        JsonValue parsed;
        try (var reader = Json.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequest("BAD_REQUEST", "The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (parsed.getValueType() == JsonValue.ValueType.ARRAY) {
            throw new BadRequest("BAD_REQUEST", "Batched requests (a JSON array) are not supported: send one "
                    + "operation per request.");
        }
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequest("BAD_REQUEST", "The request body must be a JSON object with a 'query'.");
        }
        return checked(parsed.asJsonObject());
    }

    private JsonObject fromQueryParameters(RoutingContext context) throws BadRequest {
        JsonObjectBuilder request = Json.createObjectBuilder();
        String query = context.request().getParam("query");
        if (query != null) {
            request.add("query", query);
        }
        String operationName = context.request().getParam("operationName");
        if (operationName != null && !operationName.isEmpty()) {
            request.add("operationName", operationName);
        }
        String variables = context.request().getParam("variables");
        if (variables != null && !variables.isBlank()) {
            try (var reader = Json.createReader(new StringReader(variables))) {
                request.add("variables", reader.readValue());
            } catch (JsonException | IllegalStateException e) {
                throw new BadRequest("BAD_REQUEST", "'variables' is not valid JSON: " + firstLine(e.getMessage()));
            }
        }
        JsonObject built = request.build();
        if (built.containsKey("query") && isMutation(query)) {
            throw new BadRequest("BAD_REQUEST", "Only queries may be sent with GET.");
        }
        return checked(built);
    }

    private static boolean isMutation(String query) {
        return query.stripLeading().startsWith("mutation") || query.stripLeading().startsWith("subscription");
    }

    private static JsonObject checked(JsonObject request) throws BadRequest {
        JsonValue query = request.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING
                || ((JsonString) query).getString().isBlank()) {
            throw new BadRequest("BAD_REQUEST", "The request has no 'query': send {\"query\": \"...\"} "
                    + "(and optionally 'variables' and 'operationName').");
        }
        JsonValue variables = request.get("variables");
        if (variables != null && variables.getValueType() != JsonValue.ValueType.OBJECT
                && variables.getValueType() != JsonValue.ValueType.NULL) {
            throw new BadRequest("BAD_REQUEST", "'variables' must be a JSON object.");
        }
        JsonValue operationName = request.get("operationName");
        if (operationName != null && operationName.getValueType() != JsonValue.ValueType.STRING
                && operationName.getValueType() != JsonValue.ValueType.NULL) {
            throw new BadRequest("BAD_REQUEST", "'operationName' must be a string.");
        }
        return request;
    }

    private void failure(RoutingContext context) {
        int status = context.statusCode();
        if (status == 413) {
            respond(context, 413, errorBody("REQUEST_TOO_LARGE", "The request is larger than "
                    + config.maxRequestBytes() + " bytes; send a smaller query."), false);
        } else if (status >= 400 && status < 500) {
            respond(context, status, errorBody("BAD_REQUEST", "The request could not be read."), false);
        } else {
            LOG.error("GraphQL request failed", context.failure());
            respond(context, 500, errorBody("INTERNAL_SERVER_ERROR", "The server failed to answer; try again."),
                    false);
        }
    }

    private void respond(RoutingContext context, int status, Buffer body, boolean cacheable) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", JSON);
        response.putHeader("Cache-Control", cacheable ? "public, max-age=" + cacheConfig.maxAgeSeconds()
                : "no-store");
        response.end(body);
    }

    static Buffer errorBody(String code, String message) {
        JsonArrayBuilder errors = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message)
                .add("extensions", Json.createObjectBuilder().add("code", code)));
        return Buffer.buffer(Json.createObjectBuilder().add("errors", errors).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A request the endpoint cannot take, and the code to report. */
    private static final class BadRequest extends Exception {
        final String code;

        BadRequest(String code, String message) {
            super(message);
            this.code = code;
        }
    }
}

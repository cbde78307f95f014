package app.khabar.api;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.store.CorpusLoaded;
import graphql.ExecutionResult;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The {@code /graphql} endpoint, as the GraphQL-over-HTTP specification has it: GET and POST, answers in
 * {@code application/graphql-response+json} or {@code application/json} by {@code Accept} (406 when neither),
 * 415 for a POST body of another type, 405 with {@code Allow} for other methods and for a mutation over GET, and,
 * under {@code application/graphql-response+json}, 400 whenever execution did not start (the document does not
 * parse, does not validate, is over a limit, or its variables do not coerce). Every answer carries an {@code ETag}
 * (corpus generation and content); a GET whose {@code If-None-Match} matches gets 304. Whole answers are cached per
 * corpus generation ({@link ResponseCache}); automatic persisted queries ({@link PersistedQueries}) make short GET
 * URLs. Client mistakes get a GraphQL error with a code, never a 500.
 */
@ApplicationScoped
public class GraphQLHttp {

    private static final Logger LOG = Logger.getLogger(GraphQLHttp.class);
    private static final String ALLOW = "GET, POST, OPTIONS";
    /**
     * The JSON-P provider, looked up once: every static {@code jakarta.json.Json} call looks it up again through the
     * service loader, which cost a fifth of the time of a {@code { __typename }} request.
     */
    static final JsonProvider JSON = JsonProvider.provider();
    /** SmallRye's option to drop null fields from answers: its own writer does that, {@link AnswerJson} does not. */
    private volatile Boolean excludeNullFields;

    @Inject
    ExecutionService executionService;

    @Inject
    ApiConfig config;

    @Inject
    CacheConfig cacheConfig;

    @Inject
    MeterRegistry registry;

    private volatile long generation;
    private ResponseCache answers;
    private PersistedQueries persisted;
    private ParserOptions parserOptions;
    /** Documents the engine refused before graphql-java saw them (they do not parse), with the error to give. */
    private final Cache<String, Refusal> unparseable = Caffeine.newBuilder().maximumWeight(4 * 1024 * 1024)
            .weigher((String query, Refusal refusal) -> 2 * (query.length() + refusal.message().length()) + 64)
            .build();
    /** One timer per outcome, built once: registering on every request would cost a registry lookup each time. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void routes(@Observes Router router) {
        answers = new ResponseCache(cacheConfig.maxBytes(), registry);
        persisted = new PersistedQueries(cacheConfig.persistedQueriesMaxBytes(), registry);
        parserOptions = ParserOptions.newParserOptions().maxTokens(config.maxTokens())
                .maxCharacters(config.maxRequestBytes()).maxWhitespaceTokens(config.maxTokens() * 10)
                .captureSourceLocation(true).build();
        router.route("/graphql").order(-100)
                .handler(BodyHandler.create().setBodyLimit(config.maxRequestBytes()))
                .failureHandler(this::failure);
        router.route("/graphql").order(-99).blockingHandler(this::handle, false);
    }

    /** Every load changes the corpus: answers of the previous generation must not be served again. */
    void invalidate(@Observes CorpusLoaded loaded) {
        generation = loaded.generation();
        if (answers != null) {
            answers.clear();
        }
    }

    private void handle(RoutingContext context) {
        long started = System.nanoTime();
        String outcome;
        try {
            outcome = answer(context);
        } catch (RuntimeException e) {
            LOG.error("GraphQL request failed", e);
            respond(context, 500, MediaTypes.JSON, errorBody("INTERNAL_SERVER_ERROR",
                    "The server failed to answer; try again."), null, false);
            outcome = "failed";
        }
        timers.computeIfAbsent(outcome, o -> Timer.builder("khabar.graphql.request")
                        .description("GraphQL requests by how they were answered").tag("outcome", o).register(registry))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** Answers one request; returns how: refused, cached, executed, not-modified... */
    private String answer(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS) {
            // a CORS preflight is answered before this route; a plain OPTIONS learns the methods
            context.response().putHeader("Allow", ALLOW).setStatusCode(204).end();
            return "options";
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            context.response().putHeader("Allow", ALLOW);
            respond(context, 405, MediaTypes.JSON, errorBody("METHOD_NOT_ALLOWED",
                    "GraphQL is served over GET (queries) and POST."), null, false);
            return "method-not-allowed";
        }
        MediaTypes media = MediaTypes.negotiate(context.request().getHeader("Accept"));
        if (media == null) {
            respond(context, 406, MediaTypes.JSON, errorBody("NOT_ACCEPTABLE", "Answers are "
                    + "application/graphql-response+json or application/json; the Accept header allows neither."),
                    null, false);
            return "not-acceptable";
        }
        boolean get = method == HttpMethod.GET;
        JsonObject request;
        try {
            request = get ? fromQueryParameters(context) : fromBody(context);
            request = resolvePersistedQuery(request);
        } catch (BadRequest e) {
            if (e.code.equals("PERSISTED_QUERY_NOT_FOUND")) {
                // a request error like any other: 200 in application/json, 4xx where no data means failure
                respond(context, media == MediaTypes.GRAPHQL_RESPONSE_JSON ? 400 : 200, media,
                        errorBody(e.code, e.getMessage()), null, false);
                return "persisted-query-not-found";
            }
            respond(context, e.status, media, errorBody(e.code, e.getMessage()), null, false);
            return "bad-request";
        }
        String query = request.getString("query");
        ResponseCache.Key key = cacheConfig.enabled() ? new ResponseCache.Key(generation, query,
                String.valueOf(request.get("variables")), operationName(request)) : null;
        ResponseCache.Answer cached = key == null ? null : answers.get(key);
        if (cached != null) {
            return send(context, 200, media, cached, get, "cached");
        }
        Refusal refusal = unparseable.getIfPresent(query);
        if (refusal != null) {
            respond(context, media == MediaTypes.GRAPHQL_RESPONSE_JSON ? 400 : 200, media,
                    errorBody(refusal.code, refusal.message), null, false);
            return "refused";
        }
        Executed executed = execute(request, get);
        if (executed.mutationOverGet()) {
            context.response().putHeader("Allow", "POST");
            respond(context, 405, media, Buffer.buffer(executed.body()), null, false);
            return "method-not-allowed";
        }
        if (!executed.reachedEngine()) {
            // SmallRye refuses a document that does not parse before graphql-java sees it: say why, once
            refusal = describeSyntaxError(query);
            unparseable.put(query, refusal);
            respond(context, media == MediaTypes.GRAPHQL_RESPONSE_JSON ? 400 : 200, media,
                    errorBody(refusal.code, refusal.message), null, false);
            return "refused";
        }
        ExecutionResult result = executed.result();
        ResponseCache.Answer answer = ResponseCache.Answer.of(generation, executed.body());
        if (!result.isDataPresent()) {
            // no execution: a request error (validation, limits, variables); 400 where the media type allows it
            return send(context, media == MediaTypes.GRAPHQL_RESPONSE_JSON ? 400 : 200, media, answer, false,
                    "refused");
        }
        boolean complete = result.getErrors().isEmpty();
        if (key != null && complete) {
            answers.put(key, answer);
        }
        return send(context, 200, media, answer, get && complete, complete ? "executed" : "executed-with-errors");
    }

    /** Sends an answer with its tag, or 304 when a GET already has it. */
    private String send(RoutingContext context, int status, MediaTypes media, ResponseCache.Answer answer,
            boolean cacheable, String outcome) {
        String etag = tagFor(answer.etag(), media);
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (status == 200 && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            HttpServerResponse response = context.response();
            if (context.request().method() == HttpMethod.GET) {
                response.setStatusCode(304).putHeader("ETag", etag).putHeader("Vary", "Accept")
                        .putHeader("Cache-Control", cacheControl(cacheable)).end();
                return "not-modified";
            }
            // RFC 9110 13.1.2: a matching If-None-Match on another method is a failed precondition
            respond(context, 412, media, errorBody("PRECONDITION_FAILED", "The answer has not changed."), etag,
                    false);
            return "precondition-failed";
        }
        respond(context, status, media, answer.body(), etag, cacheable);
        return outcome;
    }

    /** Media types differ in headers, so each has its own tag. */
    private static String tagFor(String etag, MediaTypes media) {
        return media == MediaTypes.JSON ? etag : etag.substring(0, etag.length() - 1) + "-r\"";
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** The result of one run of the engine: the answer's UTF-8 bytes and graphql-java's result. */
    record Executed(byte[] body, ExecutionResult result, boolean reachedEngine, boolean mutationOverGet) {
        String json() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs one GraphQL request on this thread, every error with a code. SmallRye's Quarkus resolvers are told, as
     * Quarkus's own GraphQL handler tells them, that they run blocking on the caller's worker thread (the request
     * context is active here); nothing else is passed.
     */
    Executed execute(JsonObject request, boolean safeMethod) {
        io.quarkus.arc.ManagedContext requestContext = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        EngineRequest engineRequest = EngineRequest.begin(safeMethod);
        engineRequest.requestState = requestContext.getStateIfActive();
        try {
            Map<String, Object> metaData = new HashMap<>();
            metaData.put("runBlocking", true);
            AtomicReference<ExecutionResponse> response = new AtomicReference<>();
            executionService.executeSync(request, metaData, response::set);
            ExecutionResult result = response.get().getExecutionResult();
            if (excludeNullFields == null) {
                excludeNullFields = io.smallrye.graphql.spi.config.Config.get().isExcludeNullFieldsInResponses();
            }
            byte[] body = result == null || excludeNullFields ? null : AnswerJson.write(result);
            if (body == null) {
                body = response.get().getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
            }
            return new Executed(body, result, engineRequest.reachedEngine, engineRequest.mutationOverGet);
        } finally {
            EngineRequest.end();
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** The engine's parser, run once on a document SmallRye could not parse, for an error that says where. */
    private Refusal describeSyntaxError(String query) {
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions)
                    .build());
        } catch (ParseCancelledException e) {
            return new Refusal("QUERY_TOO_LARGE", "The query document is too large: " + e.getMessage());
        } catch (InvalidSyntaxException e) {
            return new Refusal("GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL: " + e.getMessage());
        }
        return new Refusal("GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL.");
    }

    private record Refusal(String code, String message) {
    }

    private static String operationName(JsonObject request) {
        return request.get("operationName") instanceof JsonString name ? name.getString() : null;
    }

    /** Apollo's automatic persisted queries: a known hash stands for its document; a new pair registers it. */
    private JsonObject resolvePersistedQuery(JsonObject request) throws BadRequest {
        JsonValue extensions = request.get("extensions");
        if (!(extensions instanceof JsonObject map) || !(map.get("persistedQuery") instanceof JsonObject pq)) {
            if (!(request.get("query") instanceof JsonString)) {
                throw new BadRequest("BAD_REQUEST", "The request has no 'query': send {\"query\": \"...\"} "
                        + "(and optionally 'variables' and 'operationName').");
            }
            return request;
        }
        if (!(pq.get("version") instanceof jakarta.json.JsonNumber version) || version.intValue() != 1) {
            throw new BadRequest("PERSISTED_QUERY_NOT_SUPPORTED", "Only version 1 of persisted queries is supported.");
        }
        if (!(pq.get("sha256Hash") instanceof JsonString hashValue)
                || !hashValue.getString().matches("[0-9a-fA-F]{64}")) {
            throw new BadRequest("BAD_REQUEST", "'extensions.persistedQuery.sha256Hash' must be the SHA-256 of the "
                    + "query, in 64 hexadecimal digits.");
        }
        String hash = hashValue.getString().toLowerCase(Locale.ROOT);
        if (request.get("query") instanceof JsonString query) {
            if (!PersistedQueries.sha256Hex(query.getString()).equals(hash)) {
                throw new BadRequest("BAD_REQUEST", "provided sha does not match query");
            }
            persisted.register(hash, query.getString());
            return request;
        }
        String known = persisted.find(hash);
        if (known == null) {
            throw new BadRequest("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        }
        return JSON.createObjectBuilder(request).add("query", known).build();
    }

    private JsonObject fromBody(RoutingContext context) throws BadRequest {
        String contentType = context.request().getHeader("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            throw new BadRequest(415, "UNSUPPORTED_MEDIA_TYPE", "A POST needs a Content-Type: send the request as "
                    + "application/json.");
        }
        // a browser joins a header set twice under two spellings ('content-type' and 'Content-Type', as GraphiQL's
        // fetcher does) into "application/json, application/json": the first value is the type
        int comma = contentType.indexOf(',');
        String[] parts = (comma < 0 ? contentType : contentType.substring(0, comma)).split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw new BadRequest(415, "UNSUPPORTED_MEDIA_TYPE", "Requests must be UTF-8.");
            }
        }
        if (!type.equals("application/json") && !type.equals("application/graphql")) {
            throw new BadRequest(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Content-Type '" + type
                    + "': send the request as application/json.");
        }
        String body = context.body() == null ? null : context.body().asString("UTF-8");
        if (body == null || body.isBlank()) {
            throw new BadRequest("BAD_REQUEST", "The request has no body: POST a JSON object such as "
                    + "{\"query\": \"{ articles { totalCount } }\"}.");
        }
        if (type.equals("application/graphql")) {
            return JSON.createObjectBuilder().add("query", body).build();
        }
        JsonValue parsed;
        try (var reader = JSON.createReader(new StringReader(body))) {
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
        return checked(withoutNulls(parsed.asJsonObject()));
    }

    private JsonObject fromQueryParameters(RoutingContext context) throws BadRequest {
        JsonObjectBuilder request = JSON.createObjectBuilder();
        String query = context.request().getParam("query");
        if (query != null) {
            request.add("query", query);
        }
        String operationName = context.request().getParam("operationName");
        if (operationName != null && !operationName.isEmpty()) {
            request.add("operationName", operationName);
        }
        for (String name : new String[] {"variables", "extensions"}) {
            String value = context.request().getParam(name);
            if (value != null && !value.isBlank()) {
                try (var reader = JSON.createReader(new StringReader(value))) {
                    request.add(name, reader.readValue());
                } catch (JsonException | IllegalStateException e) {
                    throw new BadRequest("BAD_REQUEST", "'" + name + "' is not valid JSON: "
                            + firstLine(e.getMessage()));
                }
            }
        }
        return checked(withoutNulls(request.build()));
    }

    /** A null parameter is the same as no parameter. */
    private static JsonObject withoutNulls(JsonObject request) {
        if (request.values().stream().noneMatch(v -> v.getValueType() == JsonValue.ValueType.NULL)) {
            return request;
        }
        JsonObjectBuilder copy = JSON.createObjectBuilder();
        request.forEach((name, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                copy.add(name, value);
            }
        });
        return copy.build();
    }

    private static JsonObject checked(JsonObject request) throws BadRequest {
        JsonValue query = request.get("query");
        if (query != null && (query.getValueType() != JsonValue.ValueType.STRING
                || ((JsonString) query).getString().isBlank())) {
            throw new BadRequest("BAD_REQUEST", "'query' must be a non-empty string: send {\"query\": \"...\"} "
                    + "(and optionally 'variables' and 'operationName').");
        }
        JsonValue variables = request.get("variables");
        if (variables != null && variables.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequest("BAD_REQUEST", "'variables' must be a JSON object.");
        }
        JsonValue extensions = request.get("extensions");
        if (extensions != null && extensions.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequest("BAD_REQUEST", "'extensions' must be a JSON object.");
        }
        JsonValue operationName = request.get("operationName");
        if (operationName != null && operationName.getValueType() != JsonValue.ValueType.STRING) {
            throw new BadRequest("BAD_REQUEST", "'operationName' must be a string.");
        }
        return request;
    }

    private void failure(RoutingContext context) {
        int status = context.statusCode();
        MediaTypes media = MediaTypes.negotiate(context.request().getHeader("Accept"));
        media = media == null ? MediaTypes.JSON : media;
        if (status == 413) {
            respond(context, 413, media, errorBody("REQUEST_TOO_LARGE", "The request is larger than "
                    + config.maxRequestBytes() + " bytes; send a smaller query."), null, false);
        } else if (status >= 400 && status < 500) {
            respond(context, status, media, errorBody("BAD_REQUEST", "The request could not be read."), null, false);
        } else {
            LOG.error("GraphQL request failed", context.failure());
            respond(context, 500, media, errorBody("INTERNAL_SERVER_ERROR", "The server failed to answer; try again."),
                    null, false);
        }
    }

    private void respond(RoutingContext context, int status, MediaTypes media, Buffer body, String etag,
            boolean cacheable) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", media.header).putHeader("Vary", "Accept");
        if (etag == null && status < 300) {
            etag = tagFor(ResponseCache.etag(generation, body.getBytes()), media);
        }
        if (etag != null) {
            response.putHeader("ETag", etag);
        }
        response.putHeader("Cache-Control", cacheControl(cacheable));
        response.end(body);
    }

    private String cacheControl(boolean cacheable) {
        return cacheable ? "public, max-age=" + cacheConfig.maxAgeSeconds() : "no-store";
    }

    static Buffer errorBody(String code, String message) {
        JsonArrayBuilder errors = JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("message", message)
                .add("extensions", JSON.createObjectBuilder().add("code", code)));
        return Buffer.buffer(JSON.createObjectBuilder().add("errors", errors).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A request the endpoint cannot take: its status, and the code to report. */
    private static final class BadRequest extends Exception {
        final int status;
        final String code;

        BadRequest(String code, String message) {
            this(400, code, message);
        }

        BadRequest(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}

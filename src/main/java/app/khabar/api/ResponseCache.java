package app.khabar.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.vertx.core.buffer.Buffer;

/**
 * Whole answers, on Caffeine, bounded by their size in bytes; hits, misses and evictions are in {@code /q/metrics}
 * ({@code cache_gets_total{cache="graphql-answers"}}, {@code cache_evictions_total}...). An answer is keyed by its
 * corpus generation as well as its request, and the whole cache is emptied when a load makes a new generation: the
 * corpus does not change between loads, so an answer stays right until then.
 */
final class ResponseCache {

    /** An answer and its entity tag: the corpus generation and a digest of the bytes. */
    record Answer(Buffer body, String etag) {

        static Answer of(long generation, byte[] body) {
            return new Answer(Buffer.buffer(body), ResponseCache.etag(generation, body));
        }
    }

    /** Same generation, document, variables and operation: same answer. */
    record Key(long generation, String query, String variables, String operationName) {
        int weight() {
            return 2 * (query.length() + variables.length() + (operationName == null ? 0 : operationName.length()))
                    + 64;
        }
    }

    private final Cache<Key, Answer> answers;

    ResponseCache(long maxBytes, MeterRegistry registry) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> key.weight() + answer.body().length())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, "graphql-answers");
    }

    Answer get(Key key) {
        return answers.getIfPresent(key);
    }

    void put(Key key, Answer answer) {
        answers.put(key, answer);
    }

    void clear() {
        answers.invalidateAll();
    }

    /** A strong tag: the same bytes of the same corpus generation always get the same tag. */
    static String etag(long generation, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"g" + generation + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest)
                    .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static String etag(long generation, String body) {
        return etag(generation, body.getBytes(StandardCharsets.UTF_8));
    }
}

package app.khabar.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Automatic persisted queries, Apollo's protocol: a client sends {@code extensions.persistedQuery.sha256Hash}
 * alone; if the hash is unknown it gets {@code PERSISTED_QUERY_NOT_FOUND} and sends the document with the hash once,
 * which registers it; from then on a GET with the hash only is a short URL that browsers and CDNs cache. Documents do
 * not depend on the corpus, so they outlive loads; the store is bounded by bytes.
 */
final class PersistedQueries {

    private final Cache<String, String> documents;

    PersistedQueries(long maxBytes, MeterRegistry registry) {
        this.documents = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String hash, String query) -> 2 * (hash.length() + query.length()) + 64)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, documents, "graphql-persisted-queries");
    }

    String find(String sha256Hash) {
        return documents.getIfPresent(sha256Hash.toLowerCase());
    }

    void register(String sha256Hash, String query) {
        documents.put(sha256Hash.toLowerCase(), query);
    }

    static String sha256Hex(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

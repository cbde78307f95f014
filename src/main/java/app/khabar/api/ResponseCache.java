package app.khabar.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Whole answers of one corpus generation, least recently used evicted first. The corpus does not change between
 * loads, so an answer stays right until the next load replaces this cache.
 */
final class ResponseCache {

    private final long generation;
    private final Map<String, Buffer> answers;

    ResponseCache(long generation, int maxEntries) {
        this.generation = generation;
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Buffer> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Same query, variables and operation: same answer. */
    String key(JsonObject request) {
        JsonValue variables = request.getOrDefault("variables", JsonValue.NULL);
        JsonValue operation = request.getOrDefault("operationName", JsonValue.NULL);
        return generation + "\u0000" + request.getString("query") + "\u0000" + variables + "\u0000" + operation;
    }

    synchronized Buffer get(String key) {
        return answers.get(key);
    }

    synchronized void put(String key, Buffer answer) {
        answers.put(key, answer);
    }
}

package app.khabar.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Request variables as plain Java values, for the cost check ({@code first: $n}). */
final class Variables {

    private Variables() {
    }

    static Map<String, Object> toMap(JsonValue variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables instanceof JsonObject object) {
            object.forEach((name, value) -> {
                if (value instanceof JsonNumber number) {
                    values.put(name, number.longValue());
                }
            });
        }
        return values;
    }
}

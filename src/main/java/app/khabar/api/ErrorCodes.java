package app.khabar.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Gives every error of an answer an {@code extensions.code}: the engine's own errors (syntax, validation) carry only
 * a classification, and an unexpected failure must not read "Server Error" with nothing to act on.
 */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static JsonObject addCodes(JsonObject answer) {
        if (!answer.containsKey("errors") || answer.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return answer;
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (JsonValue value : answer.getJsonArray("errors")) {
            JsonObject error = value.asJsonObject();
            JsonObject extensions = error.containsKey("extensions") ? error.getJsonObject("extensions")
                    : JsonValue.EMPTY_JSON_OBJECT;
            if (extensions.containsKey("code")) {
                errors.add(error);
                continue;
            }
            String classification = extensions.get("classification") instanceof JsonString s ? s.getString() : "";
            String code = switch (classification) {
                case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
                case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
                case "OperationNotSupported" -> "BAD_REQUEST";
                default -> "INTERNAL_SERVER_ERROR";
            };
            JsonObjectBuilder fixed = Json.createObjectBuilder(error)
                    .add("extensions", Json.createObjectBuilder(extensions).add("code", code));
            if (code.equals("INTERNAL_SERVER_ERROR")) {
                fixed.add("message", "The server failed to resolve this field; the rest of the answer is valid.");
            }
            errors.add(fixed);
        }
        return Json.createObjectBuilder(answer).add("errors", errors).build();
    }
}

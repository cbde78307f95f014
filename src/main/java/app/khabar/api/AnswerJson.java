package app.khabar.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import graphql.ExecutionResult;

/**
 * Writes an answer that has data and nothing else (no errors, no extensions) straight from graphql-java's result
 * to UTF-8 bytes: the same JSON SmallRye's {@code ExecutionResponse} writes, without building a JSON-P tree of every
 * value first (nor a JSON-B round trip for every date). Values are what graphql-java puts in a result (maps, lists,
 * strings, numbers, booleans, enums, dates, null);
 * anything else, and every answer with errors or extensions, is left to SmallRye's writer ({@link #write} returns
 * null). {@code AnswerJsonTest} compares both writers over the dev corpus.
 */
final class AnswerJson {

    private AnswerJson() {
    }

    /** The answer's bytes, or null when SmallRye's writer must write it. */
    static byte[] write(ExecutionResult result) {
        if (!result.getErrors().isEmpty() || result.getExtensions() != null || !result.isDataPresent()) {
            return null;
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("{\"data\":");
        if (!value(out, result.getData())) {
            return null;
        }
        out.append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends one value; false when it is of a kind this writer does not know. */
    private static boolean value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return false;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, key);
                out.append(':');
                if (!value(out, entry.getValue())) {
                    return false;
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (!value(out, item)) {
                    return false;
                }
            }
            out.append(']');
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue() ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double d) {
            // as JSON-P writes a double: through BigDecimal.valueOf (0.000010, never 1.0E-5); no NaN or infinity
            if (d.isNaN() || d.isInfinite()) {
                return false;
            }
            out.append(BigDecimal.valueOf(d));
        } else if (value instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                return false;
            }
            out.append(new BigDecimal(String.valueOf(f.floatValue())));
        } else if (value instanceof BigDecimal d) {
            out.append(d);
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof LocalDate date && date.getYear() >= 0 && date.getYear() <= 9999) {
            // SmallRye's Date scalar hands the LocalDate on; its writer gives it to JSON-B: ISO 8601, 2024-05-01
            out.append('"').append(date).append('"');
        } else {
            return false;
        }
        return true;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON string as JSON-P escapes it: quote, backslash and control characters; everything else as it is. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        int length = s.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, start, length);
        out.append('"');
    }
}

package app.khabar.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Opaque global ids: base64url of {@code Type:key}. Keys are content-derived, so ids survive restarts. */
public final class GlobalId {

    public record Decoded(String type, String key) {
    }

    private GlobalId() {
    }

    public static String of(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for anything that is not an id this service issued. */
    public static Optional<Decoded> decode(String id) {
        if (id == null || id.isEmpty() || id.length() > 200) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Decoded(text.substring(0, colon), text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key of an id of the given type, or empty for a malformed id or one of another type. */
    public static Optional<String> keyOf(String id, String type) {
        return decode(id).filter(d -> d.type().equals(type)).map(Decoded::key);
    }
}

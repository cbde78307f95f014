package app.khabar.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Relay cursors: opaque base64url of {@code cursor:v1:<position>}; the position is the item's place in its list,
 * fixed at ingestion, so paging is a keyset seek.
 */
public final class Cursors {

    private static final String PREFIX = "cursor:v1:";

    private Cursors() {
    }

    public static String of(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position after which a page starts: -1 (the beginning) when there is no cursor. */
    public static int positionAfter(String cursor) {
        if (cursor == null) {
            return -1;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadUserInputException("'after' is not a cursor this API issued: pass the endCursor or an edge "
                + "cursor of a previous answer");
    }
}

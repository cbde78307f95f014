package app.khabar.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a corpus file to text: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
 * Anything else is refused with the reason rather than guessed, so a broken file never yields garbled stories.
 */
final class PageDecoder {

    private PageDecoder() {
    }

    static String decode(byte[] bytes) throws UnreadablePageException {
        if (bytes.length == 0) {
            throw new UnreadablePageException("empty file");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            // UTF-16 decoder reads the mark itself to pick the byte order
            return strictDecode(bytes, 0, StandardCharsets.UTF_16, "UTF-16");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadablePageException("binary data: NUL byte at offset " + i + " (not a text file)");
            }
        }
        return strictDecode(bytes, offset, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset, String name)
            throws UnreadablePageException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new UnreadablePageException("invalid " + name + ": malformed byte sequence at offset "
                    + (offset + in.position()));
        } catch (CharacterCodingException e) {
            throw new UnreadablePageException("invalid " + name + ": " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

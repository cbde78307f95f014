package app.khabar.people;

/** The sentence around a position: text between . ! ? ؟ or line breaks (a dot between digits is no end). */
final class Sentences {

    private Sentences() {
    }

    static String around(String text, int position) {
        int start = position;
        while (start > 0 && !isEnd(text, start - 1)) {
            start--;
        }
        int end = position;
        while (end < text.length() && !isEnd(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++; // keep the sentence's own punctuation
        }
        return text.substring(start, end).strip();
    }

    private static boolean isEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            return !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)));
        }
        return c == '!' || c == '?' || c == '؟' || c == '\n' || c == '\r';
    }
}

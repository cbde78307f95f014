package app.khabar.people;

import java.util.ArrayList;
import java.util.List;

import app.khabar.arabic.ArabicText;
import app.khabar.arabic.Token;

/**
 * A word of a story with its offsets, its normalised form and what separates it from the previous word.
 *
 * @param gap NONE: only spaces; SOFT: a quote or a comma (a title may still introduce the name after it);
 *            HARD: any other punctuation or a line break
 * @param lineBreakBefore a line break separates it from the previous word (a caption's or a list's line may end
 *            in a role; a sentence's full stop does not tell so)
 * @param quoteBefore a quotation mark separates it from the previous word (a role may govern a quoted name: مدير
 *            "الجمعية الثقافية")
 */
record Word(String raw, int start, int end, String norm, Gap gap, boolean arabic, boolean lineBreakBefore,
            boolean quoteBefore) {

    enum Gap { NONE, SOFT, HARD }

    /** The words of a text. Words glued by a missing space after a final letter (أيضاًمصطفى) are split. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int previousEnd = 0;
        for (Token token : ArabicText.tokenize(text)) {
            String raw = token.text();
            int pieceStart = 0;
            for (int i = 1; i < raw.length(); i++) {
                if (endsWord(raw.charAt(i - 1)) && ArabicText.isArabicLetter(raw.charAt(i))) {
                    previousEnd = add(words, text, previousEnd, token.start() + pieceStart, token.start() + i);
                    pieceStart = i;
                }
            }
            previousEnd = add(words, text, previousEnd, token.start() + pieceStart, token.end());
        }
        return words;
    }

    /** Tanween, ta marbuta and alef maqsura only ever end a word. */
    private static boolean endsWord(char c) {
        return (c >= '\u064B' && c <= '\u064D') || c == 'ة' || c == 'ى';
    }

    private static int add(List<Word> words, String text, int previousEnd, int start, int end) {
        String raw = text.substring(start, end);
        boolean arabic = ArabicText.isArabicLetter(raw.charAt(0));
        String norm = arabic ? ArabicText.normalize(raw) : raw;
        if (norm.isEmpty()) {
            // only tatweel or marks (ـــ): no word, and every reader of a word may take its first letter
            return previousEnd;
        }
        // interned: every story's words are held until the corpus-wide resolution, and a corpus says the same few
        // hundred thousand words over and over (100 000 pages did not fit in 8 GB with a copy of each per use)
        words.add(new Word(raw.intern(), start, end, norm.intern(), gap(text, previousEnd, start), arabic,
                hasLineBreak(text, previousEnd, start), hasQuote(text, previousEnd, start)));
        return end;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isQuote(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Gap gap(String text, int from, int to) {
        if (to - from == 1 && (text.charAt(from) == '-' || text.charAt(from) == '‐')) {
            return Gap.NONE; // فابري-طهرانجي: a hyphen with no space around it joins the parts of one name
        }
        Gap gap = Gap.NONE;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return Gap.HARD;
            }
            if (c == '\u0640') {
                // قابوس ـ طيب الله ثراه ـ: a tatweel standing alone is a dash, as a spaced hyphen is (a name
                // joined so, جان ـ إيف, splits like جان - إيف)
                return Gap.HARD;
            }
            if (Character.isWhitespace(c) || isIgnorable(c)) {
                continue;
            }
            if (isQuote(c) || c == '،' || c == ',') {
                gap = Gap.SOFT;
            } else {
                return Gap.HARD;
            }
        }
        return gap;
    }

    private static boolean isIgnorable(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '\'' || c == '‘'
                || c == '’';
    }

    /** Characters of {@code raw} taken by its first {@code letters} letters (and the marks after them). */
    static int rawOffset(String raw, int letters) {
        int i = 0;
        int seen = 0;
        while (i < raw.length() && seen < letters) {
            if (ArabicText.isArabicLetter(raw.charAt(i))) {
                seen++;
            }
            i++;
            while (i < raw.length() && ArabicText.isWordMark(raw.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** The raw word ends with alef maqsura: the preposition على, never the name علي. */
    boolean endsWithAlefMaqsura() {
        for (int i = raw.length() - 1; i >= 0; i--) {
            char c = raw.charAt(i);
            if (!ArabicText.isWordMark(c)) {
                return c == 'ى';
            }
        }
        return false;
    }

    /** The last letter as written (ة and ه are told apart here, unlike in {@link #norm}). */
    char lastLetter() {
        for (int i = raw.length() - 1; i >= 0; i--) {
            char c = raw.charAt(i);
            if (!ArabicText.isWordMark(c)) {
                return c;
            }
        }
        return 0;
    }
}

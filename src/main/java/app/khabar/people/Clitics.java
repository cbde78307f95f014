package app.khabar.people;

import java.util.ArrayList;
import java.util.List;

import app.khabar.arabic.ArabicText;

/** Proclitics that attach to a name: the conjunctions و/ف, the prepositions ب/ل/ك, and both (وب، ول). */
final class Clitics {

    /** The third-person possessive or object pronouns written after a noun or preposition, longest first. */
    private static final List<String> THIRD_PERSON_PRONOUNS = List.of("هما", "هم", "ها", "ه");

    /** A reading of a word: {@code letters} leading letters taken as clitics, {@code form} the rest. */
    record Reading(int letters, String form) {
    }

    private Clitics() {
    }

    /**
     * The word as written first, then with its clitics removed; a reading is kept only if at least two letters
     * remain. Callers take the first reading they recognise, so a letter that belongs to a known name
     * (بلينكن، لويد) is never stripped.
     */
    static List<Reading> readings(String norm) {
        List<Reading> readings = new ArrayList<>(4);
        readings.add(new Reading(0, norm));
        int conjunction = isConjunction(norm, 0) ? 1 : 0;
        if (conjunction == 1 && norm.length() - 1 >= 2) {
            readings.add(new Reading(1, norm.substring(1)));
        }
        if (norm.length() > conjunction && isPreposition(norm.charAt(conjunction))
                && norm.length() - conjunction - 1 >= 2) {
            readings.add(new Reading(conjunction + 1, norm.substring(conjunction + 1)));
        }
        return readings;
    }

    /** Whether the reading's clitics end in ب/ل/ك (a preposition always comes last: وب، ول). */
    static boolean hasPreposition(String norm, Reading reading) {
        return reading.letters() > 0 && isPreposition(norm.charAt(reading.letters() - 1));
    }

    private static boolean isConjunction(String norm, int at) {
        if (at >= norm.length()) {
            return false; // a word of marks only (ـــ) normalises to nothing
        }
        char c = norm.charAt(at);
        return c == 'و' || c == 'ف';
    }

    /** ب ل ك: a letter that writes a preposition. */
    static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /** و ف ب ل ك: a letter that writes a proclitic, a conjunction or a preposition. */
    static boolean isProclitic(char c) {
        return c == 'و' || c == 'ف' || isPreposition(c);
    }

    /** وب، فل: two proclitic letters that can stand together; لل is ل before the article, whose alef it drops. */
    static boolean isProcliticPair(char first, char second) {
        return (first == 'و' || first == 'ف') && isPreposition(second) || first == 'ل' && second == 'ل';
    }

    /** بهذا، لذلك، فإن: one proclitic letter before a function word. */
    static boolean isFunctionWordBehindProclitic(String norm) {
        return norm.length() >= 4 && isProclitic(norm.charAt(0)) && ArabicText.isStopWord(norm.substring(1));
    }

    /**
     * The word without a third-person pronoun at its end (معه → مع, نائبتها → نائبت), or null when none ends it. The
     * pronoun ه counts only where the word is written with ه, not ة (أميرة is no أمير + ه).
     */
    static String withoutPronoun(Word word, int minimumRest) {
        return withoutPronoun(word.norm(), word.lastLetter() == 'ه', minimumRest);
    }

    /** {@link #withoutPronoun(Word, int)} for a form of a word (behind its proclitics), told how the word ends. */
    static String withoutPronoun(String norm, boolean writtenWithHa, int minimumRest) {
        for (String pronoun : THIRD_PERSON_PRONOUNS) {
            if (norm.length() - pronoun.length() >= minimumRest && norm.endsWith(pronoun)
                    && (!pronoun.equals("ه") || writtenWithHa)) {
                return norm.substring(0, norm.length() - pronoun.length());
            }
        }
        return null;
    }

    /** Every run of proclitics a word may open with: و، ف، ب، ل، ك and a conjunction before a preposition (وب، فل). */
    static List<String> prefixes() {
        List<String> prefixes = new ArrayList<>(List.of("و", "ف", "ب", "ل", "ك"));
        for (String conjunction : List.of("و", "ف")) {
            for (String preposition : List.of("ب", "ل", "ك")) {
                prefixes.add(conjunction + preposition);
            }
        }
        return List.copyOf(prefixes);
    }
}

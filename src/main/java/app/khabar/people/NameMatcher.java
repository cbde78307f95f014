package app.khabar.people;

import java.util.List;

/** Decides whether two spellings name the same person. Conservative: a wrong merge is worse than a split. */
final class NameMatcher {

    private final Lexicon lexicon;

    NameMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Same word up to transliteration. Arabic given names and particles must match exactly; a foreign word
     * matches on its {@link TransliterationKey} when the key is long enough to mean something.
     */
    boolean sameWord(String a, String b) {
        return sameWord(a, b, 4);
    }

    /**
     * {@code minKey}: the shortest key trusted; 3 when the rest of the name already matched or a particle
     * (بن جفير = بن غفير) narrows it, 4 for a bare word, where short keys collide with ordinary words.
     */
    boolean sameWord(String a, String b, int minKey) {
        if (a.equals(b)) {
            return true;
        }
        if (lexicon.isArabicName(a) || lexicon.isArabicName(b) || lexicon.isParticle(a) || lexicon.isParticle(b)
                || a.startsWith("ال") || b.startsWith("ال")) {
            // الناصر ≠ الأنصاري: a family name with the article is Arabic, spelled one way
            return false;
        }
        String key = TransliterationKey.of(a);
        return key.length() >= minKey && Math.abs(a.length() - b.length()) <= 2
                && key.equals(TransliterationKey.of(b));
    }

    /**
     * Same full name: word by word, or the shorter (two words at least) is the first and last word of the
     * longer with no particle between (كارين بيير ~ كارين جان بيير, but محمد سلمان ≠ محمد بن سلمان).
     * Generation suffixes (الأب، الابن، الثاني) must be equal.
     */
    boolean sameName(List<String> a, String suffixA, List<String> b, String suffixB) {
        if (!suffixA.equals(suffixB)) {
            return false;
        }
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameWord(a.get(i), b.get(i), 3)) {
                    return false;
                }
            }
            return true;
        }
        List<String> shorter = a.size() < b.size() ? a : b;
        List<String> longer = a.size() < b.size() ? b : a;
        if (shorter.size() < 2) {
            return false;
        }
        for (String word : longer) {
            if (lexicon.isParticle(word)) {
                return false;
            }
        }
        for (String word : shorter) {
            if (lexicon.isParticle(word)) {
                return false;
            }
        }
        return shorter.size() == 2 && sameWord(shorter.get(0), longer.get(0), 3)
                && sameWord(shorter.get(1), longer.get(longer.size() - 1), 3);
    }
}

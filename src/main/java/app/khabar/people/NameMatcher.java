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
     * A foreign name: no Arabic given name, no family name with the article, no particle (مارك روته, not
     * محمد حسن or ليلى حداد).
     */
    boolean isForeign(List<String> name) {
        for (String word : name) {
            if (lexicon.isArabicName(word) || word.startsWith("ال") || lexicon.isParticle(word)
                    || word.equals("عبد")) {
                return false;
            }
        }
        return true;
    }

    /**
     * روته = روتي, ميته = ميتي: a foreign final vowel written ه, ة, ي or ا. Both words must end in one and share the
     * stem before it (كيري ≠ كير), stems of three letters at least.
     */
    static boolean finalVowelVariant(String a, String b) {
        if (a.length() < 4 || b.length() < 4 || !endsWithVowelLetter(a) || !endsWithVowelLetter(b)) {
            return false;
        }
        String stemA = a.substring(0, a.length() - 1);
        String stemB = b.substring(0, b.length() - 1);
        return stemA.equals(stemB) || TransliterationKey.of(stemA).length() >= 3
                && TransliterationKey.of(stemA).equals(TransliterationKey.of(stemB))
                && Math.abs(stemA.length() - stemB.length()) <= 1;
    }

    /**
     * دويك and الدويك: one word with the article, the other without, and the bare word no given name (محمد حسن and
     * محمد الحسن are two people as often as one).
     */
    private boolean articleVariant(String a, String b) {
        String bare = a.length() < b.length() ? a : b;
        String definite = a.length() < b.length() ? b : a;
        return bare.length() >= 3 && definite.equals("ال" + bare) && !lexicon.isAnyGivenName(bare)
                && !lexicon.isAnyGivenName(definite);
    }

    private static boolean endsWithVowelLetter(String word) {
        return "هةيا".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /**
     * Same full name: word by word, or the shorter is two words, the first and last of the longer, or more words of
     * the longer in order, leaving out no ancestor of the same given name ({@link #leavesOutAncestors}), with no
     * particle between (كارين بيير ~ كارين جان بيير, but محمد سلمان ≠ محمد بن سلمان); on different
     * pages also with a last word that is no given name (محمد سليمان ≠ محمد الفكي سليمان). On one page, also the
     * first two words of a three-word name ending in a given name (أبي أحمد ~ أبي أحمد علي: the grandfather left out).
     * Generation suffixes (الأب، الابن، الثاني) must be equal.
     */
    boolean sameName(List<String> a, String suffixA, List<String> b, String suffixB) {
        return sameName(a, suffixA, b, suffixB, false);
    }

    /**
     * {@code samePage}: both spellings stand on one page, where a short form of a name written in full nearby
     * is that person even when its last word is also a given name (علاء إبراهيم after علاء منير إبراهيم).
     */
    boolean sameName(List<String> a, String suffixA, List<String> b, String suffixB, boolean samePage) {
        if (!suffixA.equals(suffixB)) {
            return false;
        }
        if (a.size() == b.size()) {
            boolean foreign = a.size() >= 2 && isForeign(a) && isForeign(b);
            int strict = 0;
            for (int i = 0; i < a.size(); i++) {
                if (sameWord(a.get(i), b.get(i), 3)) {
                    strict++;
                } else if (samePage && i == a.size() - 1 && a.size() >= 2 && articleVariant(a.get(i), b.get(i))) {
                    continue; // عزيز دويك = عزيز الدويك on one page: the family name once with its article
                } else {
                    // كاوه محمود = كاوا محمود on one page: a foreign word's final vowel beside an Arabic name
                    boolean foreignWords = foreign
                            || samePage && !lexicon.isArabicName(a.get(i)) && !lexicon.isArabicName(b.get(i));
                    if (!(foreignWords && finalVowelVariant(a.get(i), b.get(i)))) {
                        return false;
                    }
                }
            }
            return strict >= 1;
        }
        List<String> shorter = a.size() < b.size() ? a : b;
        List<String> longer = a.size() < b.size() ? b : a;
        if (shorter.size() < 2) {
            return false;
        }
        if (samePage && isRomanceTail(shorter, longer)) {
            return true;
        }
        for (String word : shorter) {
            if (lexicon.isParticle(word)) {
                return false;
            }
        }
        boolean lineage = false;
        for (int i = 0; i < longer.size(); i++) {
            if (lexicon.isParticle(longer.get(i))) {
                // فهد الشميمري after فهد بن عبد الرحمن الشميمري on its page: the lineage left out of the short form
                if (!samePage || i == 0 || i >= longer.size() - 2) {
                    return false;
                }
                lineage = true;
            }
        }
        if (lineage) {
            return shorter.size() == 2 && sameWord(shorter.get(0), longer.get(0), 3)
                    && sameWord(shorter.get(1), longer.get(longer.size() - 1), 3);
        }
        // أبي أحمد after أبي أحمد علي on its page: the grandfather's given name left out of the short form
        if (samePage && shorter.size() == 2 && leavesOutGrandfather(longer)
                && sameWord(shorter.get(0), longer.get(0), 3) && sameWord(shorter.get(1), longer.get(1), 3)) {
            return true;
        }
        // محمد سليمان ≠ محمد الفكي سليمان: a last word that is also a given name may be the father's name, so the
        // short form names someone else as likely as the same person
        // (وسيم الزيود after وسيم أحمد زيود on its page: the family name once with its article)
        String shortLast = shorter.get(shorter.size() - 1);
        String longLast = longer.get(longer.size() - 1);
        return (shorter.size() == 2 || leavesOutAncestors(shorter, longer)) && sameWord(shorter.get(0), longer.get(0), 3)
                && (sameWord(shortLast, longLast, 3) || samePage && articleVariant(shortLast, longLast))
                && (samePage || !lexicon.isAnyGivenName(shortLast));
    }

    /**
     * لولا دا سيلفا ~ لويس إيناسيو لولا دا سيلفا: the last words of a Portuguese or Spanish name, from a word before
     * its particle to the end, are how the press names the person; on one page they are the full name's.
     */
    private boolean isRomanceTail(List<String> shorter, List<String> longer) {
        if (shorter.size() < 3) {
            return false;
        }
        int offset = longer.size() - shorter.size();
        boolean particle = false;
        for (int i = 0; i < shorter.size(); i++) {
            if (!sameWord(shorter.get(i), longer.get(offset + i), 3)) {
                return false;
            }
            particle |= i > 0 && i < shorter.size() - 1 && lexicon.isRomanceParticle(shorter.get(i));
        }
        return particle;
    }

    /**
     * نواف الأحمد الصباح ~ نواف الأحمد الجابر الصباح: the shorter name's words stand in the longer in order after the
     * same given name (عبد الله, two words, is one: عبد الله الحربي is not عبد الرحمن عبد الله الحربي, nor عبد الله
     * alone anyone), some ancestor between them left out; none left out carries that given name (أحمد الجابر الصباح
     * is the grandfather of أحمد الفهد الأحمد الجابر الصباح, not him).
     */
    private boolean leavesOutAncestors(List<String> shorter, List<String> longer) {
        int given = shorter.get(0).equals("عبد") || shorter.get(0).equals("ابو") ? 2 : 1;
        if (shorter.size() <= given) {
            return false;
        }
        for (int w = 0; w < given; w++) {
            if (!sameWord(shorter.get(w), longer.get(w), 3)) {
                return false;
            }
        }
        String givenName = String.join("", shorter.subList(0, given));
        int i = given;
        for (int j = given; j < longer.size(); j++) {
            if (i < shorter.size() && sameWord(shorter.get(i), longer.get(j), 3)) {
                i++;
            } else if (longer.get(j).equals("ال" + givenName) || (given == 1
                    ? sameWord(longer.get(j), shorter.get(0), 3)
                    : j + 1 < longer.size() && sameWord(longer.get(j), shorter.get(0), 3)
                    && sameWord(longer.get(j + 1), shorter.get(1), 3))) {
                return false;
            }
        }
        return i == shorter.size();
    }

    /**
     * أبي أحمد علي: a name of three parts ending in a given name, which its first two words may stand for on its page
     * (the grandfather left out). Three parts, so no عبد compound or particle among them (عبد الله علي is two).
     */
    boolean leavesOutGrandfather(List<String> tokens) {
        return tokens.size() == 3 && lexicon.isAnyGivenName(tokens.get(2)) && !tokens.get(0).equals("عبد")
                && !lexicon.isParticle(tokens.get(1)) && !lexicon.isCompoundNameEnd(tokens.get(1))
                && !lexicon.isCompoundNameEnd(tokens.get(2));
    }
}

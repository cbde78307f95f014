package app.khabar.people;

import static app.khabar.people.WordShapes.endsWithTanween;
import static app.khabar.people.WordShapes.hasArticle;
import static app.khabar.people.WordShapes.isImperfectVerbShape;
import static app.khabar.people.WordShapes.isPerfectVerbShape;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;
import app.khabar.people.NameRecognizer.Name;

/**
 * The age rule ({@value #ID}): a person's age in brackets right after the name, as news of accidents, courts,
 * prizes and obituaries give it ({@code اشترك كارتيك بينغلي (16 عاماً)}, {@code الشاعر فلان (43 عاما)}). The age
 * vouches for the two or three words before it, which need no listed given name: a foreign student or an unknown
 * victim is named so as often as a minister. The words must still look like a name: no function word, common
 * word, title, place, nationality or verb shape, no article on the first word (من مدينة دمشق (33عاما) names
 * no one), no imperfect يفعل/تفعل opening it unless listed (ويخلف الخصاونة (51 عاماً) is "and X succeeds") and
 * no noun with a pronoun (ابنتهما سهير: "their daughter Suhair"). It reads the words of a story and the lexicon;
 * the recognizer takes what it finds. Stateless and thread-safe.
 */
final class AgeRule {

    /** The rule id served with every name an age follows. */
    static final String ID = "age-follows";
    /** An opening bracket, nothing else but spaces, between the name and the age. */
    private static final Pattern OPENING_BRACKET = Pattern.compile("\\s*\\(\\s*");
    /** The age, normalised: digits, the year word glued to them or not (16عاما). */
    private static final Pattern AGE = Pattern.compile("[0-9٠-٩]{1,3}(عام|عاما|سنه)?");
    private static final Set<String> YEAR_WORDS = Set.of("عام", "عاما", "سنه", "سنوات", "اعوام");
    /** A name an age follows: two or three words (عبد counts as part of the word it joins). */
    private static final int MAX_WORDS = 3;

    private final Lexicon lexicon;
    /** The shared word-shape tests (verb, ordinary word): one definition for all rules. */
    private final NameWords shapes;

    AgeRule(Lexicon lexicon, NameWords shapes) {
        this.lexicon = lexicon;
        this.shapes = shapes;
    }

    /**
     * The name of two or three words starting at word {@code i} that an age in brackets follows; null when no age
     * follows those words or one of them cannot be part of a name.
     */
    Name personBeforeAge(String text, List<Word> words, int i) {
        for (int count = 2; count <= MAX_WORDS && i + count < words.size(); count++) {
            int last = i + count - 1;
            if (words.get(last).gap() != Word.Gap.NONE && last > i) {
                return null;
            }
            if (ageFollows(text, words, last + 1)) {
                return nameOf(words, i, last);
            }
        }
        return null;
    }

    /** Word {@code k} opens a bracket holding an age in years, and the bracket closes after it. */
    private boolean ageFollows(String text, List<Word> words, int k) {
        Word number = words.get(k);
        // asked at every word a story has: the cheap test first, the gap and the pattern only before a number
        if (!Character.isDigit(number.raw().charAt(0))
                || !OPENING_BRACKET.matcher(text.substring(words.get(k - 1).end(), number.start())).matches()) {
            return false;
        }
        var age = AGE.matcher(ArabicText.normalize(number.raw()));
        if (!age.matches()) {
            return false;
        }
        int closing = number.end();
        if (age.group(1) == null) {
            if (k + 1 >= words.size() || !YEAR_WORDS.contains(words.get(k + 1).norm())
                    || words.get(k + 1).gap() != Word.Gap.NONE) {
                return false;
            }
            closing = words.get(k + 1).end();
        }
        // (عامًا: the tanween before the alef ends the word at عام, so the alef and the mark come before the bracket)
        String after = ArabicText.withoutMarks(text.substring(closing, Math.min(text.length(), closing + 4)));
        if (after.startsWith("ا")) {
            after = after.substring(1);
        }
        return after.strip().startsWith(")");
    }

    private Name nameOf(List<Word> words, int first, int last) {
        List<String> tokens = new ArrayList<>();
        boolean given = false;
        int prefix = conjunction(words, first) ? 1 : 0;
        for (int k = first; k <= last; k++) {
            Word word = words.get(k);
            String norm = k == first ? word.norm().substring(prefix) : word.norm();
            boolean listed = lexicon.isAnyGivenName(norm) || lexicon.isKnownSurname(norm)
                    || lexicon.isParticle(norm) || norm.equals("عبد");
            // (علي written with ي is the name; على, the preposition, a stop word once normalised, is written with ى)
            boolean ali = norm.equals("علي") && !word.endsWithAlefMaqsura();
            if (!word.arabic() || norm.length() < 2 || ArabicText.isStopWord(norm) && !ali
                    || lexicon.isTitle(norm) || lexicon.isPlace(norm) || lexicon.isNationality(norm)
                    || k == first && (hasArticle(norm) && !lexicon.isDefiniteGivenName(norm)
                    || lexicon.isParticle(norm))
                    || !listed && (lexicon.isCommonWord(norm) && !(k == first && shapes.sureGivenNameFollows(words, k)
                    && !Clitics.isProclitic(norm.charAt(0)) && !lexicon.isVerb(norm)) // (ففاز تشارلز: a verb)
                    || lexicon.isNotName(norm)
                    || shapes.looksLikeVerb(norm)
                    || isPerfectVerbShape(norm) || isImperfectVerbShape(norm) || accusativeOfWord(word)
                    || k == first && opensLikeImperfect(norm)
                    || norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("هما"))) { // ابنتهما سهير
                return null;
            }
            given |= k == first && lexicon.isAnyGivenName(norm);
            lexicon.addNameToken(tokens, norm);
        }
        return new Name(last + 1, prefix, List.copyOf(tokens), "", last - first + 1, given);
    }

    /**
     * شابا، فلسطينيا: an accusative of a known word or nationality, or any word with tanween; a foreign name ends in
     * a bare ا as often (فيرجينيا).
     */
    private boolean accusativeOfWord(Word word) {
        String norm = word.norm();
        if (endsWithTanween(word)) {
            return true;
        }
        if (!WordShapes.endsInBareAccusative(norm)) {
            return shapes.isOrdinaryWordShape(word);
        }
        String stem = norm.substring(0, norm.length() - 1);
        return lexicon.isCommonWord(stem) || lexicon.isNationality(stem) || lexicon.isNotName(stem);
    }

    /** يخلف، ويخلف: an imperfect verb of a three-letter root, with or without و, opens a clause, not a name. */
    private static boolean opensLikeImperfect(String norm) {
        String bare = norm.length() == 5 && norm.charAt(0) == 'و' ? norm.substring(1) : norm;
        return bare.length() == 4 && "يت".indexOf(bare.charAt(0)) >= 0;
    }

    /**
     * وجاسمين رايت after a comma: و joins a second person to the first; the word itself is no listed name and what
     * follows و is a listed given name or, after punctuation, anything but a foreign name's وي (ويليامز).
     */
    private boolean conjunction(List<Word> words, int first) {
        String norm = words.get(first).norm();
        if (norm.length() < 4 || norm.charAt(0) != 'و' || lexicon.isAnyGivenName(norm)) {
            return false;
        }
        String rest = norm.substring(1);
        if (norm.length() == 4) {
            return lexicon.isAnyGivenName(rest); // وعلي هاني الغول: و and a given name of three letters
        }
        return lexicon.isAnyGivenName(rest)
                || first > 0 && words.get(first).gap() != Word.Gap.NONE && rest.charAt(0) != 'ي';
    }
}

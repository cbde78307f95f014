package app.khabar.people;

import static app.khabar.people.WordShapes.endsWithTanween;
import static app.khabar.people.WordShapes.hasArticle;
import static app.khabar.people.WordShapes.isFutureVerb;
import static app.khabar.people.WordShapes.isImperfectVerbShape;
import static app.khabar.people.WordShapes.isLikelyVerb;
import static app.khabar.people.WordShapes.isPerfectVerbShape;
import static app.khabar.people.WordShapes.writesVowel;
import static app.khabar.people.WordShapes.writtenWithHamza;

import java.util.List;

import app.khabar.arabic.ArabicText;
import app.khabar.people.NameRecognizer.Name;

/**
 * The nationality-led rule ({@value #ID}): a nationality with the article, used alone, stands for a person, and the
 * name right after it is that person's (توج الإسباني كارلوس ألكاراز، خلفا للهولندي مارتن يول، على التشيكية بيترا
 * كفيتوفا). Sports and arts pages name foreign players and singers this way, often by names no lexicon holds, so
 * the nationality is the cue that vouches for them. Most nationalities in a text are adjectives, though, so the rule
 * reads a name only where:
 * <ul>
 *   <li>the word is a nationality of a country or people ending in ي (or its feminine), not one that qualifies
 *       communities and institutions (الدولي، العربي، الإسلامي);</li>
 *   <li>it stands alone: it carries a preposition, or follows a clause break, a function word, a verb, an ordinary
 *       word's shape or an adverb; after a definite noun, another nationality or a name it is that word's adjective
 *       (الصراع الإسرائيلي الفلسطيني، شركة أرامكو السعودية);</li>
 *   <li>a name follows in the same clause, read by the {@link NameRecognizer}'s name reader strictly (an unlisted
 *       word must write its vowels, a foreign name alone must close), or else two unlisted words that write their
 *       vowels, which are a foreign name though they end in ا like an accusative; or the name of two words or more
 *       is the whole of a quotation right after it (على البرازيلية "إينا بيريز").</li>
 * </ul>
 * Whether a word is the nationality cue at all is asked by the recognizer among its other cues (reporting verbs,
 * list and kinship cues), reading each clitic reading in turn; this rule answers for the nationality. It reads the
 * words of a story and the lexicon; the recognizer takes what it finds. Stateless and thread-safe.
 */
final class NationalityRule {

    /** The rule id served with every name read after a nationality. */
    static final String ID = "nationality-led";

    /** Which nationalities stand for a person (الإسباني، للبرتغالي) and which are group adjectives (الدولي). */
    private final Lexicon lexicon;
    /** The shared name reader and word-shape tests: one definition for all rules. */
    private final NameRecognizer names;
    /** The word tests every rule shares. */
    private final NameWords nameWords;

    NationalityRule(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
        this.nameWords = names.words();
    }

    /** A reading of a word (clitics off, للـ read as الـ) that is a nationality with the article: the rule's cue. */
    boolean isCue(String form) {
        return form.startsWith("ال") && lexicon.isNationality(form);
    }

    /**
     * Whether the nationality {@link #isCue} found may stand for a person: its base without the article (and
     * without the feminine ه) is a listed nationality in ي that does not qualify communities or institutions.
     */
    boolean mayNamePerson(String form) {
        String base = form.substring(2);
        if (base.endsWith("ه")) {
            base = base.substring(0, base.length() - 1);
        }
        return base.endsWith("ي") && lexicon.isNationality(base) && !lexicon.isGroupAdjective(base);
    }

    /**
     * The name after the nationality cue at word {@code i}, which starts at word {@code i + 1}; null when the
     * nationality is another word's adjective or no name follows it in its clause.
     */
    Name personAfter(String text, List<Word> words, int i) {
        if (!standsAlone(words, i) || i + 1 >= words.size()) {
            return null; // الصراع الإسرائيلي الفلسطيني، شركة أرامكو السعودية: an adjective, no person
        }
        boolean quoted = onlyAQuote(text, words, i + 1);
        if (words.get(i + 1).gap() != Word.Gap.NONE && !quoted) {
            return null;
        }
        Name name = names.readNameAfterNationality(words, i + 1);
        if (name == null) {
            name = foreignName(words, i + 1);
        }
        // على البرازيلية "إينا بيريز": a quoted name is the whole quotation, of two words or more (للفيلم التركي
        // "سوماك": one word in quotation marks is a title more often)
        boolean wholeQuotation = name != null && name.units() >= 2 && (name.end() == words.size()
                || onlyAQuote(text, words, name.end()));
        return !quoted || wholeQuotation ? name : null;
    }

    /** Only a quotation mark (and spaces) between word {@code next} and the word before it. */
    private static boolean onlyAQuote(String text, List<Word> words, int next) {
        String between = text.substring(words.get(next - 1).end(), words.get(next).start()).strip();
        return between.length() == 1 && Word.isQuote(between.charAt(0));
    }

    /**
     * A nationality stands for a person (توج الإسباني كارلوس ألكاراز، خلفا للهولندي مارتن يول) when it carries a
     * preposition or follows a clause break, a function word, a verb, an ordinary word's shape without the article
     * (للجمعية البريطانية is the society's adjective) or an adverb (غدا
     * الأسترالية); after a definite noun, another nationality or a name it is that word's adjective.
     */
    private boolean standsAlone(List<Word> words, int i) {
        Word word = words.get(i);
        if (i == 0 || word.gap() != Word.Gap.NONE || word.norm().startsWith("لل") || word.norm().startsWith("بال")) {
            return true;
        }
        Word prev = words.get(i - 1);
        String norm = prev.norm();
        // وقال الكويتي: a verb after the conjunction
        String bare = norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
        return prev.arabic() && (ArabicText.isStopWord(norm) || lexicon.isVerb(norm) || lexicon.isVerb(bare)
                || lexicon.isReportingVerb(norm) || lexicon.isReportingVerb(bare)
                // (للجمعية البريطانية لتنظير: a definite noun's adjective agrees with it)
                || nameWords.isOrdinaryWordShape(prev) && !hasArticle(norm)
                || norm.endsWith("ا") && lexicon.isListedNotName(norm) // غدا، حاليا: an adverb
                || !hasArticle(norm) && !lexicon.isNationality(norm)
                && !lexicon.isPlace(norm) && !lexicon.isNotName(norm) && !lexicon.isAnyGivenName(norm)
                && !lexicon.isKnownSurname(norm) && !lexicon.isOrgHead(norm)
                // (the mined common words hold verbs too: a perfect's shape is a verb all the same, وخسرت)
                && (!lexicon.isCommonWord(norm) && isLikelyVerb(norm) || isPerfectVerbShape(bare)));
    }

    /**
     * على التشيكية بيترا كفيتوفا المصنفة، الأسترالية أجلا توملانوفيتش: after a nationality standing for a person,
     * two unlisted words that write their vowels are a foreign name, though they end in ا like an accusative,
     * when the name closes or an adjective in the article follows it.
     */
    private Name foreignName(List<Word> words, int j) {
        if (j + 1 >= words.size() || words.get(j + 1).gap() != Word.Gap.NONE) {
            return null;
        }
        for (int k = j; k <= j + 1; k++) {
            Word word = words.get(k);
            String norm = word.norm();
            // أليسي ميرتينز: a first word written أل has no article, which is never written with hamza
            boolean article = hasArticle(norm) && !(k == j && writtenWithHamza(word));
            if (!word.arabic() || norm.length() < 4 || article || !writesVowel(norm) || endsWithTanween(word)
                    || lexicon.isNotName(norm) || lexicon.isCommonWord(norm) || nameWords.looksLikeVerb(norm)
                    || isImperfectVerbShape(norm) || isFutureVerb(norm) || norm.charAt(0) == 'و'
                    || lexicon.isAnyGivenName(norm) && lexicon.isWeakGivenName(norm)) {
                return null;
            }
        }
        int end = j + 2;
        if (!(NameWords.endsClause(words, end) || NameWords.functionWordFollows(words, end)
                || NameWords.nextHasArticle(words, end))) {
            return null;
        }
        return new Name(end, 0, List.of(words.get(j).norm(), words.get(j + 1).norm()), "", 2,
                lexicon.isAnyGivenName(words.get(j).norm()));
    }
}

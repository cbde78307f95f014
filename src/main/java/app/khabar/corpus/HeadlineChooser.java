package app.khabar.corpus;

import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;
import app.khabar.arabic.Token;

/**
 * Finds where the main story's text begins (its lead) and which line above it is the headline. A headline is chosen
 * by evidence, not position alone: a title-like line (never a date, byline, masthead, caption fragment or label)
 * that the first body sentences agree with, or one the page repeats; failing both, a long title-like line right
 * above the lead. Pure and thread-safe.
 */
final class HeadlineChooser {

    private final Set<String> dateWords;
    private final Set<String> photoCredits;
    private final LineClassifier classifier;

    HeadlineChooser(CorpusLexicon lexicon, LineClassifier classifier) {
        this.dateWords = lexicon.dateWords();
        this.photoCredits = lexicon.photoCredits();
        this.classifier = classifier;
    }

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*[|–—\\-:]\\s");

    /** A lead paragraph is prose: at least this many words. */
    static final int LEAD_MIN_WORDS = 8;
    static final int MAX_TITLE_WORDS = 25;
    /** Up to this many words, a line the lead contains word for word is a tag or caption (a name alone). */
    private static final int TAG_MAX_WORDS = 4;
    /** A line this long under a full headline is the lead printed without its full stop, not a better headline. */
    private static final int LEAD_UNDER_HEADLINE_MIN_WORDS = 15;
    /** Without agreement or repetition, a line right above the lead needs this many words to be taken as a title. */
    private static final int ADJACENT_TITLE_MIN_WORDS = 5;
    /** The headline stands close to its lead: only so many lines above it are weighed (pages may be huge). */
    private static final int MAX_CANDIDATES = 80;
    /** Share of digits among letters and digits above which a line is a table row or a date, not a headline. */
    private static final double MAX_DIGIT_SHARE = 0.3;
    /** A line above the lead sharing nothing with it is another story's headline from this many content words. */
    private static final int OTHER_STORY_MIN_TERMS = 6;
    /** A bulleted line (a list item) is the headline only when it stands over the lead and shares this much. */
    private static final int BULLETED_TITLE_MIN_AGREEMENT = 2;

    /** A full sentence right under a headline-like line is the lead from this many words. */
    private static final int SHORT_LEAD_MIN_WORDS = 6;

    /** The line above (past dates, bylines and noise) is headline-like. */
    private static boolean underHeadline(List<ClassifiedLine> lines, int at) {
        for (int i = at - 1; i >= 0; i--) {
            LineKind kind = lines.get(i).kind();
            if (kind == LineKind.DATE || kind == LineKind.BYLINE || kind == LineKind.NOISE) {
                continue;
            }
            return kind == LineKind.HEADLINE_LIKE && !lines.get(i).bulleted();
        }
        return false;
    }

    /**
     * Index of the first body line long enough to be prose (or a shorter full sentence right under a headline);
     * -1 when the page has no body at all.
     */
    static int leadIndex(List<ClassifiedLine> lines) {
        int firstBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            ClassifiedLine line = lines.get(i);
            if (line.kind() == LineKind.BODY && !isPrintedTwice(lines, i)) {
                int words = words(line.text());
                if (words >= LEAD_MIN_WORDS || words >= SHORT_LEAD_MIN_WORDS
                        && LineClassifier.endsWithSentenceEnd(line.text()) && underHeadline(lines, i)) {
                    return i;
                }
                if (firstBody < 0) {
                    firstBody = i;
                }
            }
        }
        return firstBody;
    }

    /** Index of the headline among the lines above the lead, or -1 when none has the evidence. */
    int choose(List<ClassifiedLine> lines, int lead) {
        String leadText = leadText(lines, lead);
        int adjacent = adjacentCandidate(lines, lead);
        Map<String, Integer> printed = new HashMap<>();
        for (int i = Math.max(0, lead - MAX_CANDIDATES); i < lead; i++) {
            printed.merge(PageReader.headlineKey(lines.get(i).text()), 1, Integer::sum);
        }
        int best = -1;
        int bestAgreement = 0;
        int bulletedAdjacent = bulletedAdjacentCandidate(lines, lead);
        for (int i = Math.max(0, lead - MAX_CANDIDATES); i < lead; i++) {
            ClassifiedLine line = lines.get(i);
            if (i == bulletedAdjacent) {
                // a listing page: the item whose lead follows it is the story, its headline bulleted like the rest
                if (agreement(line.text(), leadText) >= BULLETED_TITLE_MIN_AGREEMENT && best < 0) {
                    best = i;
                    bestAgreement = agreement(line.text(), leadText);
                }
                continue;
            }
            if (!canBeTitle(line) && !isPrintedTwice(lines, i) || isPhotoCaption(line.text())) {
                continue;
            }
            int words = words(line.text());
            if (words <= TAG_MAX_WORDS && PageReader.headlineKey(leadText).contains(PageReader.headlineKey(line.text()))) {
                // a name or phrase the lead spells out word for word: a tag or caption of the story, not its title
                continue;
            }
            int agreement = agreement(line.text(), leadText);
            int repeats = printed.get(PageReader.headlineKey(line.text()));
            boolean agreed = words >= 3 ? agreement >= 2 || (agreement >= 1 && (words >= 4 || repeats >= 2))
                    : agreement >= 1 && repeats >= 2;
            boolean repeated = repeats >= 2 && words >= 3;
            boolean nextToLead = i == adjacent && i != otherStoryHeadline(lines, lead)
                    && (words >= ADJACENT_TITLE_MIN_WORDS || words >= 3 && agreement >= 1 && plainWords(line.text()));
            if ((agreed || repeated || nextToLead) && (best < 0
                    || agreement >= 2 * bestAgreement && agreement >= bestAgreement + 2
                    && !(bestAgreement >= 2 && readsAsLeadUnderHeadline(lines.get(best).text(), line.text()))
                    || agreement >= bestAgreement && isSiteTitleOf(lines.get(best).text(), line.text()))) {
                // the first line with evidence, unless a later one shares clearly more with the lead (twice as
                // many words and two more): a section label, a caption or a site line above the headline shares
                // a word or a few, the headline itself most; a caption below it may come close, which is not enough
                best = i;
                bestAgreement = agreement;
            }
        }
        return best > 0 ? headlineAboveItsLead(lines, best) : best;
    }

    /**
     * والي الخرطوم يواصل لقاءاته … over واصل والي الخرطوم … لقاءاته المكثفة …: the line chosen is a long unpunctuated
     * lead under the headline that sums it up (two content words or more in common); the headline is the one above.
     */
    private int headlineAboveItsLead(List<ClassifiedLine> lines, int chosen) {
        int above = chosen - 1;
        while (above >= 0
                && (lines.get(above).kind() == LineKind.DATE || lines.get(above).kind() == LineKind.BYLINE)) {
            above--;
        }
        if (above < 0 || lines.get(above).kind() != LineKind.HEADLINE_LIKE || !canBeTitle(lines.get(above))) {
            return chosen;
        }
        String headline = lines.get(above).text();
        String lead = lines.get(chosen).text();
        return readsAsLeadUnderHeadline(headline, lead) && agreement(headline, lead) >= 2 ? above : chosen;
    }

    /**
     * {@code السلطات المحلية تعيد بناء جامع النوري …} over {@code بدأت السلطات المحلية باعادة بناء مسجد النوري …}: a
     * long line under a full headline, sharing much with the text, is the lead printed without its full stop; it
     * shares more with the text than the headline does because it is the text. A line above that opens a clause
     * ({@code فيما تتواصل فعاليات …}) is a kicker the headline under it goes on from, not a headline itself.
     */
    private boolean readsAsLeadUnderHeadline(String headline, String line) {
        return words(headline) >= ADJACENT_TITLE_MIN_WORDS && words(line) >= LEAD_UNDER_HEADLINE_MIN_WORDS
                && words(line) > 2 * words(headline) - 2 && !classifier.opensWithConjunction(headline);
    }

    /**
     * A sentence-like line printed twice in a row (the page's title, then the headline, both ending with a full
     * stop): a headline however it is punctuated, never the lead.
     */
    static boolean isPrintedTwice(List<ClassifiedLine> lines, int at) {
        ClassifiedLine line = lines.get(at);
        int words = words(line.text());
        if (line.kind() != LineKind.BODY || line.bulleted() || words < ADJACENT_TITLE_MIN_WORDS
                || words > MAX_TITLE_WORDS) {
            return false;
        }
        String text = line.text().strip();
        return at > 0 && lines.get(at - 1).text().strip().equals(text)
                || at + 1 < lines.size() && lines.get(at + 1).text().strip().equals(text);
    }

    /**
     * {@code X – موقع قناة المنار – لبنان} or {@code X | بلدية رام الله}: the page's title, the headline with the
     * site's name after a separator, printed above the headline itself.
     */
    private static boolean isSiteTitleOf(String pageTitle, String headline) {
        String page = pageTitle.strip();
        String head = headline.strip();
        return words(head) >= 3 && page.length() > head.length() && page.startsWith(head)
                && SITE_SEPARATOR.matcher(page.substring(head.length())).lookingAt();
    }

    /**
     * Whether a line may be a headline at all: a headline-like or short line that is not bulleted (a ticker item),
     * not mostly digits (a table row, a date) and does not end like a caption fragment or a label.
     */
    static boolean canBeTitle(ClassifiedLine line) {
        LineKind kind = line.kind();
        if (kind != LineKind.HEADLINE_LIKE && kind != LineKind.FRAGMENT && kind != LineKind.BODY) {
            return false;
        }
        String text = line.text();
        int words = words(text);
        if (line.bulleted() || words < 2 || words > MAX_TITLE_WORDS || text.length() > 200) {
            return false;
        }
        if (kind == LineKind.BODY && !LineClassifier.isHeadlineLike(text)) {
            return false;
        }
        return arabicLetters(text) * 2 >= letters(text) && digitShare(text) <= MAX_DIGIT_SHARE;
    }

    /**
     * The line right above the lead when it is a full headline of some other story: many content words and not
     * one of them in the lead and the three paragraphs after it (a ticker or teaser printed over the article), and
     * no clauses joined by the Arabic comma; else -1.
     */
    int otherStoryHeadline(List<ClassifiedLine> lines, int lead) {
        int adjacent = adjacentCandidate(lines, lead);
        if (adjacent < 0 || lines.get(adjacent).kind() != LineKind.HEADLINE_LIKE) {
            return -1;
        }
        String text = lines.get(adjacent).text();
        if (contentTerms(text).size() < OTHER_STORY_MIN_TERMS || text.indexOf('،') >= 0) {
            return -1; // (في مشهد امتزجت فيه الذاكرة بالوفاء، والحنين بالاعتزاز: clauses joined by the comma are prose)
        }
        StringBuilder story = new StringBuilder(lines.get(lead).text());
        for (int i = lead + 1, body = 0; i < lines.size() && body < 3; i++) {
            if (lines.get(i).kind() == LineKind.BODY) {
                story.append(' ').append(lines.get(i).text());
                body++;
            }
        }
        return agreement(text, story.toString()) == 0 ? adjacent : -1;
    }

    /** Content terms the two texts share. */
    int agreement(String candidate, String text) {
        Set<String> shared = contentTerms(candidate);
        shared.retainAll(contentTerms(text));
        return shared.size();
    }

    /** Share of the candidate's content terms among the given terms; 0 for a candidate without content terms. */
    double containment(String candidate, Set<String> textTerms) {
        Set<String> terms = contentTerms(candidate);
        if (terms.isEmpty()) {
            return 0;
        }
        long found = terms.stream().filter(textTerms::contains).count();
        return (double) found / terms.size();
    }

    /**
     * Words that carry a topic: normalised, without a glued conjunction, preposition or article, light-stemmed;
     * stop words, numbers and date words ("اليوم", weekdays) left out, as every page has them.
     */
    Set<String> contentTerms(String text) {
        Set<String> terms = new HashSet<>();
        for (Token token : ArabicText.tokenize(text)) {
            String word = ArabicText.normalize(token.text()).toLowerCase(java.util.Locale.ROOT);
            if (word.length() < 2 || Character.isDigit(word.charAt(0)) || ArabicText.isStopWord(word)
                    || dateWords.contains(word)) {
                continue;
            }
            String bare = ArabicText.withoutCliticPrefix(word);
            if (dateWords.contains(bare) || dateWords.contains("ال" + bare) || ArabicText.isStopWord(bare)) {
                continue;
            }
            String stem = ArabicText.stem(bare);
            terms.add(stem.length() >= 2 ? stem : bare);
        }
        return terms;
    }

    static int words(String text) {
        return ArabicText.tokenize(text).size();
    }

    /** The lead and the body line after it: what the headline should agree with. */
    private static String leadText(List<ClassifiedLine> lines, int lead) {
        StringBuilder text = new StringBuilder(lines.get(lead).text());
        for (int i = lead + 1; i < lines.size() && i <= lead + 3; i++) {
            if (lines.get(i).kind() == LineKind.BODY) {
                text.append(' ').append(lines.get(i).text());
                break;
            }
        }
        return text.toString();
    }

    /** {@code ... قبل مواجهة البرتغال (Getty)}: a line ending with a photo credit in brackets is a caption. */
    boolean isPhotoCaption(String text) {
        String line = text.strip();
        int open = line.lastIndexOf('(');
        if (open <= 0 || !line.endsWith(")")) {
            return false;
        }
        return photoCredits.contains(CorpusLexicon.normalize(line.substring(open + 1, line.length() - 1)));
    }

    /** A bulleted title-like line right above the lead, with only dates, bylines and noise between; else -1. */
    private static int bulletedAdjacentCandidate(List<ClassifiedLine> lines, int lead) {
        for (int i = lead - 1; i >= 0; i--) {
            ClassifiedLine line = lines.get(i);
            LineKind kind = line.kind();
            if (kind == LineKind.DATE || kind == LineKind.BYLINE || kind == LineKind.NOISE) {
                continue;
            }
            if (!line.bulleted()) {
                return -1;
            }
            ClassifiedLine plain = new ClassifiedLine(kind, line.text(), line.payload(), false);
            return canBeTitle(plain) ? i : -1;
        }
        return -1;
    }

    /** The title-like line right above the lead, with only dates, bylines and noise between. */
    private static int adjacentCandidate(List<ClassifiedLine> lines, int lead) {
        for (int i = lead - 1; i >= 0; i--) {
            LineKind kind = lines.get(i).kind();
            if (kind == LineKind.DATE || kind == LineKind.BYLINE || kind == LineKind.NOISE) {
                continue;
            }
            return canBeTitle(lines.get(i)) ? i : -1;
        }
        return -1;
    }

    /**
     * Words only, no digits and no separator: {@code وغربت شمس الصبوحة} may be a short headline, a dateline or
     * credit such as {@code الدوحة : واس} or {@code زنقة 20 . الرباط} is not, though it shares the lead's place.
     */
    private static boolean plainWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || ":：-–—|/.".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    private static int arabicLetters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ArabicText.isArabicLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static double digitShare(String text) {
        int digits = 0;
        int all = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                all++;
            } else if (Character.isLetter(c)) {
                all++;
            }
        }
        return all == 0 ? 1 : (double) digits / all;
    }
}

package app.khabar.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What sites print around a headline on the same line and is not part of it: a label in brackets after it or before
 * it with a colon, a listing's time of day, a breadcrumb trail, the site and section after bars (the page's title), a
 * site's name in Latin letters, a date in brackets, a byline, the headline printed twice. Each cut keeps a part of the
 * line of a headline's length (a copy printed twice keeps one copy); pure and thread-safe.
 */
final class HeadlineDecoration {

    /** {@code 22:15رسميا...}: a listing's time of day printed against its headline. */
    private static final Pattern LISTING_TIME = Pattern.compile("^\\d{1,2}:\\d{2}\\s*(?=\\S)");
    /** {@code Home » X}, {@code منتديات > منتدى الحقوق > X}: the trail of sections leading to the page. */
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[»›>]\\s");
    /** {@code X | أخبار | DW}: bars part the page's title from the site and section names. */
    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");
    /** {@code News1- X - trained}: a dash with a space after it (never one inside a word). */
    private static final Pattern DASH = Pattern.compile("(?:\\s+|(?<=[A-Za-z0-9]))[-–—]\\s+");
    /** {@code X (27/7/2016)}: the day the listing printed against a headline. */
    private static final Pattern BRACKETED_DATE = Pattern.compile(
            "\\s*[(\\[]\\s*\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}\\s*[)\\]]$");
    /** {@code X بقلم:د.محمود …}: an opinion column's byline printed on its headline's line. */
    private static final Pattern BYLINE = Pattern.compile("\\s+بقلم\\s*[:：].*$");
    private static final String QUOTES = "\"'«»“”„″";
    private static final Pattern LEADING_LABEL = Pattern.compile("^([^:：]{2,20}?)\\s*[:：]\\s*");

    /** What is left must be at least this long to be a headline. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** Site, section and dateline segments are this short; a longer segment is part of the headline. */
    private static final int MAX_SITE_SEGMENT_WORDS = 3;
    /** Between bars, sections and site names may be a word longer ({@code أخبار السعودية والخليج}). */
    private static final int MAX_BARRED_SEGMENT_WORDS = 4;

    private final Set<String> labels;

    HeadlineDecoration(CorpusLexicon lexicon) {
        this.labels = lexicon.headlineLabels();
    }

    /** The headline without what the site printed around it. */
    String strip(String line) {
        String text = LISTING_TIME.matcher(line.strip()).replaceFirst("");
        text = withoutBracketedLabel(text);
        text = withoutLeadingLabel(text);
        text = lastOfBreadcrumb(text);
        text = headlineAmongSegments(text, BAR, MAX_BARRED_SEGMENT_WORDS, true);
        text = headlineAmongSegments(text, DASH, MAX_SITE_SEGMENT_WORDS, false);
        text = withoutTail(text, BRACKETED_DATE);
        text = withoutTail(text, BYLINE);
        return printedOnce(text);
    }

    /**
     * {@code جاكرتا - ما يقرب من …} over a lead {@code جاكرتا - سيتم …}: the dateline the lead opens with, printed on
     * the headline too, is no part of it. Only a prefix of at most {@value #MAX_SITE_SEGMENT_WORDS} words before a
     * dash that the lead opens with, dash and all (مباراة الأهلي - الزمالك stays whole).
     */
    static String withoutLeadsDateline(String headline, String lead) {
        Matcher dash = DASH.matcher(headline);
        if (!dash.find() || dash.start() == 0) {
            return headline;
        }
        String prefix = headline.substring(0, dash.start()).strip();
        String rest = headline.substring(dash.end()).strip();
        String leadText = lead.strip();
        if (words(prefix) > MAX_SITE_SEGMENT_WORDS || words(rest) < MIN_HEADLINE_WORDS || !leadText.startsWith(prefix)) {
            return headline;
        }
        Matcher leadDash = DASH.matcher(leadText);
        return leadDash.find() && leadDash.start() == prefix.length() ? rest : headline;
    }

    /** {@code المبعوث يستفز الحوثيين (اعلان)}: a label the lexicon knows, in brackets at the end. */
    private String withoutBracketedLabel(String text) {
        int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('['));
        if (open > 0 && (text.endsWith(")") || text.endsWith("]"))
                && labels.contains(CorpusLexicon.normalize(text.substring(open + 1, text.length() - 1)))) {
            return text.substring(0, open).strip();
        }
        return text;
    }

    /** {@code العنوان : بلدية النصيرات …}: a label the lexicon knows, then a colon. */
    private String withoutLeadingLabel(String text) {
        Matcher label = LEADING_LABEL.matcher(text);
        if (label.lookingAt() && labels.contains(CorpusLexicon.normalize(label.group(1)))
                && words(text.substring(label.end())) >= MIN_HEADLINE_WORDS) {
            return text.substring(label.end());
        }
        return text;
    }

    /** The last step of a trail of sections; a guillemet closing a quotation («…») is no trail. */
    private static String lastOfBreadcrumb(String text) {
        if (text.indexOf('«') >= 0) {
            return text;
        }
        String[] steps = BREADCRUMB.split(text);
        String last = steps[steps.length - 1].strip();
        return steps.length > 1 && words(last) >= MIN_HEADLINE_WORDS ? last : text;
    }

    /**
     * The page's title as sites print it: one long segment, the headline, among short ones (site, section, date).
     * Between bars what follows the headline goes ({@code الميركاتو الشتوي | مدرب عربي …} keeps its topic), unless it
     * ends like a sentence ({@code … | دليلك الشامل!}). Between dashes an Arabic segment is part of the headline as
     * often (مباراة الأهلي - الزمالك في …، خطة 2020 - 2025 …، … كرمت القنصل – سيدني): only a site's name in Latin
     * letters goes, and what follows the headline once such a name was stripped before it
     * ({@code News1- X - trained - نيوز وان}).
     */
    private static String headlineAmongSegments(String text, Pattern separator, int maxSegmentWords, boolean bars) {
        List<String> segments = new ArrayList<>();
        for (String segment : separator.split(text)) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        if (segments.size() < 2) {
            return text;
        }
        int headline = 0;
        for (int i = 1; i < segments.size(); i++) {
            if (words(segments.get(i)) > words(segments.get(headline))) {
                headline = i;
            }
        }
        if (words(segments.get(headline)) <= maxSegmentWords) {
            return text;
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (i == headline) {
                continue;
            }
            boolean siteLike = words(segment) <= maxSegmentWords && !LineClassifier.endsWithSentenceEnd(segment)
                    && !isNumber(segment) && !isQuoted(segment);
            boolean placed = hasLatinLetter(segment) || (bars ? i > headline : i > headline && headline > 0);
            if (!siteLike || !placed) {
                return text;
            }
        }
        return segments.get(headline);
    }

    private static String withoutTail(String text, Pattern tail) {
        Matcher matcher = tail.matcher(text);
        if (matcher.find() && words(text.substring(0, matcher.start())) >= MIN_HEADLINE_WORDS) {
            return text.substring(0, matcher.start()).strip();
        }
        return text;
    }

    /** {@code الحياة البرلمانية الحياة البرلمانية}: the headline glued to a copy of itself. */
    private static String printedOnce(String text) {
        int half = text.length() / 2;
        if (text.length() % 2 == 1 && text.charAt(half) == ' ' && text.substring(0, half).equals(text.substring(half + 1))
                && words(text) >= 2) {
            return text.substring(0, half);
        }
        return text;
    }

    /** {@code "عائد من الغيب" – فالح المطيري: …}: a quoted name (a book, a film) belongs to the headline. */
    private static boolean isQuoted(String segment) {
        return QUOTES.indexOf(segment.charAt(0)) >= 0 || QUOTES.indexOf(segment.charAt(segment.length() - 1)) >= 0;
    }

    private static boolean isNumber(String segment) {
        return segment.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    private static boolean hasLatinLetter(String segment) {
        return segment.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    }

    private static int words(String text) {
        return HeadlineChooser.words(text);
    }
}

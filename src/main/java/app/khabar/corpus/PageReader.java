package app.khabar.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;
import app.khabar.arabic.Token;

/**
 * Reads a raw news page into stories: the MAIN article, EMBEDDED stories (after "read also" markers, or a
 * headline directly followed by a body) and TEASER headlines without a body; with date, sources and tags, and
 * page noise removed. Pure and thread-safe.
 */
public final class PageReader {

    /** Below this share of Arabic letters a page is taken to be in another language. */
    private static final double MIN_ARABIC_SHARE = 0.3;
    private static final int DERIVED_TITLE_MAX_WORDS = 14;
    /** {@code date 2025-08-13 كتب- …}: an ISO date stamp at the start of a line, with or without the word date. */
    private static final Pattern DATE_PREFIX = Pattern.compile("^(?:date\\s+)?(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");
    /** Fewer bullet-and-headline pairs than this in a row are rules between sections. */
    private static final int LONE_BULLET_LIST_ITEMS = 3;
    /**
     * Fewer teasers than this sharing their opening text are no sidebar with a glued section label: with few, the
     * headlines' own first letters are too often alike (يفتتح، يزور، يترأس).
     */
    private static final int GLUED_LABEL_MIN_TEASERS = 5;
    /** Hard-wrapped prose: at least this many short lines in a row, at most this long, one in four ending open. */
    private static final int WRAPPED_RUN_MIN_LINES = 8;
    private static final int WRAPPED_LINE_MAX_CHARS = 40;
    private static final int WRAPPED_OPEN_ENDS_PER_LINES = 4;
    /**
     * Wider hard-wrapped prose: lines at least this long and of this many words, filled to this share of the widest,
     * this many joined.
     */
    private static final int FIXED_WIDTH_MIN_CHARS = 35;
    private static final int FIXED_WIDTH_MIN_WORDS = 4;
    private static final double FIXED_WIDTH_FILL = 0.8;
    private static final int FIXED_WIDTH_MIN_LINES = 3;
    /** Paragraphs longer than this many lines are left as they are (and a page of short lines is read in linear time). */
    private static final int FIXED_WIDTH_MAX_LINES = 40;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    /** Line breaks, and runs of three or more spaces where a crawler glued page elements (ticker items) together. */
    private static final Pattern ELEMENT_BREAK = Pattern.compile("\\R|[ \\t\\u00A0]{3,}");
    /** {@code 2- يعين …}, {@code ٣) …}: an item of a numbered list. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^[0-9\u0660-\u0669]{1,2}\\s*[-–.)]\\s+\\S");
    /** {@code وزير الدفاع: ميشال منسى}, {@code الدفاع: ماتيب، فان دايك}: a short label, a colon, its value. */
    private static final Pattern LABELLED_ITEM = Pattern.compile("^[^:\\d]{2,60}?:\\s*\\S");
    /** A link pasted into the text, even into the middle of a word: it ends where ASCII ends. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[\\x21-\\x7E]+");

    private final LineClassifier classifier;
    private final HeadlineChooser headlines;
    private final Set<String> openLineEnds;
    private final HeadlineDecoration decoration;

    private PageReader(CorpusLexicon lexicon) {
        this.classifier = new LineClassifier(lexicon);
        this.headlines = new HeadlineChooser(lexicon, classifier);
        this.decoration = new HeadlineDecoration(lexicon);
        this.openLineEnds = lexicon.openLineEnds();
    }

    public static PageReader fromClasspath() {
        return new PageReader(CorpusLexicon.fromClasspath());
    }

    /**
     * Prose a site wrapped at a narrow fixed width (أقامت الكيانات السياسية / وشيوخ العشائر والاتحادات / … / الأستاذ
     * نوري المالكي تحت / شعار …): a long run of short lines of plain text, many of them ending on a word no headline
     * ends on, is joined back into paragraphs, each ending where a line ends a sentence. A marker, a header, a date,
     * a source, a bulleted or numbered item ends the run; every line outside a run is kept as it is.
     */
    List<String> unwrapHardWrappedProse(List<String> lines) {
        return unwrapHardWrappedProse(lines, classifier::classify);
    }

    /** {@link #unwrapHardWrappedProse(List)} asking {@code classify} about each line (a page keeps the answers). */
    private List<String> unwrapHardWrappedProse(List<String> lines, Function<String, ClassifiedLine> classify) {
        return unwrapFixedWidthProse(unwrapNarrowProse(lines, classify), classify);
    }

    private List<String> unwrapNarrowProse(List<String> lines, Function<String, ClassifiedLine> classify) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int openEnds = 0;
            while (end < lines.size() && isWrappedLine(lines.get(end), classify)) {
                openEnds += endsOpen(lines.get(end)) ? 1 : 0;
                end++;
            }
            if (end - i >= WRAPPED_RUN_MIN_LINES && openEnds * WRAPPED_OPEN_ENDS_PER_LINES >= end - i) {
                StringBuilder paragraph = new StringBuilder();
                for (int k = i; k < end; k++) {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(lines.get(k));
                    if (LineClassifier.endsWithSentenceEnd(lines.get(k)) || k == end - 1) {
                        out.add(paragraph.toString());
                        paragraph.setLength(0);
                    }
                }
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /**
     * Prose a site wrapped at a wider fixed width (… وأكد فضيلة / الشيخ الدكتور …), lines too long for the narrow
     * regime, is joined back one paragraph at a time: lines of plain text up to one that ends a sentence, when each
     * line but the last is filled so that the next line's first word would not have fitted after it, the width being
     * the paragraph's longest line, and the last line is no longer than that. That is how a line breaker fills
     * lines; headlines of varying length in a row, a headline printed twice above its text or a ticker's
     * time-stamped items seldom look so. At least {@value #FIXED_WIDTH_MIN_LINES} lines, one of them ending on a word
     * rather than a mark.
     */
    private List<String> unwrapFixedWidthProse(List<String> lines, Function<String, ClassifiedLine> classify) {
        int n = lines.size();
        boolean[] endsSentence = new boolean[n];
        boolean[] fullLine = new boolean[n];
        boolean[] lastLine = new boolean[n]; // the last line of a paragraph may hold a word or two
        for (int k = 0; k < n; k++) {
            endsSentence[k] = LineClassifier.endsWithSentenceEnd(lines.get(k));
            fullLine[k] = lines.get(k).length() >= FIXED_WIDTH_MIN_CHARS
                    && isPlainProseLine(lines.get(k), FIXED_WIDTH_MIN_WORDS, classify);
            lastLine[k] = endsSentence[k] && (fullLine[k] || isPlainProseLine(lines.get(k), 1, classify));
        }
        List<String> out = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            int end = paragraphEnd(i, n, endsSentence, fullLine, lastLine);
            if (end >= 0 && isFixedWidthParagraph(lines.subList(i, end + 1))) {
                out.add(String.join(" ", lines.subList(i, end + 1)));
                i = end + 1;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /** The line that ends the sentence begun at {@code start}, or -1 when a line that is no prose comes first. */
    private static int paragraphEnd(int start, int n, boolean[] endsSentence, boolean[] fullLine, boolean[] lastLine) {
        int limit = Math.min(n, start + FIXED_WIDTH_MAX_LINES);
        for (int k = start; k < limit; k++) {
            if (endsSentence[k]) {
                return (k > start ? lastLine[k] : fullLine[k]) ? k : -1;
            }
            if (!fullLine[k]) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isFixedWidthParagraph(List<String> paragraph) {
        if (paragraph.size() < FIXED_WIDTH_MIN_LINES) {
            return false;
        }
        int width = 0;
        boolean endsOnAWord = false;
        for (String line : paragraph.subList(0, paragraph.size() - 1)) {
            width = Math.max(width, line.length());
            endsOnAWord |= Character.isLetterOrDigit(line.charAt(line.length() - 1));
        }
        for (int k = 0; k + 1 < paragraph.size(); k++) {
            if (!goesOnInto(paragraph.get(k), paragraph.get(k + 1), width)) {
                return false;
            }
        }
        return endsOnAWord && paragraph.get(paragraph.size() - 1).length() <= width;
    }

    /** The next line's first word is plain (a ticker's time glued to its headline, 20:18ابو, is no wrapped word). */
    private static boolean goesOnInto(String line, String next, int width) {
        int space = next.indexOf(' ');
        String firstWord = space < 0 ? next : next.substring(0, space);
        String bare = TRAILING_PUNCTUATION.matcher(firstWord).replaceFirst("");
        boolean plain = !bare.isEmpty() && (bare.chars().allMatch(c -> Character.isLetter(c)
                || ArabicText.isWordMark((char) c)) || bare.chars().allMatch(Character::isDigit));
        return plain && line.length() >= FIXED_WIDTH_FILL * width
                && line.length() + 1 + firstWord.length() > width;
    }

    private static boolean isWrappedLine(String line, Function<String, ClassifiedLine> classify) {
        return line.length() <= WRAPPED_LINE_MAX_CHARS && isPlainProseLine(line, 2, classify);
    }

    /** Arabic text of at least {@code minWords} words, read as prose or a headline: no date, item or bullet. */
    private static boolean isPlainProseLine(String line, int minWords, Function<String, ClassifiedLine> classify) {
        if (HeadlineChooser.words(line) < minWords || ArabicText.arabicLetterShare(line, 0) <= 0.8
                || DATE_PREFIX.matcher(line).find() || isNumberedItem(line)) {
            return false;
        }
        ClassifiedLine classified = classify.apply(line);
        return !classified.bulleted() && (classified.kind() == LineKind.HEADLINE_LIKE
                || classified.kind() == LineKind.BODY || classified.kind() == LineKind.FRAGMENT);
    }

    private boolean endsOpen(String line) {
        List<Token> tokens = ArabicText.tokenize(line);
        if (tokens.isEmpty()) {
            return false;
        }
        String last = CorpusLexicon.normalize(tokens.get(tokens.size() - 1).text());
        return openLineEnds.contains(last)
                || last.length() > 2 && last.charAt(0) == 'و' && openLineEnds.contains(last.substring(1));
    }

    /** Decodes and reads one corpus file. */
    public ParsedPage read(String fileName, byte[] content) throws UnreadablePageException {
        return read(fileName, PageDecoder.decode(content), contentHash(content));
    }

    ParsedPage read(String fileName, String text, String contentHash) throws UnreadablePageException {
        if (text.isBlank()) {
            throw new UnreadablePageException("only whitespace, no text");
        }
        double arabicShare = ArabicText.arabicLetterShare(text, 0);
        if (arabicShare < MIN_ARABIC_SHARE) {
            throw new UnreadablePageException(String.format(
                    "not an Arabic page: only %.0f%% of its letters are Arabic", arabicShare * 100));
        }
        List<String> cleaned = new ArrayList<>();
        for (String raw : ELEMENT_BREAK.split(text)) {
            cleaned.add(clean(raw));
        }
        // a line the unwrapping classed is not classed again
        Map<String, ClassifiedLine> classified = new HashMap<>();
        Function<String, ClassifiedLine> classify = line -> classified.computeIfAbsent(line, classifier::classify);
        List<ClassifiedLine> lines = new ArrayList<>();
        for (String line : unwrapHardWrappedProse(cleaned, classify)) {
            Matcher datePrefix = DATE_PREFIX.matcher(line);
            if (datePrefix.find()) {
                // a crawler's date stamp glued before the line's own text: two lines
                lines.add(new ClassifiedLine(LineKind.DATE, datePrefix.group(1), datePrefix.group(1), false));
                line = line.substring(datePrefix.end()).strip();
            }
            if (!line.isEmpty()) {
                lines.add(classify.apply(line));
            }
        }
        markItemsUnderLoneBullets(lines);
        boolean punctuatesNowhere = lines.stream().noneMatch(l -> l.kind() == LineKind.BODY);
        // from the last line up, so a line read as prose lets the one before it go on into it
        boolean nextReadAsProse = false;
        for (int i = lines.size() - 1; i >= 0; i--) {
            ClassifiedLine line = lines.get(i);
            boolean readAsProse = line.kind() == LineKind.NOISE && LineClassifier.isTicker(line.text())
                    && tickerShapeIsProse(lines, i, punctuatesNowhere, nextReadAsProse);
            if (readAsProse) {
                lines.set(i, new ClassifiedLine(LineKind.BODY, line.text(), line.text(), line.bulleted()));
            }
            nextReadAsProse = readAsProse;
        }
        Segmenter segmenter = new Segmenter(headlines, classifier, decoration);
        segmenter.run(lines);
        if (segmenter.stories.isEmpty()) {
            throw new UnreadablePageException("no story text: the page holds only page boilerplate ("
                    + segmenter.noiseLines + " lines of noise)");
        }
        String label = gluedSectionLabel(segmenter.stories.stream()
                .filter(draft -> draft.kind == StoryKind.TEASER).map(draft -> draft.title).toList());
        List<ParsedStory> stories = new ArrayList<>();
        for (StoryDraft draft : segmenter.stories) {
            stories.add(draft.build(stories.size(), label));
        }
        return new ParsedPage(fileName, contentHash, stories, segmenter.warnings);
    }

    /**
     * Whether a long unpunctuated line, a ticker of headlines by its shape, is prose after all: on a site that never
     * punctuates; as the page's last line (cut before its full stop; a footer the noise patterns know stays noise);
     * before a paragraph that goes on from it with و (التقى الوزير وفدا … / وأكد الحسني …), a line read so included;
     * and before a paragraph the page itself punctuates (نائب الوزير أكد …., the lead and its next paragraph) or an
     * unpunctuated line going on from it with و and a verb (ويرى …). Not a line with a menu's separators or a noise
     * pattern, nor a verse printed vocalised above the story: those stay out.
     */
    private boolean tickerShapeIsProse(List<ClassifiedLine> lines, int i, boolean punctuatesNowhere,
                                       boolean nextReadAsProse) {
        String text = lines.get(i).text();
        if (punctuatesNowhere) {
            return true;
        }
        if (i == lines.size() - 1) {
            return !classifier.matchesNoisePattern(text);
        }
        if (isVocalised(text)) {
            return false;
        }
        ClassifiedLine next = lines.get(i + 1);
        if (next.kind() == LineKind.BODY && classifier.opensWithConjunction(next.text())) {
            return true;
        }
        boolean plain = text.indexOf('|') < 0 && text.indexOf('»') < 0 && !classifier.matchesNoisePattern(text);
        // a ticker above another line read as prose is no lead
        return plain && (next.kind() == LineKind.BODY && !nextReadAsProse
                || next.kind() == LineKind.HEADLINE_LIKE && LineClassifier.opensWithConjoinedVerb(next.text()));
    }

    /**
     * A fifth of the line's words or more carry a vowel mark: scripture or verse (shadda and tanween alone count),
     * which news prose never prints so (a tanween on an adverb here and there). Tatweel is decoration, not a mark.
     */
    static boolean isVocalised(String line) {
        List<Token> words = ArabicText.tokenize(line);
        int vocalised = 0;
        for (Token word : words) {
            if (word.text().chars().anyMatch(c -> c != '\u0640' && ArabicText.isWordMark((char) c))) {
                vocalised++;
            }
        }
        return !words.isEmpty() && vocalised * 5 >= words.size();
    }

    /** Whitespace collapsed and invisible format characters (BOM, ZWJ, bidi marks, emoji selectors) removed. */
    static String clean(String line) {
        line = URL.matcher(line).replaceAll("");
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT || (c >= '\uFE00' && c <= '\uFE0F') || type == Character.CONTROL) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }


    /** What {@link ParsedPage#contentHash()} holds for a file of these bytes. */
    public static String contentHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Normalised headline: the same headline twice (on a page or across pages) has one key. */
    public static String headlineKey(String title) {
        StringBuilder key = new StringBuilder();
        for (var token : ArabicText.tokenize(title)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(ArabicText.normalize(token.text()));
        }
        return key.toString();
    }

    /**
     * A list of headlines whose bullets stand on lines of their own (-, headline, -, headline, -, headline): each
     * headline is a bulleted line. A lone dash between paragraphs is a rule between sections, not a list.
     */
    private static void markItemsUnderLoneBullets(List<ClassifiedLine> lines) {
        int runStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean item = isLoneBullet(lines, i) && i + 1 < lines.size()
                    && lines.get(i + 1).kind() == LineKind.HEADLINE_LIKE;
            if (item) {
                i++; // the pair: bullet, headline
                continue;
            }
            int pairs = (i - runStart) / 2;
            if (pairs >= LONE_BULLET_LIST_ITEMS) {
                for (int j = runStart + 1; j < i; j += 2) {
                    lines.set(j, lines.get(j).asBulleted());
                }
            }
            runStart = i + 1;
        }
    }

    private static boolean isLoneBullet(List<ClassifiedLine> lines, int i) {
        return i < lines.size() && LineClassifier.isBulletAlone(lines.get(i).text());
    }

    /**
     * {@code محافظات وأقاليممليشيا …}, {@code محافظات وأقاليمرئيس …}: a sidebar's section label glued to the
     * headlines it heads. Five teasers or more opening with the same text, whose last word of four letters or more
     * runs into each one's next letter (an article they all open with is theirs); empty when there is none. A label
     * of one word, or one that fewer teasers carry, is left on them.
     */
    static String gluedSectionLabel(List<String> teaserTitles) {
        Map<String, List<String>> byFirstWord = new LinkedHashMap<>();
        for (String title : teaserTitles) {
            byFirstWord.computeIfAbsent(title.split(" ", 2)[0], word -> new ArrayList<>()).add(title);
        }
        for (List<String> group : byFirstWord.values()) {
            if (group.size() < GLUED_LABEL_MIN_TEASERS) {
                continue;
            }
            String shared = group.get(0);
            for (String title : group) {
                int n = 0;
                while (n < shared.length() && n < title.length() && shared.charAt(n) == title.charAt(n)) {
                    n++;
                }
                shared = shared.substring(0, n);
            }
            if (shared.endsWith("ال")) {
                shared = shared.substring(0, shared.length() - 2); // the headlines' own article: الحكومة، المجلس
            }
            String lastWord = shared.substring(shared.lastIndexOf(' ') + 1);
            int length = shared.length();
            if (lastWord.length() >= 4 && Character.isLetter(shared.charAt(length - 1))
                    && group.stream().allMatch(t -> t.length() > length && Character.isLetter(t.charAt(length)))) {
                return shared; // (وزير الصحة يتفقد، وزير الصحة يزور: a shared word and a letter are no label)
            }
        }
        return "";
    }

    private static final class StoryDraft {
        final StoryKind kind;
        final String title;
        final boolean titleDerived;
        LocalDate publishedAt;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        /** The paragraph a derived title is cut from: the lead, never a byline. */
        String titleSource;
        /** Content terms of the title and paragraphs so far, kept up to date so huge pages stay linear. */
        final Set<String> terms = new HashSet<>();
        /** A caption or paragraph printed twice is kept once. */
        final Set<String> distinctParagraphs = new HashSet<>();

        StoryDraft(StoryKind kind, String title, boolean titleDerived) {
            this.kind = kind;
            this.title = title;
            this.titleDerived = titleDerived;
        }

        ParsedStory build(int ordinal, String gluedLabel) {
            String finalTitle = !titleDerived ? title
                    : deriveTitle(titleSource != null ? List.of(titleSource) : paragraphs);
            if (kind == StoryKind.TEASER && !gluedLabel.isEmpty() && title.startsWith(gluedLabel)) {
                finalTitle = title.substring(gluedLabel.length());
            }
            return new ParsedStory(ordinal, kind, finalTitle, titleDerived, publishedAt, paragraphs, sources, tags);
        }
    }

    /** The first sentence of the body, cut at a clause boundary or a word limit. */
    static String deriveTitle(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "";
        }
        String first = paragraphs.get(0);
        int end = first.length();
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            boolean decimalPoint = c == '.' && i > 0 && i + 1 < first.length()
                    && Character.isDigit(first.charAt(i - 1)) && Character.isDigit(first.charAt(i + 1));
            // د. هاني، أ.د. محمد: the dot of a one-letter abbreviation ends no sentence
            boolean abbreviation = c == '.' && i > 0 && Character.isLetter(first.charAt(i - 1))
                    && (i == 1 || first.charAt(i - 2) == ' ' || first.charAt(i - 2) == '.');
            if ((c == '.' && !decimalPoint && !abbreviation) || c == '!' || c == '?' || c == '؟') {
                end = i;
                break;
            }
        }
        String sentence = first.substring(0, end).strip();
        String[] words = sentence.split(" ");
        boolean wholeLine = first.substring(end).strip().length() <= 1;
        if (words.length <= DERIVED_TITLE_MAX_WORDS || wholeLine && words.length <= HeadlineChooser.MAX_TITLE_WORDS) {
            // a line that is one sentence of a headline's length is the headline printed as a paragraph: kept whole
            return sentence;
        }
        int comma = sentence.indexOf('،');
        if (comma > 0) {
            String clause = sentence.substring(0, comma).strip();
            int clauseWords = clause.split(" ").length;
            if (clauseWords >= 5 && clauseWords <= DERIVED_TITLE_MAX_WORDS) {
                return clause;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, DERIVED_TITLE_MAX_WORDS)) + "…";
    }

    /**
     * Reads the classified lines in two parts. Above the lead (the first prose paragraph) the headline is chosen by
     * evidence ({@link HeadlineChooser}); bulleted lines above it are a ticker of teasers, lines between it and the
     * lead (subtitle, summary, captions) belong to the main story, the rest is page furniture. From the lead on,
     * headline-like lines wait in {@code pending} until the next line tells what they were: after a "read also"
     * marker they are teasers or the headline of an EMBEDDED story; unmarked, they start a new story only with
     * the evidence of one (a full headline, a lead that restates it, a topic the story so far does not cover),
     * and otherwise are subheadings of the story they stand in.
     */
    private static final class Segmenter {
        /** An unmarked headline starts a new story only with at least this many words... */
        private static final int EMBEDDED_HEADLINE_MIN_WORDS = 6;
        /** A signature under a statement: a name and a role, no longer than this. */
        private static final int SIGNATURE_MAX_WORDS = 8;
        /** ...followed by a lead of at least this many words... */
        private static final int EMBEDDED_LEAD_MIN_WORDS = 12;
        /** ...and with less than this share of its terms already in the story it would interrupt. */
        private static final double SUBHEADING_CONTAINMENT = 0.75;
        /**
         * ...and a lead that restates at least this share of the headline's terms, or has less than {@link
         * #LEAD_OUTSIDE_STORY} of its own terms in that story.
         */
        private static final double LEAD_RESTATES_HEADLINE = 0.6;
        private static final double LEAD_OUTSIDE_STORY = 0.05;
        /** Up to this many words, a line after a sentence left open (تضم / معاذ اللافي) is an item of it. */
        private static final int LIST_LINE_MAX_WORDS = 4;
        /**
         * Up to this many words, an unmarked line after a paragraph ending in a colon, or after an item of its list, is
         * an item of the list it announces.
         */
        private static final int ANNOUNCED_ITEM_MAX_WORDS = 8;
        /** A trailing cut-off line starts another story only with this many words and nothing shared. */
        private static final int TRAILING_STORY_MIN_WORDS = 5;
        /** A trailing cut-off line this long is a paragraph, whatever its punctuation: headlines are shorter. */
        private static final int CUT_PROSE_MIN_WORDS = 16;
        /** A line opened by a conjunction and this long is prose, not a headline, whatever its punctuation. */
        private static final int CONJOINED_PROSE_MIN_WORDS = 10;

        final List<StoryDraft> stories = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<String, StoryDraft> byHeadline = new LinkedHashMap<>();
        final List<ClassifiedLine> pending = new ArrayList<>();
        StoryDraft current;
        /** After a "read also" marker or a teaser-list header: headlines are links until a body appears. */
        boolean inLinks;
        /**
         * The last paragraph ended with a colon, or was an item of the list such a paragraph announced: bulleted,
         * numbered and labelled lines after it are the list, and short unmarked ones too unless a paragraph follows.
         */
        boolean listAnnounced;
        /** The line after the one being read, null at the end (or above the lead, where no list is read). */
        ClassifiedLine next;
        /** Short lines after a paragraph, kept until the next paragraph shows they stood inside the story. */
        final List<String> heldFragments = new ArrayList<>();
        int noiseLines;
        int duplicates;
        final Set<String> droppedLines = new HashSet<>();
        final HeadlineChooser headlines;
        final LineClassifier classifier;
        final HeadlineDecoration decoration;

        Segmenter(HeadlineChooser headlines, LineClassifier classifier, HeadlineDecoration decoration) {
            this.headlines = headlines;
            this.classifier = classifier;
            this.decoration = decoration;
        }

        /** A story headed by a headline line, without what the site printed around the headline. */
        private StoryDraft headed(StoryKind kind, String headline) {
            return new StoryDraft(kind, decoration.strip(headline), false);
        }

        void run(List<ClassifiedLine> lines) {
            int lead = HeadlineChooser.leadIndex(lines);
            if (lead < 0) {
                // a page of links only: every headline becomes a teaser
                inLinks = true;
                lines.forEach(this::accept);
            } else {
                readPreamble(lines, lead);
                for (int i = lead; i < lines.size(); i++) {
                    next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                    accept(lines.get(i));
                }
            }
            if (endsInsideALead()) {
                ClassifiedLine cut = pending.remove(pending.size() - 1);
                acceptBody(new ClassifiedLine(LineKind.BODY, cut.text(), cut.payload(), false));
            }
            flushPending(true);
            dropHeldFragments();
            if (noiseLines > 0) {
                warnings.add("removed " + noiseLines + " lines of page noise (comment forms, counters, "
                        + "social-media prompts, copyright)");
            }
            if (duplicates > 0) {
                warnings.add(duplicates + " repeated headline(s) merged into one story");
            }
        }

        /** The lines above the lead: the headline, the ticker teasers, the main story's subtitle and date. */
        private void readPreamble(List<ClassifiedLine> lines, int lead) {
            int title = cleanCopy(lines, headlines.choose(lines, lead), lead);
            StoryDraft main = title >= 0
                    ? headed(StoryKind.MAIN, HeadlineDecoration.withoutLeadsDateline(lines.get(title).text(),
                    lines.get(lead).text()))
                    : new StoryDraft(StoryKind.MAIN, "", true);
            main.titleSource = lines.get(lead).text();
            if (title < 0) {
                warnings.add("no headline: title derived from the first sentence");
            }
            current = main;
            addStory(main);
            String titleKey = title >= 0 ? headlineKey(lines.get(title).text()) : "";
            int otherStory = title < 0 ? headlines.otherStoryHeadline(lines, lead) : -1;
            List<StoryDraft> ticker = new ArrayList<>();
            boolean links = false;
            boolean datedBelowTitle = false;
            boolean proseAboveLead = false;
            for (int i = 0; i < lead; i++) {
                ClassifiedLine line = lines.get(i);
                boolean belowTitle = title >= 0 && i > title;
                switch (line.kind()) {
                    case NOISE -> noiseLines++;
                    case DATE -> {
                        // the article's own date stands under its headline; one above it may be the crawl date
                        LocalDate date = PublicationDate.parse(line.payload()).orElse(null);
                        if (date != null && (main.publishedAt == null || belowTitle && !datedBelowTitle)) {
                            main.publishedAt = date;
                            datedBelowTitle = belowTitle;
                        }
                    }
                    case SOURCE, TAGS -> accept(line);
                    case BYLINE -> appendParagraph(line.text());
                    case READ_ALSO, TEASER_LIST -> {
                        links = true;
                        if (!line.payload().isEmpty()) {
                            ticker.add(headed(StoryKind.TEASER, line.payload()));
                        }
                    }
                    case HEADLINE_LIKE, BODY, FRAGMENT -> {
                        if (i == title || headlineKey(line.text()).equals(titleKey)) {
                            continue;
                        }
                        boolean teaser = line.kind() != LineKind.FRAGMENT && HeadlineChooser.words(line.text()) >= 4
                                && ((line.bulleted() && !belowTitle) || links);
                        boolean sentence = line.kind() == LineKind.BODY && HeadlineChooser.words(line.text()) >= 3
                                && LineClassifier.endsWithSentenceEnd(line.text());
                        if (teaser || i == otherStory) {
                            ticker.add(headed(StoryKind.TEASER, line.text()));
                        } else if (sentence && title < 0) {
                            // a short first paragraph above the lead: prose, and where a derived title comes from
                            if (!proseAboveLead) {
                                main.titleSource = line.text();
                                proseAboveLead = true;
                            }
                            appendParagraph(line.text());
                        } else if (belowTitle && line.kind() != LineKind.FRAGMENT
                                || headlines.isPhotoCaption(line.text())) {
                            // subtitle, summary points, captions (anywhere above the lead when credited): the main
                            // story's own lines
                            appendParagraph(line.text());
                        } else if (droppedLines.add(line.text())) {
                            warnings.add("ignored a line above the story: «" + line.text() + "»");
                        }
                    }
                }
            }
            ticker.forEach(this::addStory);
            current = main;
        }

        /**
         * {@code الرئيسيةأخبارالكويت تودع …} above {@code الكويت تودع …}: a breadcrumb glued to the headline; the
         * headline printed again on its own line is the clean one.
         */
        private static int cleanCopy(List<ClassifiedLine> lines, int title, int lead) {
            if (title < 0) {
                return title;
            }
            String chosen = lines.get(title).text().strip();
            for (int i = 0; i < lead; i++) {
                String other = lines.get(i).text().strip();
                if (i != title && other.length() < chosen.length() && HeadlineChooser.words(other) >= 3
                        && chosen.endsWith(other) && !Character.isWhitespace(
                        chosen.charAt(chosen.length() - other.length() - 1))) {
                    return i;
                }
            }
            return title;
        }

        void accept(ClassifiedLine line) {
            switch (line.kind()) {
                case NOISE -> noiseLines++;
                case FRAGMENT -> acceptFragment(line);
                case DATE -> {
                    if (current != null && current.publishedAt == null && current.kind != StoryKind.TEASER) {
                        current.publishedAt = PublicationDate.parse(line.payload()).orElse(null);
                    }
                }
                case SOURCE -> {
                    flushPending(false);
                    for (String source : splitSources(line.payload())) {
                        if (current != null && !current.sources.contains(source)) {
                            current.sources.add(source);
                        }
                    }
                }
                case TAGS -> {
                    flushPending(false);
                    if (current != null) {
                        for (String tag : splitTags(line.payload())) {
                            if (!current.tags.contains(tag)) {
                                current.tags.add(tag);
                            }
                        }
                    }
                }
                case READ_ALSO, TEASER_LIST -> {
                    flushPending(false);
                    inLinks = true;
                    listAnnounced = false;
                    if (!line.payload().isEmpty()) {
                        pending.add(new ClassifiedLine(LineKind.HEADLINE_LIKE, line.payload(), line.payload(),
                                false));
                    }
                }
                case HEADLINE_LIKE -> {
                    // (تألفت اللجنة من: / أ.د. عبد الأمير مطر فيلي رئيساً: a short unmarked line is an item too,
                    // unless a paragraph follows it: then it is the next story's headline or a subheading)
                    if ((line.bulleted() || isNumberedItem(line.text()) || isLabelledItem(line.text())
                            || HeadlineChooser.words(line.text()) <= ANNOUNCED_ITEM_MAX_WORDS
                            && (next == null || next.kind() != LineKind.BODY))
                            && listAnnounced && !inLinks) {
                        // an item of the list the story's last sentence announced; the list goes on
                        appendParagraph(line.text());
                        listAnnounced = true;
                        return;
                    }
                    if (!line.bulleted() && HeadlineChooser.words(line.text()) <= LIST_LINE_MAX_WORDS
                            && insideStoryText() && (listAnnounced || continuesOpenSentence())) {
                        appendParagraph(line.text()); // a short line the open sentence runs into: its list
                        return;
                    }
                    if (!line.bulleted() && !inLinks && insideStoryText() && pending.isEmpty()
                            && HeadlineChooser.words(line.text()) >= CONJOINED_PROSE_MIN_WORDS
                            && classifier.opensWithSureConjunction(line.text())) {
                        // وعند وصوله بدأت جلسة مباحثات …: a long line going on from the story, its full stop lost
                        appendParagraph(line.text());
                        return;
                    }
                    if (line.bulleted()) {
                        inLinks = true;
                    }
                    pending.add(line);
                }
                case BODY, BYLINE -> acceptBody(line);
            }
        }

        /**
         * A short line: an item of the list the story's open sentence runs into (بتشكيلة تضم / معاذ اللافي), a line
         * held until the next paragraph shows it stood inside the story (a section's name: ثناء دبسي / التي توفيت),
         * or page furniture outside any story.
         */
        private void acceptFragment(ClassifiedLine line) {
            ClassifiedLine waiting = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (waiting != null && !inLinks && !waiting.bulleted()
                    && HeadlineChooser.words(waiting.text()) >= CUT_PROSE_MIN_WORDS) {
                // a line this long is prose, whatever its punctuation: the short line continues it
                pending.remove(pending.size() - 1);
                acceptBody(new ClassifiedLine(LineKind.BODY, waiting.text(), waiting.payload(), false));
            }
            if (!insideStoryText()) {
                dropFragment(line.text());
            } else if (listAnnounced || continuesOpenSentence()) {
                appendParagraph(line.text());
            } else {
                heldFragments.add(line.text());
            }
        }

        private void acceptBody(ClassifiedLine line) {
            if (pending.isEmpty()) {
                // صادق المجلس على التعيينات التالية: / - الدكتور محمد … مديرا عاما، : an item of the announced list,
                // after which the list goes on, however long its items
                boolean listGoesOn = listAnnounced && (line.bulleted() || isNumberedItem(line.text()));
                heldFragments.forEach(this::appendParagraph); // the story goes on: its short lines were its own
                heldFragments.clear();
                appendParagraph(line.text());
                listAnnounced |= listGoesOn;
                return;
            }
            dropHeldFragments();
            ClassifiedLine headline = pending.remove(pending.size() - 1);
            flushPending(false);
            if (inLinks) {
                if (current != null && continuesCurrentStory(line.text(), headline.text())) {
                    // the link was placed inside the current story, whose text goes on
                    addTeaser(headline.text());
                } else {
                    current = headed(StoryKind.EMBEDDED, headline.text());
                    addStory(current);
                }
            } else if (line.kind() == LineKind.BODY && startsAnotherStory(headline.text(), line.text())) {
                current = headed(StoryKind.EMBEDDED, headline.text());
                addStory(current);
            } else {
                // a subheading of the story it stands in
                appendParagraph(headline.text());
            }
            appendParagraph(line.text());
            inLinks = false;
        }

        /**
         * Evidence that an unmarked headline followed by body text opens another story rather than a section of
         * this one: a full headline (not a short label or a question, nor clauses joined by the Arabic comma, as
         * prose is and headlines, which join with {@code ..}, {@code :} or {@code |}, are not), a lead paragraph
         * that restates it, and a topic the current story has not already covered.
         */
        private boolean startsAnotherStory(String headline, String lead) {
            if (current == null) {
                return true;
            }
            if (HeadlineChooser.words(headline) < EMBEDDED_HEADLINE_MIN_WORDS
                    || HeadlineChooser.words(lead) < EMBEDDED_LEAD_MIN_WORDS
                    || LineClassifier.endsWithClosingPunctuation(headline)
                    || headline.indexOf('،') >= 0
                    || LineClassifier.opensWithConjoinedVerb(lead) // وأضاف المحافظ: the story goes on
                    || headlines.agreement(headline, lead) == 0) {
                return false;
            }
            if (headlines.containment(headline, current.terms) >= SUBHEADING_CONTAINMENT) {
                return false;
            }
            // a news lead restates its headline; a section's first paragraph goes on in the story's own words
            // (تقدم بنيران صديقة ورد سريع من ظفار / جاءت بداية المباراة متوازنة … نادي عمان)
            double restated = (double) headlines.agreement(headline, lead) / headlines.contentTerms(headline).size();
            Set<String> leadTerms = headlines.contentTerms(lead);
            long inStory = leadTerms.stream().filter(current.terms::contains).count();
            return restated >= LEAD_RESTATES_HEADLINE || inStory < LEAD_OUTSIDE_STORY * leadTerms.size();
        }

        /**
         * A body line goes on with the story before the headline when it opens with the conjunction و and shares
         * no word with the headline but some with that story.
         */
        private boolean continuesCurrentStory(String body, String headline) {
            String firstWord = body.split(" ", 2)[0];
            if (!firstWord.startsWith("و") || firstWord.length() < 4) {
                return false;
            }
            Set<String> bodyTerms = headlines.contentTerms(body);
            boolean sharesWithHeadline = headlines.contentTerms(headline).stream().anyMatch(bodyTerms::contains);
            if (sharesWithHeadline) {
                return false;
            }
            return bodyTerms.stream().anyMatch(current.terms::contains);
        }

        /**
         * The page was cut inside the lead of a list item's story: the last line waiting is a plain line of lead
         * length under a bulleted headline (so not another item of the list) and shares a word with it. Complete,
         * it would have ended with a full stop and been read as that story's body.
         */
        private boolean endsInsideALead() {
            if (pending.size() < 2) {
                return false;
            }
            ClassifiedLine last = pending.get(pending.size() - 1);
            ClassifiedLine headline = pending.get(pending.size() - 2);
            return headline.bulleted() && !last.bulleted()
                    && HeadlineChooser.words(last.text()) >= HeadlineChooser.LEAD_MIN_WORDS
                    && !LineClassifier.endsWithClosingPunctuation(last.text())
                    && headlines.agreement(headline.text(), last.text()) >= 1;
        }

        /** Inside the running text of a story: after one of its paragraphs, no headline waiting, no link list. */
        private boolean insideStoryText() {
            return current != null && current.kind != StoryKind.TEASER && !current.paragraphs.isEmpty()
                    && pending.isEmpty() && !inLinks;
        }

        /** The story's last paragraph stops without closing punctuation: the short lines after it continue it. */
        private boolean continuesOpenSentence() {
            String last = current.paragraphs.get(current.paragraphs.size() - 1);
            return heldFragments.isEmpty() && !LineClassifier.endsWithClosingPunctuation(last);
        }

        private void dropHeldFragments() {
            heldFragments.forEach(this::dropFragment);
            heldFragments.clear();
        }

        private void dropFragment(String text) {
            if (droppedLines.add(text)) {
                warnings.add("ignored a short line outside any story: «" + text + "»");
            }
        }

        /** Headlines still waiting when no body follows: links in a list, otherwise stray lines. */
        private void flushPending(boolean endOfPage) {
            for (int i = 0; i < pending.size(); i++) {
                ClassifiedLine line = pending.get(i);
                if (inLinks || line.bulleted()) {
                    addTeaser(line.text());
                } else if (endOfPage && i == pending.size() - 1 && startsCutOffStory(line.text())) {
                    // the page was cut just after the headline of another story
                    current = headed(StoryKind.EMBEDDED, line.text());
                    addStory(current);
                } else if (endOfPage && i == pending.size() - 1 && continuesCutOffProse(line.text())) {
                    // the page was cut inside a paragraph of the current story
                    appendParagraph(line.text());
                } else if (endOfPage && pending.size() == 1 && signsCurrentStory(line.text())) {
                    // محمدو ولد سيدي رئيس الاتحادية الوطنية للنقل: a statement's signature, its last line
                    appendParagraph(line.text());
                } else if (endOfPage) {
                    if (droppedLines.add(line.text())) {
                        warnings.add("ignored a trailing line with no story: «" + line.text() + "»");
                    }
                } else {
                    appendParagraph(line.text());
                }
            }
            pending.clear();
        }

        /**
         * The one line left after a main story's body at the end of the page, short and with no sentence in it,
         * signs the story (a name and its role under a statement or a condolence) rather than heading another.
         */
        private boolean signsCurrentStory(String line) {
            return current != null && current.kind == StoryKind.MAIN && !current.paragraphs.isEmpty()
                    && HeadlineChooser.words(line) <= SIGNATURE_MAX_WORDS && !hasInnerSentenceEnd(line)
                    && !LineClassifier.endsWithSentenceEnd(line);
        }

        /**
         * The last line of a cut page opens another story when it does not go on with the current one: no
         * conjunction in front and not a single content word in common with it.
         */
        private boolean startsCutOffStory(String line) {
            if (current == null || current.kind == StoryKind.TEASER
                    || HeadlineChooser.words(line) < TRAILING_STORY_MIN_WORDS) {
                return false;
            }
            if (classifier.opensWithConjunction(line) || hasInnerSentenceEnd(line) || line.indexOf('،') >= 0) {
                return false; // (شهدت البطولة مشاركة واسعة النطاق، حيث: clauses joined by the comma are prose)
            }
            Set<String> shared = headlines.contentTerms(line);
            shared.retainAll(current.terms);
            return shared.isEmpty();
        }

        /**
         * The last line of a cut page goes on with the current story when it reads as prose, not a headline: it
         * opens with a conjunction, joins clauses with the Arabic comma, or runs longer than a headline does.
         */
        private boolean continuesCutOffProse(String line) {
            if (current == null || current.kind == StoryKind.TEASER || current.paragraphs.isEmpty()) {
                return false;
            }
            return classifier.opensWithConjunction(line) || line.contains("،")
                    || HeadlineChooser.words(line) >= CUT_PROSE_MIN_WORDS;
        }

        /** {@code هل أعجبك الموضوع؟ شاركه …}: a question or sentence ends inside the line, so it is two, not a headline. */
        private static boolean hasInnerSentenceEnd(String text) {
            String inner = text.strip();
            for (int i = 0; i < inner.length() - 1; i++) {
                char c = inner.charAt(i);
                if ((c == '؟' || c == '?' || c == '!') && Character.isWhitespace(inner.charAt(i + 1))) {
                    return true;
                }
            }
            return false;
        }

        private void addTeaser(String title) {
            addStory(headed(StoryKind.TEASER, title));
        }

        private void addStory(StoryDraft draft) {
            if (draft.kind != StoryKind.TEASER) {
                // a teaser gets no text, so no terms to compare with
                draft.terms.addAll(headlines.contentTerms(draft.title));
            }
            if (draft.titleDerived) {
                stories.add(draft);
                return;
            }
            String key = headlineKey(draft.title);
            StoryDraft existing = byHeadline.get(key);
            if (existing == null) {
                byHeadline.put(key, draft);
                stories.add(draft);
                return;
            }
            duplicates++;
            if (existing.kind == StoryKind.TEASER && draft.kind != StoryKind.TEASER) {
                // the link came first, the full story later: keep the full story at the link's place
                stories.set(stories.indexOf(existing), draft);
                byHeadline.put(key, draft);
            } else if (draft == current) {
                current = existing;
            }
        }

        private void appendParagraph(String text) {
            if (current == null) {
                current = new StoryDraft(StoryKind.MAIN, "", true);
                addStory(current);
                warnings.add("no headline: title derived from the first sentence");
            }
            if (current.kind == StoryKind.TEASER || !current.distinctParagraphs.add(text)) {
                return;
            }
            current.paragraphs.add(text);
            current.terms.addAll(headlines.contentTerms(text));
            listAnnounced = text.endsWith(":") || text.endsWith("：");
        }
    }

    static boolean isNumberedItem(String line) {
        return NUMBERED_ITEM.matcher(line).find();
    }

    /** A label of six words at most, a colon and a value: an item of a list of roles and names or of positions. */
    static boolean isLabelledItem(String line) {
        return LABELLED_ITEM.matcher(line).find()
                && line.substring(0, line.indexOf(':')).strip().split("\\s+").length <= 6;
    }

    /** {@code الجزيرة + وكالاتالمصدر: صحيفة المرصد الليبية}: labels may repeat, glued to the previous word. */
    static List<String> splitSources(String line) {
        List<String> sources = new ArrayList<>();
        Matcher label = LineClassifier.SOURCE_LABEL.matcher(line);
        int valueStart = -1;
        while (label.find()) {
            if (valueStart >= 0) {
                addSource(sources, line.substring(valueStart, label.start()));
            }
            valueStart = label.end();
        }
        if (valueStart >= 0) {
            addSource(sources, line.substring(valueStart));
        }
        return sources;
    }

    private static void addSource(List<String> sources, String value) {
        String source = value.strip();
        if (!source.isEmpty() && !sources.contains(source)) {
            sources.add(source);
        }
    }

    /** Tags separated by commas, pipes or bullets; a bare run of words is split on spaces. */
    static List<String> splitTags(String value) {
        String[] parts = value.split("\\s*[,،|•؛;#]\\s*");
        if (parts.length == 1) {
            parts = value.split("\\s+");
        }
        List<String> tags = new ArrayList<>();
        for (String part : parts) {
            String tag = part.strip();
            if (!tag.isEmpty() && !ArabicText.isStopWord(ArabicText.normalize(tag)) && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}

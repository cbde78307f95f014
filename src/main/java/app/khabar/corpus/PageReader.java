package app.khabar.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import app.khabar.arabic.ArabicText;

/**
 * Reads a raw news page into stories: the MAIN article, EMBEDDED stories (after "read also" markers, or a
 * headline directly followed by a body) and TEASER headlines without a body; with date, sources and tags, and
 * page noise removed. Pure and thread-safe.
 */
public final class PageReader {

    /** Below this share of Arabic letters a page is taken to be in another language. */
    private static final double MIN_ARABIC_SHARE = 0.3;
    private static final int DERIVED_TITLE_MAX_WORDS = 14;

    private final LineClassifier classifier;

    private PageReader(LineClassifier classifier) {
        this.classifier = classifier;
    }

    public static PageReader fromClasspath() {
        return new PageReader(LineClassifier.fromClasspath());
    }

    /** Decodes and reads one corpus file. */
    public ParsedPage read(String fileName, byte[] content) throws UnreadablePageException {
        return read(fileName, PageDecoder.decode(content), sha256(content));
    }

    ParsedPage read(String fileName, String text, String contentHash) throws UnreadablePageException {
        if (text.isBlank()) {
            throw new UnreadablePageException("only whitespace, no text");
        }
        double arabicShare = arabicShare(text);
        if (arabicShare < MIN_ARABIC_SHARE) {
            throw new UnreadablePageException(String.format(
                    "not an Arabic page: only %.0f%% of its letters are Arabic", arabicShare * 100));
        }
        List<ClassifiedLine> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = clean(raw);
            if (!line.isEmpty()) {
                lines.add(classifier.classify(line));
            }
        }
        Segmenter segmenter = new Segmenter();
        segmenter.run(lines);
        if (segmenter.stories.isEmpty()) {
            throw new UnreadablePageException("no story text: the page holds only page boilerplate ("
                    + segmenter.noiseLines + " lines of noise)");
        }
        List<ParsedStory> stories = new ArrayList<>();
        for (StoryDraft draft : segmenter.stories) {
            stories.add(draft.build(stories.size()));
        }
        return new ParsedPage(fileName, contentHash, stories, segmenter.warnings);
    }

    /** Whitespace collapsed and invisible format characters (BOM, ZWJ, bidi marks, emoji selectors) removed. */
    static String clean(String line) {
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

    private static double arabicShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (ArabicText.isArabicLetter(c)) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    private static String sha256(byte[] content) {
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

    private static final class StoryDraft {
        final StoryKind kind;
        final String title;
        final boolean titleDerived;
        LocalDate publishedAt;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        StoryDraft(StoryKind kind, String title, boolean titleDerived) {
            this.kind = kind;
            this.title = title;
            this.titleDerived = titleDerived;
        }

        ParsedStory build(int ordinal) {
            String finalTitle = titleDerived ? deriveTitle(paragraphs) : title;
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
            if (c == '.' || c == '!' || c == '?' || c == '؟') {
                end = i;
                break;
            }
        }
        String sentence = first.substring(0, end).strip();
        String[] words = sentence.split(" ");
        if (words.length <= DERIVED_TITLE_MAX_WORDS) {
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
     * Walks the classified lines once. Headline-like lines wait in {@code pending} until the next line tells
     * what they were: a body line makes the last one the headline of a new EMBEDDED story; in a link list they
     * are TEASERs.
     */
    private static final class Segmenter {
        final List<StoryDraft> stories = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<String, StoryDraft> byHeadline = new LinkedHashMap<>();
        final List<ClassifiedLine> pending = new ArrayList<>();
        StoryDraft current;
        /** After a "read also" marker or a teaser-list header: headlines are links until a body appears. */
        boolean inLinks;
        int noiseLines;
        int duplicates;
        final Set<String> droppedLines = new HashSet<>();

        void run(List<ClassifiedLine> lines) {
            int start = startMain(lines);
            for (int i = start; i < lines.size(); i++) {
                accept(lines.get(i));
            }
            flushPending(true);
            if (noiseLines > 0) {
                warnings.add("removed " + noiseLines + " lines of page noise (comment forms, counters, "
                        + "social-media prompts, copyright)");
            }
            if (duplicates > 0) {
                warnings.add(duplicates + " repeated headline(s) merged into one story");
            }
        }

        /** Finds the MAIN story's headline, or notes that it has none. Returns the index of the next line. */
        int startMain(List<ClassifiedLine> lines) {
            for (int i = 0; i < lines.size(); i++) {
                ClassifiedLine line = lines.get(i);
                switch (line.kind()) {
                    case NOISE -> noiseLines++;
                    case DATE, FRAGMENT -> { }
                    case HEADLINE_LIKE -> {
                        if (hasBodyAhead(lines, i + 1)) {
                            current = new StoryDraft(StoryKind.MAIN, line.text(), false);
                            addStory(current);
                            applyDates(lines, i);
                            return i + 1;
                        }
                        return startWithoutHeadline(lines, i);
                    }
                    default -> {
                        return startWithoutHeadline(lines, i);
                    }
                }
            }
            return lines.size();
        }

        private int startWithoutHeadline(List<ClassifiedLine> lines, int index) {
            boolean hasBody = lines.stream().skip(index).anyMatch(l -> l.kind() == LineKind.BODY);
            if (!hasBody) {
                // a page of links only: every headline becomes a teaser
                inLinks = true;
                return index;
            }
            current = new StoryDraft(StoryKind.MAIN, "", true);
            addStory(current);
            applyDates(lines, index);
            warnings.add("no headline: title derived from the first sentence");
            return index;
        }

        /** A page's date line may sit above or below the headline; it dates the MAIN story. */
        private void applyDates(List<ClassifiedLine> lines, int before) {
            for (int i = 0; i < Math.min(before + 3, lines.size()); i++) {
                if (lines.get(i).kind() == LineKind.DATE && current.publishedAt == null) {
                    current.publishedAt = PublicationDate.parse(lines.get(i).payload()).orElse(null);
                }
            }
        }

        private static boolean hasBodyAhead(List<ClassifiedLine> lines, int from) {
            for (int i = from; i < lines.size(); i++) {
                LineKind kind = lines.get(i).kind();
                if (kind == LineKind.BODY || kind == LineKind.BYLINE) {
                    return true;
                }
                if (kind != LineKind.DATE && kind != LineKind.NOISE) {
                    return false;
                }
            }
            return false;
        }

        void accept(ClassifiedLine line) {
            switch (line.kind()) {
                case NOISE -> noiseLines++;
                case FRAGMENT -> {
                    if (droppedLines.add(line.text())) {
                        warnings.add("ignored a short line outside any story: «" + line.text() + "»");
                    }
                }
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
                    if (!line.payload().isEmpty()) {
                        pending.add(new ClassifiedLine(LineKind.HEADLINE_LIKE, line.payload(), line.payload(),
                                false));
                    }
                }
                case HEADLINE_LIKE -> {
                    if (line.bulleted()) {
                        inLinks = true;
                    }
                    pending.add(line);
                }
                case BODY, BYLINE -> acceptBody(line);
            }
        }

        private void acceptBody(ClassifiedLine line) {
            if (pending.isEmpty()) {
                appendParagraph(line.text());
                return;
            }
            ClassifiedLine headline = pending.remove(pending.size() - 1);
            flushPending(false);
            if (current != null && continuesCurrentStory(line.text(), headline.text())) {
                // the headline was a link placed inside the current story, whose text goes on
                if (inLinks) {
                    addTeaser(headline.text());
                } else {
                    appendParagraph(headline.text());
                }
                appendParagraph(line.text());
            } else {
                current = new StoryDraft(StoryKind.EMBEDDED, headline.text(), false);
                addStory(current);
                appendParagraph(line.text());
            }
            inLinks = false;
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
            Set<String> bodyTerms = new HashSet<>(ArabicText.terms(body));
            boolean sharesWithHeadline = ArabicText.terms(headline).stream().anyMatch(bodyTerms::contains);
            if (sharesWithHeadline) {
                return false;
            }
            Set<String> storyTerms = new HashSet<>(ArabicText.terms(String.join(" ", current.paragraphs)));
            return bodyTerms.stream().anyMatch(storyTerms::contains);
        }

        /** Headlines still waiting when no body follows: links in a list, otherwise stray lines. */
        private void flushPending(boolean endOfPage) {
            for (ClassifiedLine line : pending) {
                if (inLinks || line.bulleted()) {
                    addTeaser(line.text());
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

        private void addTeaser(String title) {
            addStory(new StoryDraft(StoryKind.TEASER, title, false));
        }

        private void addStory(StoryDraft draft) {
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
            if (current.kind == StoryKind.TEASER) {
                return;
            }
            current.paragraphs.add(text);
        }
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

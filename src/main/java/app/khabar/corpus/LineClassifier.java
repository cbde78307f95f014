package app.khabar.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;
import app.khabar.arabic.Token;

/**
 * Judges each line of a raw page on its own, from evidence rather than site patterns: labels (date, source, tags),
 * "read also" markers and link-list headers, page noise (word lists in {@code /corpus/}), mastheads, date and time
 * lines, bylines and datelines, and then, in the manner of jusText, short lines, headline-like lines and body text
 * by length and punctuation. What a line means in its context (headline, subheading, teaser) is decided by
 * {@link PageReader}.
 */
final class LineClassifier {

    private static final String HARAKAT = "[\\u064B-\\u065F\\u0640]*";
    private static final String ALEF = "[اأإآ]";
    private static final String DASH = "[\\-–—ـ]";

    static final Pattern SOURCE_LABEL = Pattern.compile("(?:المصدر|المصادر|مصدر الخبر)\\s*(?:[:|：]|\\s" + DASH + ")\\s*");
    private static final Pattern SOURCE_LINE = Pattern.compile("^" + SOURCE_LABEL.pattern());
    private static final Pattern TAGS_LINE = Pattern.compile(
            "^(?:كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|وسوم|Tags)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:تاريخ النشر|تاريخ الإضافة|تاريخ الاضافة|نشر في|نشر بتاريخ|آخر تحديث)\\s*[:：]?\\s*");
    private static final Pattern READ_ALSO = Pattern.compile(
            "^(?:" + ALEF + "?قر" + HARAKAT + "[أاءؤ]" + HARAKAT + "(?:وا)?|طالع|شاهد|تابع|اقرئي|تصفح|"
                    + ALEF + "طلع)\\s*"
                    + "(?:" + ALEF + "يض" + HARAKAT + "ا?" + HARAKAT + "|كذلك|المزيد|أيضا)" + HARAKAT
                    + "(?:\\s*[:：\\-–.…])*\\s*");
    /** {@code إقرا أيضاI دولت …}: one Latin letter glued to a "read also" marker (a name such as BBC is longer). */
    private static final Pattern GLUED_LATIN = Pattern.compile("^[A-Za-z](?=\\s+\\p{IsArabic})");
    private static final Pattern SECTION_LINK = Pattern.compile("^(?:في|فى|من)\\s*[:：]");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦■►✓*\\-–—]\\s*");
    /** {@code زنقة20| علي التومي}, {@code كتب – معتز عباس:}, {@code بقلم : أسامة غريب}. */
    private static final Pattern BYLINE = Pattern.compile("^(?:[^|\\s]+(?:\\s[^|\\s]+)?\\s*\\|\\s*\\S+(?:\\s+\\S+){0,3}"
            + "|(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|حاوره|حاورته|متابعة|تقرير|ترجمة)\\s*(?:[:：/]|" + DASH + ")?\\s*"
            + "[^\\s:：]+(?:\\s+[^\\s:：]+){0,3}\\s*[:：]?)$");
    /**
     * A place or outlet and an agency around a dash, or a credit ending in a dash: {@code دمشق – نورث برس}; a place
     * and its reporters, each after a dash, ending with a colon: {@code الرياض - فهد مران - عبدالله الغامدي:}.
     */
    private static final Pattern DATELINE = Pattern.compile("^[^.،,:]{2,40}?\\s" + DASH + "(?:\\s[^.،,:]{2,30})?$"
            + "|^[^.،,:]{2,40}?(?:\\s" + DASH + "\\s[^.،,:]{2,30}){2,3}\\s*[:：]$");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.])\\d{1,2}:\\d{2}(?!\\d)");
    /** {@code منذ 3 ساعات}, also after a short source name ({@code صحيفة الخليج الإماراتية منذ 52 دقيقة}). */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?:^|\\s)منذ\\s+(?:\\d+|ساعتين|يومين|دقيقتين|ساعة|دقيقة|يوم)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[34]\\d\\d|20\\d\\d|19\\d\\d)(?!\\d)");
    /**
     * {@code … فى أبوظبي. كيف وجدت هذه التجربة؟}: a full stop after a word, then another sentence that ends too:
     * prose (an interview's question), not a headline. An initial ({@code أ. د.}, {@code م. حديد}) is not a full stop.
     */
    private static final Pattern INNER_FULL_STOP = Pattern.compile("\\p{IsArabic}{2}\\.\\s+\\p{IsArabic}");
    /** و and an imperfect verb (ويضم) or the perfect أفعل (وأنجب، وأكد): the opening of a sentence. */
    /**
     * و and a verb: the imperfect (ويضم، وتابع), the perfect أفعل (وأضاف), and the perfects of the derived forms that
     * open with a bare alif: افتعل (واعتبر، والتقى، واختتم), انفعل (وانطلق) and استفعل (واستقبل).
     */
    private static final Pattern CONJOINED_VERB = Pattern.compile(
            "و(?:[يت]\\p{IsArabic}{2,}|أ\\p{IsArabic}{3}|ا\\p{IsArabic}ت\\p{IsArabic}{2}|ان\\p{IsArabic}{3}|است\\p{IsArabic}{3})");
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
    private static final String CLOSING_PUNCTUATION = ".!?؟،,:;؛…";
    /** Closing punctuation that ends a statement; a headline may end with a question or exclamation mark. */
    private static final String STATEMENT_END = ".،,:;؛";
    private static final String QUOTES_AND_BRACKETS = "\"'“”«»‘’()[]{}";
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\p{P}\\p{S}]+$");
    private static final Pattern MARKS = Pattern.compile("[\\p{P}\\p{S}]+");
    /** Link-list headers are short; mastheads and date lines at most a few times this long. */
    private static final int SHORT_LINE_CHARS = 60;
    /** A list header, "from" and an outlet's name of up to four words (آخر المقالات من عرب تريبيون). */
    private static final int OUTLET_HEADER_MAX_WORDS = 7;
    /** More words than this and no punctuation at all: a ticker or menu run together, not prose. */
    private static final int TICKER_MIN_WORDS = 30;

    private final CorpusLexicon lexicon;
    /** The longest clause opener the lexicon lists, in words (من جهة أخرى: three). */
    private final int openerMaxWords;

    LineClassifier(CorpusLexicon lexicon) {
        this.lexicon = lexicon;
        this.openerMaxWords = lexicon.clauseOpeners().stream().mapToInt(o -> o.split(" ").length).max().orElse(1);
    }

    static LineClassifier fromClasspath() {
        return new LineClassifier(CorpusLexicon.fromClasspath());
    }

    ClassifiedLine classify(String line) {
        boolean bulleted = false;
        Matcher bullet = BULLET.matcher(line);
        if (bullet.find() && bullet.end() < line.length()) {
            line = line.substring(bullet.end()).strip();
            bulleted = true;
        }
        Matcher m;
        if (SOURCE_LINE.matcher(line).find()) {
            return new ClassifiedLine(LineKind.SOURCE, line, line, bulleted);
        }
        if ((m = TAGS_LINE.matcher(line)).find()) {
            return new ClassifiedLine(LineKind.TAGS, line, line.substring(m.end()), bulleted);
        }
        if ((m = DATE_LABEL.matcher(line)).find() && PublicationDate.parse(line.substring(m.end())).isPresent()) {
            return new ClassifiedLine(LineKind.DATE, line, line.substring(m.end()), bulleted);
        }
        if ((m = READ_ALSO.matcher(line)).find()) {
            String payload = line.substring(m.end());
            Matcher glued = GLUED_LATIN.matcher(payload);
            if (m.end() > 0 && !Character.isWhitespace(line.charAt(m.end() - 1)) && glued.find()) {
                // a stray Latin letter glued to the marker (an icon's alt text, a mistyped key), not the headline
                payload = payload.substring(glued.end());
            }
            payload = payload.strip();
            if (SECTION_LINK.matcher(payload).lookingAt()) {
                // إقرأ المزيد في: لبنان: more of a section, not a story's headline
                payload = "";
            }
            return new ClassifiedLine(LineKind.READ_ALSO, line, hasLetters(payload) ? payload : "", bulleted);
        }
        if (isTeaserHeader(line)) {
            return new ClassifiedLine(LineKind.TEASER_LIST, line, "", bulleted);
        }
        if (isMasthead(line) || isOutletName(line)) {
            return new ClassifiedLine(LineKind.NOISE, line, line, bulleted);
        }
        if (isDateLine(line)) {
            return new ClassifiedLine(LineKind.DATE, line, line, bulleted);
        }
        if (isNoise(line)) {
            return new ClassifiedLine(LineKind.NOISE, line, line, bulleted);
        }
        if (line.length() <= 60 && (BYLINE.matcher(line).matches() || isDateline(line))) {
            return new ClassifiedLine(LineKind.BYLINE, line, line, bulleted);
        }
        if (isFragment(line) || isHeadlineLike(line) && !mostlyArabic(line)) {
            // a short line in another script is site furniture (logos, app prompts), not a headline
            return new ClassifiedLine(LineKind.FRAGMENT, line, line, bulleted);
        }
        return new ClassifiedLine(isHeadlineLike(line) ? LineKind.HEADLINE_LIKE : LineKind.BODY, line, line,
                bulleted);
    }

    /** The whole line is one of the link-list headers ({@code مواضيع ذات صلة}, {@code الأكثر قراءة}). */
    private boolean isTeaserHeader(String line) {
        if (line.length() > SHORT_LINE_CHARS) {
            return false;
        }
        String key = CorpusLexicon.normalize(MARKS.matcher(TRAILING_MARKS.matcher(line).replaceAll("")).replaceAll(" "));
        // المزيد من موقع 24 الإخباري, آخر المقالات من عرب تريبيون: a header, "from" and an outlet's name
        return lexicon.teaserHeaders().contains(key)
                || key.startsWith("المزيد من ") && ArabicText.tokenize(key).size() <= 6
                || isHeaderFromOutlet(key);
    }

    private boolean isHeaderFromOutlet(String key) {
        int from = key.indexOf(" من ");
        return from > 0 && lexicon.teaserHeaders().contains(key.substring(0, from))
                && ArabicText.tokenize(key).size() <= OUTLET_HEADER_MAX_WORDS;
    }

    /**
     * A masthead or imprint: staff titles ({@code رئيس التحرير}) with at most a few names and the date around them,
     * never a sentence.
     */
    boolean isMasthead(String line) {
        if (line.length() > SHORT_LINE_CHARS * 4) {
            return false;
        }
        String normalized = CorpusLexicon.normalize(line);
        int found = 0;
        for (String phrase : lexicon.mastheadPhrases()) {
            int at = normalized.indexOf(phrase);
            while (at >= 0) {
                found++;
                normalized = normalized.substring(0, at) + " " + normalized.substring(at + phrase.length());
                at = normalized.indexOf(phrase);
            }
        }
        // رئيس مجلس الإدارة د. محمد أسامة هارون رئيس التحرير محمود نفادي: each staff title with its name
        return found > 0 && !endsWith(line, ".") && otherWords(normalized) <= 4 * found;
    }

    /**
     * جريدة البوابة المصرية، المجلة الثقافية الجزائرية: an outlet's noun (with the article or without) and at most
     * three words after it, each with the article: the outlet's name over its pages. A headline about an outlet says
     * what it did (وكالة ناسا تطلق قمرا).
     */
    boolean isOutletName(String line) {
        if (line.length() > SHORT_LINE_CHARS) {
            return false;
        }
        String[] words = CorpusLexicon.normalize(line.strip()).split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        String head = words[0].startsWith("ال") ? words[0].substring(2) : words[0];
        if (!lexicon.outletNouns().contains(head)) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].startsWith("ال") || words[i].length() < 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * A date or time and little else: {@code السبت 5 تشرين الأول 2024}, {@code 08:00 م}, {@code منذ 3 ساعات},
     * {@code متابعات 12 فبراير 2021 11:40}. Besides date words, at most three other words (a place, an outlet, a
     * byline name) may stand on the line.
     */
    boolean isDateLine(String line) {
        if (line.length() > SHORT_LINE_CHARS * 4 || !hasDigitOrSince(line)) {
            return false;
        }
        String ascii = PublicationDate.toAsciiDigits(line);
        boolean dated = TIME.matcher(ascii).find() || RELATIVE_TIME.matcher(ascii.strip()).find()
                || PublicationDate.parse(ascii).isPresent()
                || (YEAR.matcher(ascii).find() && NUMBERS.matcher(ascii).results().count() >= 2);
        if (!dated) {
            return false;
        }
        int others = otherWords(CorpusLexicon.normalize(ascii));
        // a long line passes only when every word in it is about the date (Hijri and Gregorian, time zones)
        return others == 0 || ArabicText.tokenize(ascii).size() <= 14 && others <= 3;
    }

    /** Words of a normalised line that are neither numbers, date words nor English month names. */
    private int otherWords(String normalized) {
        int others = 0;
        for (Token token : ArabicText.tokenize(normalized)) {
            String word = token.text();
            if (Character.isDigit(word.charAt(0)) || lexicon.dateWords().contains(word)
                    || (LATIN_WORD.matcher(word).matches() && PublicationDate.isMonthName(word))) {
                continue;
            }
            // "الثلاثاء" and "والجمعة": a glued conjunction or article does not make a word new
            String bare = ArabicText.withoutCliticPrefix(word);
            if (!lexicon.dateWords().contains(bare) && !lexicon.dateWords().contains("ال" + bare)) {
                others++;
            }
        }
        return others;
    }

    /** {@code دمشق – نورث برس}, {@code نقلا عن المركزية –}: a short credit around a dash, not a sentence. */
    static boolean isDateline(String line) {
        int words = ArabicText.tokenize(line).size();
        return words >= 1 && words <= 5 && DATELINE.matcher(line).matches();
    }

    private boolean isNoise(String line) {
        int letters = 0;
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == '|') {
                pipes++;
            }
        }
        // no words at all, or a form row such as "الاسم : * | |"
        if (letters == 0 || (pipes >= 2 && letters < 40)) {
            return true;
        }
        return isTicker(line) || matchesNoisePattern(line);
    }

    /**
     * {@code وقال}, {@code وفي المقابل}, {@code فيما}: the conjunction و glued to a verb, a noun or a particle, or
     * written apart ({@code و خلال}, a habit of some sites), or a word or phrase that opens a clause going on from the
     * line before. Not a word that begins with و itself ({@code والي}, {@code وزير}: listed).
     */
    boolean opensWithConjunction(String line) {
        String firstWord = normalizedFirstWord(line);
        return firstWord.equals("و")
                || firstWord.startsWith("و") && !lexicon.wawInitialNouns().contains(firstWord)
                        && (firstWord.length() >= 4 || ArabicText.isStopWord(firstWord.substring(1)))
                || opensWithListedOpener(line);
    }

    private static String normalizedFirstWord(String line) {
        return ArabicText.normalize(line.strip().split(" ", 2)[0]);
    }

    /** كما، بدوره، من جهة أخرى: a word or phrase of the clause openers' list at the line's start. */
    boolean opensWithListedOpener(String line) {
        String[] words = ArabicText.normalize(line.strip()).split(" ", openerMaxWords + 1);
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < Math.min(openerMaxWords, words.length); i++) {
            opening.append(i == 0 ? "" : " ").append(TRAILING_MARKS.matcher(words[i]).replaceAll(""));
            if (lexicon.clauseOpeners().contains(opening.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A line the lexicon's noise patterns name (a footer, a menu, a share prompt). */
    boolean matchesNoisePattern(String line) {
        for (Pattern pattern : lexicon.noise()) {
            if (pattern.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * وعند وصوله، ومن جانبه، وبدوره، والتقى، من جهة أخرى: a conjunction sure to be one (و before a function word, the
     * article, a verb or a listed opener; وزير is no و + زير, والي no و + الي) or a listed clause opener.
     */
    boolean opensWithSureConjunction(String line) {
        String first = normalizedFirstWord(line);
        if (!first.startsWith("و")) {
            return opensWithListedOpener(line);
        }
        if (first.equals("والي") || first.startsWith("والد")) {
            return false; // والي الخرطوم، والدة الفقيد: the governor and the parent, no و
        }
        String rest = first.substring(1);
        boolean functionWordBehindClitic = rest.length() > 2 && "بلك".indexOf(rest.charAt(0)) >= 0
                && ArabicText.isStopWord(rest.substring(1)); // وبهذا، ولذلك
        return ArabicText.isStopWord(rest) || functionWordBehindClitic || rest.startsWith("ال") && rest.length() > 3
                || opensWithConjoinedVerb(line) || opensWithListedOpener(rest);
    }

    /** وأضاف المحافظ، ويضم الفريق: the line goes on with a sentence before it (no lead and no headline opens so). */
    static boolean opensWithConjoinedVerb(String line) {
        List<Token> tokens = ArabicText.tokenize(line);
        return !tokens.isEmpty() && CONJOINED_VERB.matcher(tokens.get(0).text()).matches();
    }

    /**
     * Headlines run together on one line (a ticker or a menu): many words and not one punctuation mark. Such a line
     * is read as body after all on a page without any other prose, as the page's last line (cut before its full
     * stop) and right before a paragraph the page punctuates or one that goes on from it (see {@link PageReader}).
     */
    static boolean isTicker(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (CLOSING_PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        List<Token> tokens = ArabicText.tokenize(line);
        // ويضم الفريق بينهم فلان وفلان …، وأنجب الفريق …: و and a verb open a sentence (a long list of names the page
        // cut before its full stop); a run of headlines or menu items never opens so
        return tokens.size() >= TICKER_MIN_WORDS && !opensWithConjoinedVerb(line);
    }

    /** A bullet and nothing else: the list item it marks was printed on the next line. */
    static boolean isBulletAlone(String line) {
        return line.length() == 1 && BULLET.matcher(line).lookingAt();
    }

    static boolean isFragment(String line) {
        return ArabicText.tokenize(line).size() < 3 && !endsWithClosingPunctuation(line);
    }

    /**
     * Three to 25 words, at most 200 characters, and no statement-closing punctuation at the end (a headline may
     * end with a question or exclamation mark).
     */
    static boolean isHeadlineLike(String line) {
        if (line.length() > 200) {
            return false;
        }
        int words = ArabicText.tokenize(line).size();
        return words >= 3 && words <= 25 && !endsWithAny(line, STATEMENT_END)
                && !(endsWithSentenceEnd(line) && INNER_FULL_STOP.matcher(line).find());
    }

    /** Ends like a sentence: full stop, question or exclamation mark, ellipsis. */
    static boolean endsWithSentenceEnd(String line) {
        return endsWithAny(line, ".!?؟…");
    }

    static boolean endsWithClosingPunctuation(String line) {
        return endsWithAny(line, CLOSING_PUNCTUATION);
    }

    private static boolean endsWith(String line, String marks) {
        return endsWithAny(line, marks);
    }

    private static boolean endsWithAny(String line, String marks) {
        int end = line.length() - 1;
        while (end >= 0 && (Character.isWhitespace(line.charAt(end))
                || QUOTES_AND_BRACKETS.indexOf(line.charAt(end)) >= 0)) {
            end--;
        }
        return end >= 0 && marks.indexOf(line.charAt(end)) >= 0;
    }

    private static boolean hasDigitOrSince(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return RELATIVE_TIME.matcher(line).find();
    }

    static boolean mostlyArabic(String text) {
        return ArabicText.arabicLetterShare(text, 1) >= 0.5;
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}

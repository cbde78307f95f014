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

/**
 * Judges each line of a raw page on its own: labels (date, source, tags), "read also" markers, page noise, bylines,
 * headline-like lines and body text. The page noise patterns are data ({@code /corpus/noise-lines.txt}).
 */
final class LineClassifier {

    private static final String HARAKAT = "[\\u064B-\\u065F\\u0640]*";
    private static final String ALEF = "[اأإآ]";

    static final Pattern SOURCE_LABEL = Pattern.compile("(?:المصدر|المصادر|مصدر الخبر)\\s*[:|：]\\s*");
    private static final Pattern SOURCE_LINE = Pattern.compile("^" + SOURCE_LABEL.pattern());
    private static final Pattern TAGS_LINE = Pattern.compile(
            "^(?:كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|وسوم|Tags)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:تاريخ النشر|تاريخ الإضافة|تاريخ الاضافة|نشر في|نشر بتاريخ|آخر تحديث)\\s*[:：]?\\s*");
    private static final Pattern READ_ALSO = Pattern.compile(
            "^(?:" + ALEF + "?قر" + HARAKAT + "[أاءؤ]" + HARAKAT + "(?:وا)?|طالع|شاهد|تابع|اقرئي)\\s*"
                    + "(?:" + ALEF + "يض" + HARAKAT + "ا?" + HARAKAT + "|كذلك|المزيد|أيضا)" + HARAKAT
                    + "\\s*[:：\\-–.]?\\s*");
    private static final Pattern TEASER_LIST = Pattern.compile(
            "^(?:(?:مقالات|أخبار|اخبار|مواضيع|موضوعات|روابط|قصص|تقارير)\\s+(?:مشابهة|ذات صلة|متعلقة|مرتبطة|أخرى|ذات علاقة)"
                    + "|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|اخترنا لك|قد يهمك(?: أيضا| أيضاً)?|للمزيد)\\s*[:：]?$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦■►✓*\\-–—]\\s*");
    private static final Pattern BYLINE = Pattern.compile("^(?:[^|\\s]+(?:\\s[^|\\s]+)?\\s*\\|\\s*\\S+(?:\\s+\\S+){0,3}"
            + "|(?:بقلم|كتب|كتبت|إعداد|اعداد|تحرير)\\s*[:：]\\s*\\S+(?:\\s+\\S+){0,3})$");
    private static final String CLOSING_PUNCTUATION = ".!?؟،,:;…";
    private static final String QUOTES_AND_BRACKETS = "\"'“”«»‘’()[]{}";

    private final List<Pattern> noise;

    private LineClassifier(List<Pattern> noise) {
        this.noise = noise;
    }

    static LineClassifier fromClasspath() {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = LineClassifier.class.getResourceAsStream("/corpus/noise-lines.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource /corpus/noise-lines.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    patterns.add(Pattern.compile(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LineClassifier(List.copyOf(patterns));
    }

    ClassifiedLine classify(String line) {
        boolean bulleted = false;
        Matcher bullet = BULLET.matcher(line);
        if (bullet.find() && bullet.end() < line.length()) {
            line = line.substring(bullet.end()).strip();
            bulleted = true;
        }
        Matcher m;
        if ((m = SOURCE_LINE.matcher(line)).find()) {
            return new ClassifiedLine(LineKind.SOURCE, line, line, bulleted);
        }
        if ((m = TAGS_LINE.matcher(line)).find()) {
            return new ClassifiedLine(LineKind.TAGS, line, line.substring(m.end()), bulleted);
        }
        if ((m = DATE_LINE.matcher(line)).find() && PublicationDate.parse(line.substring(m.end())).isPresent()) {
            return new ClassifiedLine(LineKind.DATE, line, line.substring(m.end()), bulleted);
        }
        if ((m = READ_ALSO.matcher(line)).find()) {
            return new ClassifiedLine(LineKind.READ_ALSO, line, line.substring(m.end()).strip(), bulleted);
        }
        if (TEASER_LIST.matcher(line).find()) {
            return new ClassifiedLine(LineKind.TEASER_LIST, line, "", bulleted);
        }
        if (isNoise(line)) {
            return new ClassifiedLine(LineKind.NOISE, line, line, bulleted);
        }
        if (BYLINE.matcher(line).matches() && line.length() <= 60) {
            return new ClassifiedLine(LineKind.BYLINE, line, line, bulleted);
        }
        if (isFragment(line)) {
            return new ClassifiedLine(LineKind.FRAGMENT, line, line, bulleted);
        }
        return new ClassifiedLine(isHeadlineLike(line) ? LineKind.HEADLINE_LIKE : LineKind.BODY, line, line,
                bulleted);
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
        for (Pattern pattern : noise) {
            if (pattern.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isFragment(String line) {
        return ArabicText.tokenize(line).size() < 3 && !endsWithClosingPunctuation(line);
    }

    /** Three to 25 words, at most 200 characters, and no sentence-closing punctuation at the end. */
    static boolean isHeadlineLike(String line) {
        if (line.length() > 200) {
            return false;
        }
        int words = ArabicText.tokenize(line).size();
        return words >= 3 && words <= 25 && !endsWithClosingPunctuation(line);
    }

    private static boolean endsWithClosingPunctuation(String line) {
        int end = line.length() - 1;
        while (end >= 0 && (Character.isWhitespace(line.charAt(end))
                || QUOTES_AND_BRACKETS.indexOf(line.charAt(end)) >= 0)) {
            end--;
        }
        return end >= 0 && CLOSING_PUNCTUATION.indexOf(line.charAt(end)) >= 0;
    }
}

package app.khabar.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates news pages print: English and Arabic month names, and numeric dates. */
final class PublicationDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // Egyptian/Gulf and Levantine month names, already normalised (أ/إ → ا, ة → ه)
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
            Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12));

    /** 1st, November 2024 / November 1, 2024 / 1 نوفمبر 2024. */
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?,?\\s+([\\p{L} ]+?),?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private PublicationDate() {
    }

    static Optional<LocalDate> parse(String text) {
        String value = app.khabar.arabic.ArabicText.normalize(toAsciiDigits(text)).toLowerCase(Locale.ROOT);
        Matcher m = DAY_MONTH_YEAR.matcher(value);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).strip());
            if (month != null) {
                return date(m.group(3), month, m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(value);
        if (m.find() && MONTHS.containsKey(m.group(1))) {
            return date(m.group(3), MONTHS.get(m.group(1)), m.group(2));
        }
        m = ISO.matcher(value);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = DAY_FIRST.matcher(value);
        if (m.find()) {
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Arabic-Indic and Persian digits to ASCII, so one set of patterns reads them all. */
    static String toAsciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

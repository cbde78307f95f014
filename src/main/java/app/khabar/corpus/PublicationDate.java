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

    /** Month names, normalised, from {@code /corpus/months.tsv}. */
    private static final Map<String, Integer> MONTHS = loadMonths();

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

    /** True for a month name the dates here are read with (English names in any case). */
    static boolean isMonthName(String word) {
        return MONTHS.containsKey(app.khabar.arabic.ArabicText.normalize(word).toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> months = new java.util.HashMap<>();
        try (java.io.InputStream in = PublicationDate.class.getResourceAsStream("/corpus/months.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource /corpus/months.tsv is missing");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    months.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(months);
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

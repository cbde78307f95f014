package app.khabar.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Arabic orthography shared by search, people and relatedness: Lucene's normaliser and light stemmer,
 * Lucene's Arabic stop words, and a tokenizer that keeps character offsets.
 * Thread-safe: the Lucene classes used here keep no state between calls.
 */
public final class ArabicText {

    private static final PersianNormalizer PERSIAN_NORMALIZER = new PersianNormalizer();
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer STEMMER = new ArabicStemmer();
    private static final String LUCENE_STOPWORDS = "/org/apache/lucene/analysis/ar/stopwords.txt";
    private static final Set<String> STOP_WORDS = loadStopWords();

    private ArabicText() {
    }

    /**
     * Orthographic normalisation: Lucene's (alef forms, ى→ي, ة→ه, tatweel and diacritics removed) plus the hamza
     * seats ؤ→و and ئ→ي that Lucene leaves alone. Lucene's Persian normaliser runs first: pages typed on a Persian
     * or Urdu keyboard write the Persian yeh, keheh and heh goal (ی، ک، ہ) for the Arabic letters, and the Urdu
     * two-eyed heh (ھ), which that normaliser leaves, for ه.
     */
    public static String normalize(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        int length = NORMALIZER.normalize(chars, PERSIAN_NORMALIZER.normalize(chars, chars.length));
        for (int i = 0; i < length; i++) {
            switch (chars[i]) {
                case 'ؤ' -> chars[i] = 'و';
                case 'ئ' -> chars[i] = 'ي';
                case 'ٱ' -> chars[i] = 'ا';
                case 'ھ' -> chars[i] = 'ه';
                default -> { }
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * Whether the text writes a letter of the Persian or Urdu alphabet (ی، ک، ہ، ھ، ۀ، ے، ە) where Arabic has its own
     * (ي، ك، ه): the same word as typed on another keyboard.
     */
    public static boolean writesPersianLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if ("\u06CC\u06A9\u06C1\u06BE\u06C0\u06D2\u06D5".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Light stem (prefixes ال/وال/بال/كال/فال/لل/و and common suffixes) of an already normalised word. */
    public static String stem(String normalizedWord) {
        char[] chars = normalizedWord.toCharArray();
        int length = STEMMER.stem(chars, chars.length);
        return new String(chars, 0, length);
    }

    /** True for function words (Lucene's list, normalised). Expects a normalised word. */
    public static boolean isStopWord(String normalizedWord) {
        return STOP_WORDS.contains(normalizedWord);
    }

    /** The share of a text's letters that are Arabic; {@code whenNoLetters} for a text with no letter at all. */
    public static double arabicLetterShare(CharSequence text, double whenNoLetters) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (isArabicLetter(c)) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? whenNoLetters : (double) arabic / letters;
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06A4' || c == '\u06AF';
    }

    /** Marks that belong to a word but are not letters: diacritics, tatweel, superscript alef. */
    public static boolean isWordMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0640' || c == '\u0670';
    }

    /** The text with its {@link #isWordMark word marks} left out: the letters as a list spells them. */
    public static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWordMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Words of the text with their offsets: runs of Arabic letters (with their diacritics), Latin letters or digits.
     */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isArabicLetter(c)) {
                int start = i;
                while (i < n && (isArabicLetter(text.charAt(i)) || isWordMark(text.charAt(i)))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, i));
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i)) && !isArabicLetter(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }

    /**
     * Index terms of a text for search and similarity: normalised, stop words dropped, light-stemmed, at least two
     * letters long.
     */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (Token token : tokenize(text)) {
            String normalized = normalize(token.text());
            if (normalized.length() < 2 || isStopWord(normalized) || isNumber(normalized)) {
                continue;
            }
            String stemmed = stem(normalized);
            if (stemmed.length() >= 2) {
                terms.add(stemmed);
            }
        }
        return terms;
    }

    /** Longest first, so وال is tried before و. */
    private static final String[] CLITIC_PREFIXES = {"وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك"};

    /**
     * The word without a leading conjunction, preposition or article (والحرب → حرب); unchanged when too little would
     * remain. Expects a normalised word. Over-strips some words (بلينكن → لينكن), which is why search keeps both forms.
     */
    public static String withoutCliticPrefix(String normalizedWord) {
        for (String prefix : CLITIC_PREFIXES) {
            if (normalizedWord.startsWith(prefix) && normalizedWord.length() - prefix.length() >= 3) {
                return normalizedWord.substring(prefix.length());
            }
        }
        return normalizedWord;
    }

    /**
     * What a story is searched by ({@code story.searchText}): the search forms of its title and text, space-framed,
     * so a word is found as {@code " word "}.
     */
    public static String storySearchText(String title, String text) {
        return " " + String.join(" ", searchForms(title + " " + text)) + " ";
    }

    /** Searchable forms of a text: every normalised word and, where it has one, the word without its prefix. */
    public static java.util.LinkedHashSet<String> searchForms(String text) {
        java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
        for (Token token : tokenize(text)) {
            String word = normalize(token.text()).toLowerCase(java.util.Locale.ROOT);
            if (!word.isEmpty()) {
                forms.add(word);
                forms.add(withoutCliticPrefix(word));
            }
        }
        return forms;
    }

    /** A word written in digits only (Western or Arabic-Indic): 2015, ٢٠١٥. */
    public static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = ArabicText.class.getResourceAsStream(LUCENE_STOPWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's Arabic stop words are missing: " + LUCENE_STOPWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(normalize(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

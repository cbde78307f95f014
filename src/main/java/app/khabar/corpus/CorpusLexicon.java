package app.khabar.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;

/**
 * The word lists page reading relies on, loaded from {@code /corpus/*.txt} (listed for the native image): page noise
 * patterns, masthead phrases, the words that stand around dates, headers of link lists, words that open a clause
 * going on from the line before, labels printed around a headline, the photo credits that end a caption and the words
 * no line of a headline ends on, the nouns that open an outlet's name and the words that begin with و but are no
 * conjunction before a word. Phrases are kept
 * normalised so they compare with normalised lines.
 */
record CorpusLexicon(List<Pattern> noise, List<String> mastheadPhrases, Set<String> dateWords,
                     Set<String> teaserHeaders, Set<String> clauseOpeners, Set<String> headlineLabels,
                     Set<String> photoCredits, Set<String> openLineEnds, Set<String> outletNouns,
                     Set<String> wawInitialNouns) {

    static CorpusLexicon fromClasspath() {
        List<Pattern> noise = new ArrayList<>();
        for (String line : lines("/corpus/noise-lines.txt")) {
            noise.add(Pattern.compile(line));
        }
        List<String> mastheads = new ArrayList<>();
        for (String line : lines("/corpus/masthead-words.txt")) {
            mastheads.add(normalize(line));
        }
        // longest first, so "رئيس التحرير التنفيذي" is removed before "رئيس التحرير"
        mastheads.sort((a, b) -> b.length() - a.length());
        Set<String> dateWords = new LinkedHashSet<>();
        for (String line : lines("/corpus/date-words.txt")) {
            dateWords.add(normalize(line));
        }
        Set<String> headers = new LinkedHashSet<>();
        for (String line : lines("/corpus/teaser-headers.txt")) {
            headers.add(normalize(line));
        }
        return new CorpusLexicon(List.copyOf(noise), List.copyOf(mastheads), Set.copyOf(dateWords),
                Set.copyOf(headers), normalizedSet("/corpus/clause-openers.txt"),
                normalizedSet("/corpus/headline-labels.txt"), normalizedSet("/corpus/photo-credits.txt"),
                normalizedSet("/corpus/open-line-ends.txt"), normalizedSet("/corpus/outlet-nouns.txt"),
                normalizedSet("/corpus/waw-initial-nouns.txt"));
    }

    private static Set<String> normalizedSet(String resource) {
        Set<String> set = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            set.add(normalize(line));
        }
        return Set.copyOf(set);
    }

    /** Arabic normalisation plus lower case and single spaces, the form every list is compared in. */
    static String normalize(String text) {
        return SPACES.matcher(ArabicText.normalize(text).toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CorpusLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}

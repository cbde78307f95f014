package app.khabar.people;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import app.khabar.arabic.ArabicDictionary;

/**
 * What the person tagger weighs at each token of a story: the word with and without its proclitic, its first and
 * last letters, its neighbours, which word lists hold it and its neighbours, and whether the Arabic dictionary
 * knows them as ordinary words. A feature is a 64-bit hash made
 * from those parts without building a string, so tagging allocates nothing per feature. Training
 * ({@code TaggerTraining}, test sources) and tagging share this class, so both see the same features.
 */
final class TaggerFeatures {

    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int TAGS = 3;
    /** Enough for every static feature of one token (about 45 with a word in several lists). */
    static final int MAX_STATIC = 96;
    /**
     * Room the list features leave for what may follow them: the "in no list" marks of the next neighbours (2), the
     * dictionary features (4) and the list pair (1).
     */
    private static final int RESERVED_AFTER_LISTS = 7;

    /**
     * A story cut at line breaks into sequences of tokens: its words, and each punctuation mark between two words
     * (the tagger sees the comma in "رضوان، ياسين").
     *
     * @param raws  each token as the page writes it, for the dictionary
     * @param words index of the story word at each token, -1 for a punctuation mark
     */
    record Sequence(String[] tokens, String[] raws, int[] words) {
        int size() {
            return tokens.length;
        }
    }

    private static final String PROCLITICS = "وبلفك";
    private static final long BEFORE_START = text("<s>");
    private static final long AFTER_END = text("</s>");

    private enum Template {
        BIAS, WORD, STRIPPED, SHAPE, ARTICLE, PREFIX2, PREFIX3, SUFFIX2, SUFFIX3, CLITIC,
        PREVIOUS, PREVIOUS2, NEXT, NEXT2, PREVIOUS_STRIPPED, NEXT_STRIPPED, PREVIOUS_AND_WORD, WORD_AND_NEXT,
        LIST, NO_LIST, LIST_PAIR, PREVIOUS_TAG, PREVIOUS_TAG_AND_WORD, DICTIONARY, DICTIONARY_AND_LISTS
    }

    private static final int NOT_A_WORD = 0;
    private static final int KNOWN_WORD = 1;
    private static final int UNKNOWN_WORD = 2;

    /** The word lists a token may be in; a list that holds only the word without its proclitic counts apart. */
    private final List<Predicate<String>> lists;
    /**
     * Which lists hold a word, for the most frequent words: asking the lists was half the tagger's time. Bounded, so a
     * huge corpus's long tail of rare words costs no memory; the first words met are mostly the frequent ones.
     */
    private final ConcurrentHashMap<String, Long> listBitsCache = new ConcurrentHashMap<>();
    private static final int CACHED_WORDS = 100_000;

    private final ArabicDictionary dictionary;

    TaggerFeatures(Lexicon lexicon, ArabicDictionary dictionary) {
        this.dictionary = dictionary;
        this.lists = List.of(lexicon::isGivenName, lexicon::isWeakGivenName, lexicon::isDefiniteGivenName,
                lexicon::isTitle, lexicon::isTitleWord, lexicon::isCommonWord, lexicon::isNotName, lexicon::isPlace,
                lexicon::isNationality, lexicon::isReportingVerb, lexicon::isVerb, lexicon::isParticle,
                lexicon::isOrgHead, lexicon::isModifier, lexicon::isKinCue, lexicon::isGenericRole,
                lexicon::isSingleNameTitle, lexicon::isComplement, lexicon::isNounSurname,
                lexicon::isRoleHonorific, lexicon::isKnownSurname, lexicon::isChainParticle);
    }

    /** The sequences of a story's words; a line break between two words starts a new sequence. */
    static List<Sequence> sequences(String text, List<Word> words) {
        List<Sequence> sequences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (w > 0) {
                int from = words.get(w - 1).end();
                int marks = 0;
                for (int c = from; c < word.start(); c++) {
                    char ch = text.charAt(c);
                    if (ch == '\n' || ch == '\r') {
                        close(sequences, tokens, raws, indices);
                        marks = 0;
                    } else if (!Character.isWhitespace(ch) && marks < 2) { // ... or ،، says no more than two
                        tokens.add(String.valueOf(ch));
                        raws.add(String.valueOf(ch));
                        indices.add(-1);
                        marks++;
                    }
                }
            }
            tokens.add(word.norm());
            raws.add(word.raw());
            indices.add(w);
        }
        close(sequences, tokens, raws, indices);
        return sequences;
    }

    private static void close(List<Sequence> sequences, List<String> tokens, List<String> raws,
                              List<Integer> indices) {
        if (!tokens.isEmpty()) {
            sequences.add(new Sequence(tokens.toArray(new String[0]), raws.toArray(new String[0]),
                    indices.stream().mapToInt(Integer::intValue).toArray()));
        }
        tokens.clear();
        raws.clear();
        indices.clear();
    }

    /** Per-token parts of one sequence, computed once and shared by every feature that reads them. */
    final class Tokens {
        private final String[] words;
        private final String[] stripped;
        private final long[] wordHash;
        private final long[] strippedHash;
        private final long[] listBits;
        /** {@link #KNOWN_WORD}, {@link #UNKNOWN_WORD} or {@link #NOT_A_WORD} (a punctuation mark). */
        private final int[] dictionary;

        Tokens(Sequence sequence) {
            int n = sequence.size();
            words = sequence.tokens();
            stripped = new String[n];
            wordHash = new long[n];
            strippedHash = new long[n];
            listBits = new long[n];
            dictionary = new int[n];
            for (int i = 0; i < n; i++) {
                dictionary[i] = sequence.words()[i] < 0 ? NOT_A_WORD
                        : TaggerFeatures.this.dictionary.knows(sequence.raws()[i]) ? KNOWN_WORD : UNKNOWN_WORD;
                stripped[i] = withoutProclitic(words[i]);
                wordHash[i] = text(words[i]);
                strippedHash[i] = text(stripped[i]);
                listBits[i] = listBits(words[i]);
            }
        }

        int size() {
            return words.length;
        }

        /** Writes the hashes of token {@code i}'s features that do not depend on the tags before it. */
        int staticFeatures(int i, long[] out) {
            int n = 0;
            String word = words[i];
            String bare = stripped[i];
            out[n++] = feature(Template.BIAS, 0);
            out[n++] = feature(Template.WORD, wordHash[i]);
            out[n++] = feature(Template.STRIPPED, strippedHash[i]);
            out[n++] = feature(Template.SHAPE, shape(word));
            out[n++] = feature(Template.ARTICLE, bare.startsWith("ال") ? 1 : 0);
            out[n++] = feature(Template.PREFIX2, text(bare, 0, Math.min(2, bare.length())));
            out[n++] = feature(Template.PREFIX3, text(bare, 0, Math.min(3, bare.length())));
            out[n++] = feature(Template.SUFFIX2, text(word, Math.max(0, word.length() - 2), word.length()));
            out[n++] = feature(Template.SUFFIX3, text(word, Math.max(0, word.length() - 3), word.length()));
            if (!bare.equals(word)) {
                out[n++] = feature(Template.CLITIC, word.charAt(0));
            }
            long previous = wordAt(i - 1);
            long next = wordAt(i + 1);
            out[n++] = feature(Template.PREVIOUS, previous);
            out[n++] = feature(Template.PREVIOUS2, wordAt(i - 2));
            out[n++] = feature(Template.NEXT, next);
            out[n++] = feature(Template.NEXT2, wordAt(i + 2));
            out[n++] = feature(Template.PREVIOUS_STRIPPED, i > 0 ? strippedHash[i - 1] : BEFORE_START);
            out[n++] = feature(Template.NEXT_STRIPPED, i + 1 < words.length ? strippedHash[i + 1] : AFTER_END);
            out[n++] = feature(Template.PREVIOUS_AND_WORD, previous, wordHash[i]);
            out[n++] = feature(Template.WORD_AND_NEXT, wordHash[i], next);
            for (int k = -2; k <= 2; k++) {
                if (i + k < 0 || i + k >= words.length) {
                    continue;
                }
                long bits = listBits[i + k];
                if (bits == 0 && Math.abs(k) <= 1) {
                    out[n++] = feature(Template.NO_LIST, k);
                }
                while (bits != 0 && n < MAX_STATIC - RESERVED_AFTER_LISTS) {
                    int list = Long.numberOfTrailingZeros(bits);
                    out[n++] = feature(Template.LIST, k, list);
                    bits &= bits - 1;
                }
            }
            for (int k = -1; k <= 1; k++) {
                out[n++] = feature(Template.DICTIONARY, k,
                        i + k < 0 || i + k >= words.length ? NOT_A_WORD : dictionary[i + k]);
            }
            // a word no list and no dictionary knows is mostly a name written for the first time
            out[n++] = feature(Template.DICTIONARY_AND_LISTS, dictionary[i], listBits[i] == 0 ? 0 : 1);
            long before = i > 0 ? firstList(listBits[i - 1]) : -2;
            out[n++] = feature(Template.LIST_PAIR, before, firstList(listBits[i]));
            return n;
        }

        /** The features of token {@code i} given the tag of the token before it. */
        long previousTag(int previousTag) {
            return feature(Template.PREVIOUS_TAG, previousTag);
        }

        long previousTagAndWord(int i, int previousTag) {
            return feature(Template.PREVIOUS_TAG_AND_WORD, previousTag, strippedHash[i]);
        }

        private long wordAt(int i) {
            return i < 0 ? BEFORE_START : i >= words.length ? AFTER_END : wordHash[i];
        }
    }

    Tokens tokens(Sequence sequence) {
        return new Tokens(sequence);
    }

    private long listBits(String word) {
        Long cached = listBitsCache.get(word);
        if (cached != null) {
            return cached;
        }
        long bits = inLists(word);
        String bare = withoutProclitic(word);
        if (bits == 0 && !bare.equals(word)) {
            bits = inLists(bare) << 32;
        }
        if (listBitsCache.size() < CACHED_WORDS) {
            listBitsCache.put(word, bits);
        }
        return bits;
    }

    private long inLists(String word) {
        long bits = 0;
        for (int l = 0; l < lists.size(); l++) {
            if (lists.get(l).test(word)) {
                bits |= 1L << l;
            }
        }
        return bits;
    }

    private static long firstList(long bits) {
        return bits == 0 ? -1 : Long.numberOfTrailingZeros(bits);
    }

    /** The word without one proclitic (و ب ل ف ك; لل before a noun becomes ال), when enough is left of it. */
    static String withoutProclitic(String word) {
        if (word.length() > 3 && word.startsWith("لل")) {
            return "ال" + word.substring(2);
        }
        if (word.length() > 3 && PROCLITICS.indexOf(word.charAt(0)) >= 0) {
            return word.substring(1);
        }
        return word;
    }

    private static long shape(String word) {
        boolean digit = false;
        boolean latin = !word.isEmpty();
        boolean allDigits = !word.isEmpty();
        for (int c = 0; c < word.length(); c++) {
            char ch = word.charAt(c);
            boolean isDigit = Character.isDigit(ch);
            digit |= isDigit;
            allDigits &= isDigit;
            latin &= ch < 128 && Character.isLetter(ch);
        }
        return allDigits ? -1 : latin ? -2 : digit ? -3 : Math.min(word.length(), 8);
    }

    private static long feature(Template template, long part) {
        return mix(template.ordinal() * 0x9E3779B97F4A7C15L + part);
    }

    private static long feature(Template template, long first, long second) {
        return mix(feature(template, first) + second * 0x632BE59BD9B4E019L);
    }

    static long text(String s) {
        return text(s, 0, s.length());
    }

    /** FNV-1a over the characters {@code [from, to)}. */
    static long text(String s, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int c = from; c < to; c++) {
            hash ^= s.charAt(c);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** MurmurHash3's finaliser: every bit of the input moves about half the bits of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

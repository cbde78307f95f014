package app.khabar.people;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import app.khabar.arabic.ArabicDictionary;
import app.khabar.arabic.ArabicText;

/**
 * A learned second opinion on where names stand: an averaged perceptron that tags each token of a story as the
 * beginning of a name, inside one, or outside, from the features of {@link TaggerFeatures}. The rules read names
 * where their cues are; the tagger finds the names they have no cue for (a name that opens a sentence, an unlisted
 * given name after an unlisted verb). It never removes a rule's name. It adds a name of two words or more, none of
 * them taken by the rules, and it lengthens a rule's name that it reads on past where the rule stopped (the
 * lengthened name is then a confirmed full name). Either only where its weakest token beats "outside" by
 * {@link #MIN_MARGIN} and the word lists do not speak against it. The weights are trained by
 * {@code TaggerTraining} (test sources) on annotated pages and shipped in {@value #RESOURCE}.
 */
final class PersonTagger {

    static final String RESOURCE = "/tagger/person-tagger.bin.gz";
    static final int MAGIC = 0x4B505431; // "KPT1"
    /**
     * The tagger's own decision: a name wherever its weakest token's tag beats "outside" at all. It gave the best F1
     * on the sets the tagger is not trained on ({@code holdout10}, {@code holdout11}, {@code holdout91} and later,
     * the sealed sets; {@code dev} left out of the choice): from a margin of 4 to 0, 3,412 true names, 256 invented
     * and 429 missed became 3,429, 262 and 412, each step down a gain, and the training sets moved the same way. The
     * word lists still veto what they know better ({@link #plausible}).
     */
    static final double MIN_MARGIN = 0;
    static final String RULE = "learned-tagger";

    /** أبو، أبي، أبا، أم: the head of a kunya, normalised; a name never ends in one. */
    private static final Set<String> KUNYA_HEADS = Set.of("ابو", "ابي", "ابا", "ام");

    /** A name the tagger found: story words [firstWord, endWord) and the margin of its least sure token. */
    record Span(int firstWord, int endWord, double margin) {
    }

    private final TaggerFeatures features;
    private final Weights weights;
    private final double minMargin;

    PersonTagger(TaggerFeatures features, Weights weights, double minMargin) {
        this.features = features;
        this.weights = weights;
        this.minMargin = minMargin;
    }

    static PersonTagger fromClasspath(Lexicon lexicon) {
        try (InputStream in = PersonTagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing tagger weights " + RESOURCE);
            }
            return new PersonTagger(new TaggerFeatures(lexicon, ArabicDictionary.shared()), Weights.read(in),
                    MIN_MARGIN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tagger weights " + RESOURCE, e);
        }
    }

    /** Every name span the tagger reads in a story, sure or not (for training and tuning). */
    List<Span> spans(String text, List<Word> words) {
        List<Span> spans = new ArrayList<>();
        long[] buffer = new long[TaggerFeatures.MAX_STATIC];
        for (TaggerFeatures.Sequence sequence : TaggerFeatures.sequences(text, words)) {
            TaggerFeatures.Tokens tokens = features.tokens(sequence);
            int[] tags = new int[sequence.size()];
            double[] margins = new double[sequence.size()];
            decode(tokens, tags, margins, buffer);
            collectSpans(sequence, tags, margins, spans);
        }
        return spans;
    }

    /** Greedy left to right, as trained: a name cannot continue after "outside". */
    private void decode(TaggerFeatures.Tokens tokens, int[] tags, double[] margins, long[] buffer) {
        double[] score = new double[TaggerFeatures.TAGS];
        int previous = TaggerFeatures.O;
        for (int i = 0; i < tokens.size(); i++) {
            Arrays.fill(score, 0);
            int n = tokens.staticFeatures(i, buffer);
            for (int f = 0; f < n; f++) {
                weights.add(buffer[f], score);
            }
            weights.add(tokens.previousTag(previous), score);
            weights.add(tokens.previousTagAndWord(i, previous), score);
            int best = best(score, previous);
            tags[i] = best;
            margins[i] = best == TaggerFeatures.O ? 0 : score[best] - score[TaggerFeatures.O];
            previous = best;
        }
    }

    static int best(double[] score, int previous) {
        int best = TaggerFeatures.O;
        for (int t = 1; t < TaggerFeatures.TAGS; t++) {
            if (t == TaggerFeatures.I && previous == TaggerFeatures.O) {
                continue;
            }
            if (score[t] > score[best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Spans of words only: a punctuation mark tagged inside a name ends it, and whatever the tagger calls "inside"
     * after it is dropped (the tagger learned names as unbroken runs of words).
     */
    private static void collectSpans(TaggerFeatures.Sequence sequence, int[] tags, double[] margins, List<Span> out) {
        int start = -1;
        double weakest = 0;
        for (int i = 0; i <= tags.length; i++) {
            boolean continues = i < tags.length && tags[i] == TaggerFeatures.I && sequence.words()[i] >= 0;
            if (start >= 0 && !continues) {
                out.add(new Span(sequence.words()[start], sequence.words()[i - 1] + 1, weakest));
                start = -1;
            }
            if (i < tags.length && tags[i] == TaggerFeatures.B && sequence.words()[i] >= 0) {
                start = i;
                weakest = margins[i];
            } else if (start >= 0) {
                weakest = Math.min(weakest, margins[i]);
            }
        }
    }

    /**
     * Adds the sure names of two words or more over words no rule took, as candidates the resolver treats like
     * any full name the rules found.
     */
    void addNames(String text, NameRecognizer.Recognition recognition, NameRecognizer recognizer, Lexicon lexicon) {
        List<Word> words = recognition.words();
        boolean[] claimed = recognition.claimed();
        boolean added = false;
        List<Span> spans = spans(text, words);
        extendCutNames(spans, recognition, lexicon);
        for (Span read : spans) {
            // أنجيليوس إسحق سكرتير البابا: the title before a definite noun opens the role; the name ends before it
            Span span = read.endWord() - read.firstWord() >= 3 && endsInRoleBeforeDefiniteNoun(words, read, lexicon)
                    ? new Span(read.firstWord(), read.endWord() - 1, read.margin()) : read;
            if (span.margin() < minMargin || span.endWord() - span.firstWord() < 2
                    || anyClaimed(claimed, span) || !allArabic(words, span) || !plausible(words, span, lexicon)
                    // كتائب البراء بن مالك، مدرسة عمر بن الخطاب: what is named after the person, as the rules read it
                    || span.firstWord() > 0 && words.get(span.firstWord()).gap() == Word.Gap.NONE
                    && recognizer.words().opensOrganisationName(words, span.firstWord() - 1)) {
                continue;
            }
            Word first = words.get(span.firstWord());
            String firstBare = TaggerFeatures.withoutProclitic(first.norm());
            // وأحمد → أحمد where the word without its proclitic is a given name and the word itself is not
            // (وصديق أحمد → صديق أحمد too where the story names صديق أحمد without the و); وآكار صالح → آكار صالح:
            // a hamza or madda after the و opens the next word, as no name spells itself
            boolean stripFirst = !firstBare.equals(first.norm()) && !firstBare.startsWith("ال")
                    && (lexicon.isAnyGivenName(firstBare) || opensFoundName(firstBare, recognition.candidates())
                    || first.norm().charAt(0) == 'و' && WordShapes.opensWithCliticBeforeHamza(first))
                    && !lexicon.isAnyGivenName(first.norm());
            // spelled as the rules spell names (عبدالعزيز as عبد العزيز), so the resolver matches them alike
            List<String> tokens = new ArrayList<>(span.endWord() - span.firstWord() + 1);
            lexicon.addNameToken(tokens, stripFirst ? firstBare : first.norm());
            for (int w = span.firstWord() + 1; w < span.endWord(); w++) {
                lexicon.addNameToken(tokens, words.get(w).norm());
            }
            String suffix = "";
            if (tokens.size() > 2 && lexicon.isGenerationSuffix(tokens.get(tokens.size() - 1))) {
                suffix = tokens.remove(tokens.size() - 1); // تشارلز الثالث: a generation, as the rules keep it
            }
            if (endsAName(tokens, recognition.candidates())) {
                continue; // دا سيلفا after لولا دا سيلفا: the person's surname, which the resolver finds alone
            }
            for (int w = span.firstWord(); w < span.endWord(); w++) {
                claimed[w] = true;
            }
            int start = first.start() + (stripFirst ? Word.rawOffset(first.raw(), 1) : 0);
            recognition.candidates().add(new NameRecognizer.Candidate(span.firstWord(), span.endWord(), start,
                    words.get(span.endWord() - 1).end(), start, List.copyOf(tokens), suffix, null, /* single */ false,
                    /* givenOnly */ false, /* confirmed */ true, /* standsAlone */ false, List.of(RULE)));
            added = true;
        }
        if (added) {
            recognition.candidates().sort(Comparator.comparingInt(NameRecognizer.Candidate::firstWord));
        }
    }

    /** Whether a name already found in the story opens with the token. */
    private static boolean opensFoundName(String token, List<NameRecognizer.Candidate> candidates) {
        for (NameRecognizer.Candidate candidate : candidates) {
            if (!candidate.tokens().isEmpty() && candidate.tokens().get(0).equals(token)) {
                return true;
            }
        }
        return false;
    }

    /** A rule's name the tagger reads on beyond its end, over unclaimed words: the rule cut it short. */
    private void extendCutNames(List<Span> spans, NameRecognizer.Recognition recognition, Lexicon lexicon) {
        List<Word> words = recognition.words();
        boolean[] claimed = recognition.claimed();
        List<NameRecognizer.Candidate> candidates = recognition.candidates();
        for (Span span : spans) {
            if (span.margin() < minMargin) {
                continue;
            }
            for (int c = 0; c < candidates.size(); c++) {
                NameRecognizer.Candidate candidate = candidates.get(c);
                // a name that ends in a known surname or a generation is whole (عبدالفتاح السيسي كلفه: a verb
                // follows it; عبدالله الثاني ابن الحسين: the rules' words run past the name's tokens)
                if (candidate.firstWord() < span.firstWord() || candidate.firstWord() >= span.endWord()
                        || candidate.endWord() >= span.endWord() || !candidate.suffix().isEmpty()
                        || endsInKnownSurname(candidate.tokens(), lexicon)) {
                    continue;
                }
                boolean free = true;
                for (int w = candidate.endWord(); w < span.endWord(); w++) {
                    String norm = words.get(w).norm();
                    // a role, a future verb or a prepositional phrase the rules stopped at is no part of the name
                    // (محمد شيخ الأزهر، كمال حسن سيحضر، كارين جان بيير للصحفيين، بيشوي بوادي النطرون)
                    free &= !claimed[w] && words.get(w).gap() == Word.Gap.NONE && words.get(w).arabic()
                            && !isRole(norm, lexicon) && !futureVerb(norm) && !prepositionWithArticle(norm)
                            && !lexicon.isPlaceUnitBehindPreposition(norm) && !opensDefiniteRole(words, w, lexicon)
                            && !isFeminineAdjectiveBeforeFunctionWord(words, w, lexicon);
                }
                if (!free || !plausible(words, new Span(candidate.firstWord(), span.endWord(), 0), lexicon)) {
                    continue;
                }
                List<String> tokens = new ArrayList<>(candidate.tokens());
                for (int w = candidate.endWord(); w < span.endWord(); w++) {
                    lexicon.addNameToken(tokens, words.get(w).norm());
                    claimed[w] = true;
                }
                List<String> rules = new ArrayList<>(candidate.rules());
                rules.add(RULE);
                candidates.set(c, new NameRecognizer.Candidate(candidate.firstWord(), span.endWord(),
                        candidate.start(), words.get(span.endWord() - 1).end(), candidate.nameStart(),
                        List.copyOf(tokens),
                        candidate.suffix(), candidate.role(), /* single */ false, /* givenOnly */ false,
                        /* confirmed */ true, /* standsAlone */ false, List.copyOf(rules)));
            }
        }
    }

    /**
     * What the word lists and word shapes know against a name: a chain particle or a listed place cannot open it
     * (بن زيد is the end of a name, بمدينة خان يونس a place), a function word (أمام too, by its hamza), a listed
     * non-name or a verb cannot be in it, and a common word, a masdar or a place unit behind a preposition (بتخرج،
     * بوادي), a future verb, a word shaped like a verb or, after two words, a plural of things cannot close it
     * (زياد حضروا، حميدتي سيركز، كمال حسن سيحضر، شوقي علام ضحايا، مصطفى محمود أهداف, a plural أفعال shaped like
     * the masdar إفعال; جورج عطايا is a family name of that shape).
     */
    private static boolean plausible(List<Word> words, Span span, Lexicon lexicon) {
        String first = words.get(span.firstWord()).norm();
        if (lexicon.isChainParticle(first) || lexicon.isPlace(first) && !lexicon.isAnyGivenName(first)) {
            return false; // بمدينة خان يونس: a listed place opens no name
        }
        if (agreesWithDefiniteNounBefore(words, span.firstWord(), lexicon)) {
            return false;
        }
        if (span.firstWord() > 0 && words.get(span.firstWord()).gap() == Word.Gap.NONE
                && words.get(span.firstWord() - 1).arabic() && governedByUnit(words.get(span.firstWord() - 1).norm(),
                first, lexicon)) {
            return false; // منطقة خميس مشيط، والي ولاية سيدي بعباس: the words a unit noun governs name the place
        }
        String lastWord = words.get(span.endWord() - 1).norm();
        if (lexicon.isChainParticle(lastWord) || KUNYA_HEADS.contains(lastWord)) {
            return false; // أحمد مولود ولد، حميد الأحمر أبي: a chain or a kunya whose name the tagger left out
        }
        for (int w = span.firstWord(); w < span.endWord(); w++) {
            String norm = words.get(w).norm();
            // titles and nationalities stay: families carry them (باسل الحاج، عاكف المغربي)
            if (ArabicText.isStopWord(norm) || lexicon.isListedNotName(norm) || lexicon.isVerb(norm)
                    || WordShapes.isFunctionWordByItsHamza(words.get(w)) || WordShapes.isConjoinedFutureVerb(norm)) {
                return false;
            }
            if (w > span.firstWord() && norm.length() >= 5 && WordShapes.isImperfectVerbShape(norm)
                    && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)) {
                // عبده يتحدى رامبو: a verb inside is a film's or a song's title, not a name (يتيم, four letters, is
                // a family name as often)
                return false;
            }
            if (w > span.firstWord() && norm.charAt(0) == 'و' && (norm.length() <= 3 || norm.charAt(1) != 'ا'
                    || norm.startsWith("وال")) && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                    && !lexicon.isChainParticle(norm)) {
                // موسى وعس، سعد والباتيس، عساف وكرزون: و joins a next item to the name; an unlisted family name
                // opening in وا writes its own و (إبراهيم واصف، حميد واعمرو)
                return false;
            }
        }
        String last = words.get(span.endWord() - 1).norm();
        if (lexicon.isAnyGivenName(last) || lexicon.isKnownSurname(last)) {
            return true;
        }
        if (endsInRoleBeforeDefiniteNoun(words, span, lexicon)
                || isFeminineAdjectiveBeforeFunctionWord(words, span.endWord() - 1, lexicon)) {
            return false;
        }
        boolean commonWord = lexicon.isCommonWord(last) && !lexicon.isTitle(last) && !lexicon.isNationality(last);
        return !commonWord && !WordShapes.isTafa33ulMasdarBehindPreposition(last)
                && !WordShapes.isTafaa3ulMasdarBehindPreposition(last)
                && !lexicon.isPlaceUnitBehindPreposition(last)
                && !futureVerb(last) && !WordShapes.isPerfectVerbShape(last) && !WordShapes.isPluralBehindPreposition(last)
                && !WordShapes.isVocalisedDoubledPerfect(words.get(span.endWord() - 1))
                && !WordShapes.isImperfectVerbShape(last) && !WordShapes.isDefiniteTaf3eelMasdar(last)
                && !accusative(words.get(span.endWord() - 1), lexicon)
                && !(span.endWord() - span.firstWord() > 2 && (WordShapes.isFa3ayaPlural(last)
                || !last.startsWith("ال") && WordShapes.isIfaalMasdar(last)
                && !lexicon.isChainParticle(words.get(span.endWord() - 2).norm()))); // (ولد أبلال: a father)
    }

    /**
     * A unit noun governs the span as its place: any for a settlement's or a region's unit, for a state's (which is
     * also a term of office: ولاية دونالد ترامب) one whose first word is no given name or one that is also a word.
     */
    private static boolean governedByUnit(String unit, String first, Lexicon lexicon) {
        return lexicon.isPlaceUnit(unit)
                || lexicon.isStateUnit(unit) && (!lexicon.isAnyGivenName(first) || lexicon.isWeakGivenName(first));
    }

    /** سكرتير البابا، مدير المدرسة: the span's last word is a bare title or role before a definite noun. */
    private static boolean endsInRoleBeforeDefiniteNoun(List<Word> words, Span span, Lexicon lexicon) {
        String last = words.get(span.endWord() - 1).norm();
        return isRole(last, lexicon) && !lexicon.isAnyGivenName(last) && !lexicon.isKnownSurname(last)
                && span.endWord() < words.size() && words.get(span.endWord()).gap() == Word.Gap.NONE
                && WordShapes.hasArticle(words.get(span.endWord()).norm());
    }

    /**
     * {@code الاستقبال الصادق المفعم}: a definite word right after a definite common noun (no title, role or
     * nationality, nor the end of a role phrase) agrees with it as its adjective, whatever name it also is.
     */
    private static boolean agreesWithDefiniteNounBefore(List<Word> words, int at, Lexicon lexicon) {
        Word word = words.get(at);
        if (at == 0 || !word.norm().startsWith("ال") || word.gap() != Word.Gap.NONE) {
            return false;
        }
        String before = words.get(at - 1).norm();
        // رئيس الجمهورية الناني ولد أشروقه: the noun ends a role phrase (a title and its complement) before the name
        boolean endsRole = at >= 2 && lexicon.isTitleWord(words.get(at - 2).norm());
        return WordShapes.hasArticle(before) && lexicon.isCommonWord(before) && !lexicon.isTitleWord(before)
                && !lexicon.isNationality(before) && !lexicon.isGenericRole(before) && !endsRole;
    }

    /**
     * مشرقا، اقتحما: an indefinite accusative (or a dual verb), its tanween written or a bare ا after consonants of a
     * longer word without the article; family names end so in short words or with the article (نهرا، البنا). قداسا
     * (احتفاليا), بديلا: a common word with its tanween unwritten, the verb's object or the person's role after the name,
     * whatever its vowels; شاكرا، متناسقا: a participle in the accusative.
     */
    private static boolean accusative(Word word, Lexicon lexicon) {
        String norm = word.norm();
        return WordShapes.endsWithTanween(word)
                || norm.length() >= 5 && !WordShapes.hasArticle(norm) && WordShapes.endsInBareAccusative(norm)
                || norm.length() >= 5 && norm.endsWith("ا")
                && isCommonNoun(norm.substring(0, norm.length() - 1), lexicon)
                || WordShapes.isParticipleAccusative(norm, lexicon) || WordShapes.isAccusativeParticiple(norm);
    }

    /** بديل (of بديلا): a listed common word, or one the mined texts know only with the article (البديل). */
    private static boolean isCommonNoun(String stem, Lexicon lexicon) {
        return lexicon.isCommonWord(stem) || lexicon.isCommonWord("ال" + stem);
    }

    /**
     * الأمين العام، المدير التنفيذي: a title with the article before a definite common word opens a role phrase after
     * the name, though a title with the article alone is often a family name.
     */
    private static boolean opensDefiniteRole(List<Word> words, int w, Lexicon lexicon) {
        String norm = words.get(w).norm();
        if (!norm.startsWith("ال") || norm.length() < 5 || !lexicon.isTitle(norm)
                || w + 1 >= words.size() || words.get(w + 1).gap() != Word.Gap.NONE) {
            return false;
        }
        String next = words.get(w + 1).norm();
        return next.startsWith("ال") && lexicon.isCommonWord(next) && !lexicon.isAnyGivenName(next);
    }

    /**
     * زينب ياسين محمد حسن التدريسية في مركز، البراء بن مالك المتجهة إلى: a definite feminine adjective in ية or
     * participle no list knows, before a function word, describes the person (a woman's family nisba is followed by
     * what she did: لميس بنت يونس البلوشية كلمة).
     */
    private static boolean isFeminineAdjectiveBeforeFunctionWord(List<Word> words, int w, Lexicon lexicon) {
        Word word = words.get(w);
        String norm = word.norm();
        return norm.startsWith("ال") && norm.length() >= 6 && word.lastLetter() == 'ة'
                && (norm.endsWith("يه") || WordShapes.isDefiniteParticiple(norm)) // المتجهة إلى
                && !lexicon.isKnownSurname(norm) && NameWords.functionWordFollows(words, w + 1);
    }

    /**
     * A title or role word without the article, bare or behind a preposition (كمفتش، لرئيس); with the article it is
     * often a family name (المهندس، الحاج).
     */
    private static boolean isRole(String norm, Lexicon lexicon) {
        if (norm.startsWith("ال")) {
            return false;
        }
        for (Clitics.Reading reading : Clitics.readings(norm)) {
            if ((reading.letters() == 0 || Clitics.hasPreposition(norm, reading)) && reading.form().length() >= 3
                    && (lexicon.isTitle(reading.form()) || lexicon.isTitleWord(reading.form())
                    || lexicon.isGenericRole(reading.form()))) {
                return true;
            }
        }
        return false;
    }

    /** سيحضر، ستواصل; a longer word of that opening is a name as often (سيليمان). */
    private static boolean futureVerb(String norm) {
        return norm.length() <= 6 && WordShapes.isFutureVerb(norm);
    }

    /**
     * بالخطوة، للصحفيين: a preposition and the article. After a name that is a phrase far more often than a family
     * name (بالتوسين is one, and is lost).
     */
    private static boolean prepositionWithArticle(String norm) {
        String rest = norm.length() > 5 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
        return rest.length() >= 5 && (rest.startsWith("بال") || rest.startsWith("كال") || rest.startsWith("لل"));
    }

    private static boolean endsInKnownSurname(List<String> tokens, Lexicon lexicon) {
        String last = tokens.get(tokens.size() - 1);
        return lexicon.isKnownSurname(last) && !lexicon.isAnyGivenName(last);
    }

    private static boolean endsAName(List<String> tokens, List<NameRecognizer.Candidate> candidates) {
        for (NameRecognizer.Candidate candidate : candidates) {
            List<String> name = candidate.tokens();
            if (name.size() > tokens.size() && name.subList(name.size() - tokens.size(), name.size()).equals(tokens)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyClaimed(boolean[] claimed, Span span) {
        for (int w = span.firstWord(); w < span.endWord(); w++) {
            if (claimed[w]) {
                return true;
            }
        }
        return false;
    }

    private static boolean allArabic(List<Word> words, Span span) {
        for (int w = span.firstWord(); w < span.endWord(); w++) {
            if (!words.get(w).arabic()) {
                return false;
            }
        }
        return true;
    }

    /** Feature hash → weights of O, B and I, in an open-addressing table (no boxing on the tagging path). */
    static final class Weights {
        private final long[] keys;
        private final float[] values;
        private final boolean[] used;
        private final int mask;

        Weights(int capacity) {
            int size = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
            keys = new long[size];
            used = new boolean[size];
            values = new float[size * TaggerFeatures.TAGS];
            mask = size - 1;
        }

        static Weights empty() {
            return new Weights(1);
        }

        void put(long key, float o, float b, float i) {
            int slot = (int) key & mask;
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            values[slot * 3] = o;
            values[slot * 3 + 1] = b;
            values[slot * 3 + 2] = i;
        }

        void add(long key, double[] score) {
            int slot = (int) key & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    score[0] += values[slot * 3];
                    score[1] += values[slot * 3 + 1];
                    score[2] += values[slot * 3 + 2];
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }

        static Weights read(InputStream raw) throws IOException {
            DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
            if (in.readInt() != MAGIC) {
                throw new IOException("not a person tagger weights file");
            }
            int count = in.readInt();
            Weights weights = new Weights(count);
            for (int f = 0; f < count; f++) {
                weights.put(in.readLong(), in.readFloat(), in.readFloat(), in.readFloat());
            }
            return weights;
        }
    }
}

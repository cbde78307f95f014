package app.khabar.people;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import app.khabar.arabic.ArabicDictionary;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.UnreadablePageException;

/**
 * Trains the person tagger ({@link PersonTagger}) on annotated page sets: every gold form of a page marks its words
 * in the page's stories as a name, and an averaged perceptron learns the tags from {@link TaggerFeatures}. Run by
 * hand; {@code PersonTaggerTest} trains once on every test run and fails when the shipped weights are not what this
 * gives, so a change to the word lists or the features must be followed by a retraining.
 *
 * <pre>
 * TaggerTraining train OUT.bin.gz [SET...]   weights from the sets (default: {@link #TRAINING_SETS})
 * TaggerTraining tune WEIGHTS.bin.gz SET      the set's people scores at several margins, and with the rules alone
 * </pre>
 */
public final class TaggerTraining {

    static final Path SETS = Path.of("src/test/resources");
    /**
     * The large studied sets (692 pages) and {@code holdout14} to {@code holdout90} (1,904 pages from as many sites
     * or pages). With {@code holdout14} to {@code holdout43} added, the sets trained on by neither model moved from
     * 2,089 true names, 237 invented and 322 missed to 2,097, 226 and 314; adding {@code holdout44} to
     * {@code holdout65} then gained nothing on {@code holdout66} to {@code holdout75}. Adding all of {@code holdout44}
     * to {@code holdout90} (754 pages) moved {@code holdout91} to {@code holdout104} from 1,020/64/125 to 1,026/60/119
     * (and, trained on {@code holdout62} to {@code holdout104} instead, {@code holdout44} to {@code holdout61} from
     * 895/81/119 to 898/83/116). Not trained on: {@code dev} (the validation set, its figure stays honest),
     * {@code holdout10}, {@code holdout11}, {@code holdout91} and later (the tagger's own test and the fresh pools),
     * {@code holdout4}, {@code holdout6}, {@code holdout12} and {@code holdout13} (sealed).
     */
    static final List<String> TRAINING_SETS = Stream.concat(
            Stream.of("dev2", "holdout", "holdout2", "holdout3", "holdout5", "holdout7", "holdout8", "holdout9"),
            IntStream.rangeClosed(14, 90).mapToObj(n -> "holdout" + n)).toList();
    static final int EPOCHS = 8;
    static final long SHUFFLE_SEED = 1;
    static final int RUNS = 40;
    /** Weights smaller than this change no decision worth keeping and would double the file. */
    static final double PRUNE_BELOW = 0.05;

    private record Example(TaggerFeatures.Tokens tokens, int[] tags) {
    }

    private TaggerTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("train")) {
            List<String> sets = args.length > 2 ? List.of(args).subList(2, args.length) : TRAINING_SETS;
            byte[] weights = train(sets);
            Files.createDirectories(Path.of(args[1]).toAbsolutePath().getParent());
            Files.write(Path.of(args[1]), weights);
            System.out.println("wrote " + args[1] + " (" + weights.length + " bytes) from " + sets);
        } else if (args.length == 3 && args[0].equals("tune")) {
            tune(Path.of(args[1]), args[2]);
        } else {
            System.err.println("usage: TaggerTraining train OUT [SET...] | tune WEIGHTS SET");
            System.exit(2);
        }
    }

    /** The gzipped weights file the sets train. Deterministic: the same sets give the same bytes. */
    static byte[] train(List<String> sets) throws IOException {
        Lexicon lexicon = Lexicon.fromClasspath();
        TaggerFeatures features = new TaggerFeatures(lexicon, ArabicDictionary.shared());
        List<Example> examples = new ArrayList<>();
        for (String set : sets) {
            for (LabelledStory story : labelledStories(set)) {
                List<TaggerFeatures.Sequence> sequences = TaggerFeatures.sequences(story.text(), story.words());
                for (TaggerFeatures.Sequence sequence : sequences) {
                    examples.add(new Example(features.tokens(sequence), story.tags(sequence)));
                }
            }
        }
        Map<Long, Integer> ids = new HashMap<>();
        List<Long> hashes = new ArrayList<>();
        List<int[][]> staticIds = new ArrayList<>();
        long[] buffer = new long[TaggerFeatures.MAX_STATIC];
        for (Example example : examples) {
            int[][] perToken = new int[example.tokens().size()][];
            for (int i = 0; i < perToken.length; i++) {
                int n = example.tokens().staticFeatures(i, buffer);
                int[] row = new int[n];
                for (int f = 0; f < n; f++) {
                    row[f] = id(ids, hashes, buffer[f]);
                }
                perToken[i] = row;
            }
            staticIds.add(perToken);
        }
        // the tag-history features of every (token, previous tag): ids made up front so the arrays can be sized
        List<int[]> historyIds = new ArrayList<>();
        for (Example example : examples) {
            int[] row = new int[example.tokens().size() * TaggerFeatures.TAGS * 2];
            for (int i = 0; i < example.tokens().size(); i++) {
                for (int p = 0; p < TaggerFeatures.TAGS; p++) {
                    row[(i * TaggerFeatures.TAGS + p) * 2] = id(ids, hashes, example.tokens().previousTag(p));
                    row[(i * TaggerFeatures.TAGS + p) * 2 + 1] =
                            id(ids, hashes, example.tokens().previousTagAndWord(i, p));
                }
            }
            historyIds.add(row);
        }
        // several runs over differently shuffled examples, their averaged weights averaged again: one run's
        // weights depend on the order it met the examples, so a small lexicon change would reshuffle what it learns
        float[] ensemble = new float[hashes.size() * TaggerFeatures.TAGS];
        for (int run = 0; run < RUNS; run++) {
            float[] averaged = run(examples, staticIds, historyIds, hashes.size(), SHUFFLE_SEED + run);
            for (int k = 0; k < ensemble.length; k++) {
                ensemble[k] += averaged[k] / RUNS;
            }
        }
        return write(hashes, ensemble);
    }

    /** One averaged-perceptron run of {@link #EPOCHS} epochs; the averaged weights, per feature id and tag. */
    private static float[] run(List<Example> examples, List<int[][]> staticIds, List<int[]> historyIds, int featureCount,
                               long seed) {
        int features3 = featureCount * TaggerFeatures.TAGS;
        double[] weights = new double[features3];
        double[] totals = new double[features3]; // each update times its step: the average without copies
        long step = 1;
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < examples.size(); e++) {
            order.add(e);
        }
        Random random = new Random(seed);
        double[] score = new double[TaggerFeatures.TAGS];
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            int tokens = 0;
            for (int e : order) {
                int[] gold = examples.get(e).tags();
                int[][] rows = staticIds.get(e);
                int[] history = historyIds.get(e);
                int previous = TaggerFeatures.O;
                for (int i = 0; i < gold.length; i++) {
                    int h = (i * TaggerFeatures.TAGS + previous) * 2;
                    Arrays.fill(score, 0);
                    for (int id : rows[i]) {
                        addScore(weights, id, score);
                    }
                    addScore(weights, history[h], score);
                    addScore(weights, history[h + 1], score);
                    int predicted = PersonTagger.best(score, previous);
                    int truth = gold[i] == TaggerFeatures.I && previous == TaggerFeatures.O
                            ? TaggerFeatures.B : gold[i];
                    if (predicted != truth) {
                        for (int id : rows[i]) {
                            update(weights, totals, id, truth, predicted, step);
                        }
                        update(weights, totals, history[h], truth, predicted, step);
                        update(weights, totals, history[h + 1], truth, predicted, step);
                        errors++;
                    }
                    tokens++;
                    step++;
                    previous = predicted;
                }
            }
            System.out.printf("epoch %d: token error %.4f%n", epoch, errors / (double) tokens);
        }
        float[] averaged = new float[features3];
        for (int k = 0; k < features3; k++) {
            averaged[k] = (float) (weights[k] - totals[k] / step);
        }
        return averaged;
    }

    private static int id(Map<Long, Integer> ids, List<Long> hashes, long hash) {
        return ids.computeIfAbsent(hash, h -> {
            hashes.add(h);
            return hashes.size() - 1;
        });
    }

    private static void addScore(double[] weights, int id, double[] score) {
        for (int t = 0; t < TaggerFeatures.TAGS; t++) {
            score[t] += weights[id * TaggerFeatures.TAGS + t];
        }
    }

    private static void update(double[] weights, double[] totals, int id, int truth, int predicted, long step) {
        weights[id * TaggerFeatures.TAGS + truth] += 1;
        weights[id * TaggerFeatures.TAGS + predicted] -= 1;
        totals[id * TaggerFeatures.TAGS + truth] += step;
        totals[id * TaggerFeatures.TAGS + predicted] -= step;
    }

    private static byte[] write(List<Long> hashes, float[] averaged) throws IOException {
        List<Integer> kept = new ArrayList<>();
        for (int id = 0; id < hashes.size(); id++) {
            double largest = 0;
            for (int t = 0; t < TaggerFeatures.TAGS; t++) {
                largest = Math.max(largest, Math.abs(averaged[id * TaggerFeatures.TAGS + t]));
            }
            if (largest >= PRUNE_BELOW) {
                kept.add(id);
            }
        }
        kept.sort(Comparator.comparingLong(hashes::get));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }; DataOutputStream out = new DataOutputStream(gzip)) {
            out.writeInt(PersonTagger.MAGIC);
            out.writeInt(kept.size());
            for (int id : kept) {
                out.writeLong(hashes.get(id));
                for (int t = 0; t < TaggerFeatures.TAGS; t++) {
                    out.writeFloat(averaged[id * TaggerFeatures.TAGS + t]);
                }
            }
        }
        System.out.printf("features: %d, kept %d%n", hashes.size(), kept.size());
        return bytes.toByteArray();
    }

    // ---- the gold forms as tags ----------------------------------------------------------------------------

    /** One story's text and words, and the normalised word sequences of every gold form of its page. */
    record LabelledStory(String text, List<Word> words, List<List<String>> forms) {

        /** B on the first word of each form found, I on the rest; longer forms first, never overlapping. */
        int[] tags(TaggerFeatures.Sequence sequence) {
            String[] tokens = sequence.tokens();
            int[] tags = new int[tokens.length];
            for (List<String> form : forms) {
                int n = form.size();
                for (int i = 0; i + n <= tokens.length; i++) {
                    if (matches(sequence, tags, i, form)) {
                        tags[i] = TaggerFeatures.B;
                        for (int k = 1; k < n; k++) {
                            tags[i + k] = TaggerFeatures.I;
                        }
                    }
                }
            }
            return tags;
        }

        private static boolean matches(TaggerFeatures.Sequence sequence, int[] tags, int at, List<String> form) {
            for (int k = 0; k < form.size(); k++) {
                String token = sequence.tokens()[at + k];
                String wanted = form.get(k);
                if (tags[at + k] != TaggerFeatures.O || sequence.words()[at + k] < 0) {
                    return false;
                }
                boolean same = token.equals(wanted) || k == 0 && !token.equals(TaggerFeatures.withoutProclitic(token))
                        && TaggerFeatures.withoutProclitic(token).equals(wanted);
                if (!same) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<LabelledStory> labelledStories(String set) throws IOException {
        Path folder = SETS.resolve(set);
        Map<String, PeopleScore.FileGold> gold =
                PeopleScore.readGold(Files.readString(folder.resolve("gold.json"), StandardCharsets.UTF_8));
        PageReader reader = PageReader.fromClasspath();
        List<LabelledStory> stories = new ArrayList<>();
        for (Map.Entry<String, PeopleScore.FileGold> file : gold.entrySet()) {
            List<List<String>> forms = formsOf(file.getValue());
            for (ParsedStory story : read(reader, folder, file.getKey()).stories()) {
                stories.add(new LabelledStory(story.text(), Word.of(story.text()), forms));
            }
        }
        return stories;
    }

    private static List<List<String>> formsOf(PeopleScore.FileGold gold) {
        List<String> surface = new ArrayList<>(gold.optional());
        gold.mentions().values().forEach(surface::addAll);
        Map<List<String>, Boolean> forms = new LinkedHashMap<>();
        for (String form : surface) {
            List<String> words = Word.of(form).stream().map(Word::norm).toList();
            if (!words.isEmpty()) {
                forms.put(words, true);
            }
        }
        List<List<String>> sorted = new ArrayList<>(forms.keySet());
        sorted.sort(Comparator.comparingInt((List<String> f) -> -f.size()).thenComparing(Object::toString));
        return sorted;
    }

    private static ParsedPage read(PageReader reader, Path folder, String fileName) throws IOException {
        try {
            return reader.read(fileName, Files.readAllBytes(folder.resolve("pages").resolve(fileName)));
        } catch (UnreadablePageException e) {
            System.err.println("skipped " + fileName + ": " + e.getMessage());
            return new ParsedPage(fileName, "", List.of(), List.of());
        }
    }

    /** Each name only the tagger found: + where the page's gold has the form, - where it does not. */
    private static void showTaggerNames(Map<String, PeopleScore.FileGold> gold, CorpusPeople people,
                                        Function<String, String> fileOf) {
        for (StoryMention mention : people.mentions()) {
            for (MentionSpan span : mention.spans()) {
                if (!span.rules().contains(PersonTagger.RULE)) {
                    continue;
                }
                PeopleScore.FileGold file = gold.get(fileOf.apply(mention.storyKey()));
                Set<String> forms = new HashSet<>();
                file.optional().forEach(f -> forms.add(PeopleScore.norm(f)));
                file.mentions().values().forEach(l -> l.forEach(f -> forms.add(PeopleScore.norm(f))));
                boolean hit = PeopleScore.variants(span.text()).stream().anyMatch(forms::contains);
                System.out.println((hit ? "+ " : "- ") + span.text() + "\t| " + span.sentence().replace('\n', ' ')
                        .substring(0, Math.min(140, span.sentence().length())));
            }
        }
    }

    // ---- tuning ---------------------------------------------------------------------------------------------

    private static void tune(Path weightsFile, String set) throws IOException {
        Lexicon lexicon = Lexicon.fromClasspath();
        PersonTagger.Weights weights;
        try (var in = Files.newInputStream(weightsFile)) {
            weights = PersonTagger.Weights.read(in);
        }
        Path folder = SETS.resolve(set);
        Map<String, PeopleScore.FileGold> gold =
                PeopleScore.readGold(Files.readString(folder.resolve("gold.json"), StandardCharsets.UTF_8));
        PageReader reader = PageReader.fromClasspath();
        List<StoryText> stories = new ArrayList<>();
        for (String file : gold.keySet()) {
            for (ParsedStory story : read(reader, folder, file).stories()) {
                stories.add(new StoryText(file + "\u0000" + story.ordinal(), file, story.text()));
            }
        }
        Function<String, String> fileOf = key -> key.substring(0, key.indexOf('\u0000'));
        System.out.println("rules alone: " + PeopleScore.score(gold,
                new PeopleExtractor(lexicon, null).extract(stories), fileOf));
        for (double margin : new double[] {0, 4, 8, 12, 16, 20, 25, 30, 40}) {
            PersonTagger tagger = new PersonTagger(new TaggerFeatures(lexicon, ArabicDictionary.shared()), weights, margin);
            CorpusPeople people = new PeopleExtractor(lexicon, tagger).extract(stories);
            System.out.printf("margin %4.0f: %s%n", margin, PeopleScore.score(gold, people, fileOf));
            if (margin == 0 && Boolean.getBoolean("show")) {
                showTaggerNames(gold, people, fileOf);
            }
        }
    }
}

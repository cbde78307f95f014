package app.khabar.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import app.khabar.arabic.ArabicText;
import app.khabar.corpus.ClasspathCorpusSource;
import app.khabar.corpus.ParsedStory;

/**
 * The packaged seeds, extracted at build time: the build runs {@link #main} after compiling (Maven's process-classes
 * phase), which puts the seeds through the standard pipeline and writes the model to {@value #RESOURCE} in the
 * classes folder, with the extractor version to {@link ExtractorVersion#RESOURCE}. At startup the service stores
 * that model instead of reading the seeds again. Every build makes it anew, so it always matches the packaged
 * seeds, word lists and rules.
 */
public final class PreparedSeeds {

    public static final String RESOURCE = "/prepared/seeds.model.gz";
    /** The related stories per story the prepared model has: {@code khabar.related.per-story}'s default. */
    public static final int RELATED_PER_STORY = 10;

    private PreparedSeeds() {
    }

    /** Writes the prepared seeds into the classes folder {@code args[0]} (which holds the seeds and word lists). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PreparedSeeds <classes folder>");
        }
        long started = System.nanoTime();
        Path classes = Path.of(args[0]);
        String version = ExtractorVersion.of(classes);
        Path folder = classes.resolve("prepared");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("EXTRACTOR"), version + "\n", StandardCharsets.UTF_8);
        CorpusFingerprint seeds = CorpusFingerprint.recording(new ClasspathCorpusSource());
        CorpusModel model = CorpusPipeline.standard(RELATED_PER_STORY).run(seeds);
        Path target = folder.resolve(RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1));
        try (OutputStream out = Files.newOutputStream(target)) {
            ModelCodec.write(new ModelCodec.Header(version, RELATED_PER_STORY, seeds.fingerprint()), model,
                    searchTexts(model), out);
        }
        System.out.printf("prepared the seeds: %d pages, %d people, %d relations, %d files skipped -> %s (%d bytes,"
                        + " extractor %s) in %d ms%n", model.pages().size(), model.people().persons().size(),
                model.relations().size(), model.skipped().size(), target, Files.size(target), version,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Every story's search text, as the store would make it at startup (so the analysers need not load then). */
    public static Map<String, String> searchTexts(CorpusModel model) {
        Map<String, String> texts = new HashMap<>();
        for (CorpusModel.KeyedPage keyed : model.pages()) {
            for (ParsedStory story : keyed.page().stories()) {
                texts.put(keyed.storyKey(story.ordinal()), ArabicText.storySearchText(story.title(), story.text()));
            }
        }
        return texts;
    }

    /**
     * The prepared model of the packaged seeds, if the build made one with this extractor version and
     * {@code relatedPerStory} related stories per story.
     */
    public static Optional<ModelCodec.Prepared> load(int relatedPerStory) throws IOException {
        try (InputStream in = PreparedSeeds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            ModelCodec.Prepared prepared = ModelCodec.read(in);
            ModelCodec.Header header = prepared.header();
            if (header.relatedPerStory() != relatedPerStory
                    || !header.extractorVersion().equals(ExtractorVersion.current())) {
                return Optional.empty();
            }
            return Optional.of(prepared);
        }
    }

    /** The fingerprint of the corpus the prepared model was made of ({@link CorpusFingerprint}), if there is one. */
    public static Optional<String> fingerprint() throws IOException {
        try (InputStream in = PreparedSeeds.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(ModelCodec.readHeader(in).corpusFingerprint());
        }
    }
}

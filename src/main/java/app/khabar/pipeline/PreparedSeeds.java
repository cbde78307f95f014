package app.khabar.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import app.khabar.corpus.ClasspathCorpusSource;
import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.UnreadablePageException;

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
        CorpusSource seeds = new ClasspathCorpusSource();
        CorpusModel model = CorpusPipeline.standard(RELATED_PER_STORY).run(seeds);
        Path target = folder.resolve(RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1));
        try (OutputStream out = Files.newOutputStream(target)) {
            ModelCodec.write(new ModelCodec.Header(version, RELATED_PER_STORY, fingerprint(seeds)), model, out);
        }
        System.out.printf("prepared the seeds: %d pages, %d people, %d relations, %d files skipped -> %s (%d bytes,"
                        + " extractor %s) in %d ms%n", model.pages().size(), model.people().persons().size(),
                model.relations().size(), model.skipped().size(), target, Files.size(target), version,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The prepared model of the packaged seeds, if the build made one with this extractor version and
     * {@code relatedPerStory} related stories per story.
     */
    public static Optional<CorpusModel> load(int relatedPerStory) throws IOException {
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
            return Optional.of(prepared.model());
        }
    }

    /** SHA-256 over every file's name and bytes, in the source's order: equal exactly when the files are. */
    public static String fingerprint(CorpusSource source) throws IOException {
        MessageDigest digest = sha256();
        for (String fileName : source.fileNames()) {
            digest.update(fileName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(sha256().digest(source.read(fileName)));
            } catch (UnreadablePageException e) {
                digest.update(("unreadable: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

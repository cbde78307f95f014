package app.khabar.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the extraction of a page depends on besides the page: the rules in the code (the compiled classes of the
 * pipeline's packages, hashed at build time, and {@link #RULES} for a change a hash cannot see) and the word lists
 * they read ({@code lexicon/}, {@code corpus/}, {@code tagger/} and {@code arabic/} resources, the last the Arabic
 * dictionary the tagger asks, hashed) and Lucene's version (its Arabic
 * analysis makes every word's normal form). Stored results made by
 * another version are not reused.
 *
 * <p>The hash is taken at build time, over the files the build packages, and written to {@value #RESOURCE}
 * ({@link PreparedSeeds#main}); a native image cannot list its resource folders.
 */
public final class ExtractorVersion {

    /** Bump to re-extract everything for a reason the hash of the code and word lists does not see. */
    public static final int RULES = 1;
    static final String RESOURCE = "/prepared/EXTRACTOR";
    static final List<String> WORD_LIST_FOLDERS = List.of("arabic", "corpus", "lexicon", "tagger");
    /** The compiled code of the pure pipeline: any change to it may change what extraction produces. */
    static final List<String> CODE_FOLDERS = List.of("app/khabar/arabic", "app/khabar/corpus", "app/khabar/people",
            "app/khabar/related", "app/khabar/pipeline");

    private static volatile String current;

    private ExtractorVersion() {
    }

    /** {@code rules-N+<sha-256 of the word lists>}, from the build; computed from the classpath when not built. */
    public static String current() {
        String version = current;
        if (version == null) {
            version = readBuilt();
            current = version;
        }
        return version;
    }

    private static String readBuilt() {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // not packaged by the build (an IDE's classpath): the word lists of a classes folder, if there is one
        try {
            java.net.URL marker = ExtractorVersion.class.getResource("/lexicon/titles.txt");
            if (marker != null && "file".equals(marker.getProtocol())) {
                return of(Path.of(marker.toURI()).getParent().getParent());
            }
        } catch (java.net.URISyntaxException | IOException e) {
            // fall through
        }
        return "rules-" + RULES + "+unhashed";
    }

    /**
     * The version of the word lists and of the pipeline's compiled code under {@code classes} (the build's output
     * folder), so a change to the rules re-extracts stored pages even when nobody bumps {@link #RULES}.
     */
    public static String of(Path classes) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // Lucene's Arabic normaliser and stemmer make every word's normal form: a new Lucene is a new extractor
        digest.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        for (String folder : Stream.concat(WORD_LIST_FOLDERS.stream(), CODE_FOLDERS.stream()).toList()) {
            Path root = classes.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(classes.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
        }
        return "rules-" + RULES + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}

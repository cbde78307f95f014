package app.khabar.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.UnreadablePageException;

/**
 * SHA-256 over every corpus file's name and content hash, in the source's order: equal exactly when the files are.
 * Wrapped around the source a load reads ({@link #recording}), it fingerprints the bytes that load read, without
 * reading anything twice.
 */
public final class CorpusFingerprint implements CorpusSource {

    private final CorpusSource source;
    private volatile List<String> names;
    private final Map<String, byte[]> hashes = new ConcurrentHashMap<>();

    private CorpusFingerprint(CorpusSource source) {
        this.source = source;
    }

    /** A source that reads {@code source} and remembers what it read, for {@link #fingerprint()}. */
    public static CorpusFingerprint recording(CorpusSource source) {
        return new CorpusFingerprint(source);
    }

    /** The fingerprint of the files {@code source} holds now (read and hashed on every core). */
    public static String of(CorpusSource source) throws IOException {
        CorpusFingerprint recording = recording(source);
        List<String> names = recording.fileNames();
        names.parallelStream().forEach(name -> {
            try {
                recording.read(name);
            } catch (UnreadablePageException e) {
                // recorded by read
            }
        });
        return recording.fingerprint();
    }

    @Override
    public List<String> fileNames() throws IOException {
        List<String> listed = source.fileNames();
        names = listed;
        return listed;
    }

    @Override
    public byte[] read(String fileName) throws UnreadablePageException {
        try {
            byte[] content = source.read(fileName);
            hashes.put(fileName, sha256().digest(content));
            return content;
        } catch (UnreadablePageException e) {
            hashes.put(fileName, ("unreadable: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            throw e;
        }
    }

    @Override
    public String description() {
        return source.description();
    }

    /** Of the files listed and read so far; files listed and not read yet are read now, a source never listed is. */
    public String fingerprint() throws IOException {
        List<String> listed = names != null ? names : fileNames();
        MessageDigest digest = sha256();
        for (String fileName : listed) {
            byte[] hash = hashes.get(fileName);
            if (hash == null) {
                try {
                    read(fileName);
                } catch (UnreadablePageException e) {
                    // recorded by read
                }
                hash = hashes.get(fileName);
            }
            digest.update(fileName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(hash);
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

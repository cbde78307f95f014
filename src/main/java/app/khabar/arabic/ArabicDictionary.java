package app.khabar.arabic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a word is an ordinary Arabic word: Ayaspell's spelling dictionary (170,812 stems with the prefixes
 * and suffixes Arabic attaches to them), checked by Lucene's Hunspell. Names a page writes for the first time
 * (سعيود، باكريت، دارمانان) are unknown to it; the nouns, verbs and particles they are confused with (سير، غمرت،
 * بنزيف) are known. Many family names are ordinary words too (زويل، غزالي), so a known word is no evidence against
 * a name by itself; an unknown one is evidence for it. Thread-safe.
 */
public final class ArabicDictionary {

    private static final String AFFIXES = "/arabic/hunspell/ar.aff.gz";
    private static final String STEMS = "/arabic/hunspell/ar.dic.gz";
    /** Bounded: a huge corpus's long tail of rare words costs no memory; the frequent words are met first. */
    private static final int CACHED_WORDS = 100_000;

    /** Read on a thread of its own, so the word lists and the first pages are read meanwhile. */
    private final CompletableFuture<Hunspell> hunspell = new CompletableFuture<>();
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

    private ArabicDictionary() {
        Thread reading = new Thread(() -> {
            try {
                hunspell.complete(load());
            } catch (RuntimeException | Error e) {
                hunspell.completeExceptionally(e);
            }
        }, "arabic-dictionary");
        reading.setDaemon(true);
        reading.start();
    }

    /** The packaged dictionary; the first call starts reading it (about two seconds), the first question waits. */
    public static ArabicDictionary shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ArabicDictionary INSTANCE = new ArabicDictionary();
    }

    private static Hunspell load() {
        try (InputStream affixes = gunzip(AFFIXES); InputStream stems = gunzip(STEMS)) {
            // Lucene wants the encoding declared in the affix file's first 30 KB; Ayaspell declares it after its
            // morphological aliases, so the declaration is read first and the rest of the file as it is
            byte[] declaration = "SET UTF-8\n".getBytes(StandardCharsets.UTF_8);
            InputStream declared = new SequenceInputStream(new ByteArrayInputStream(declaration), affixes);
            return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "ayaspell", declared, stems));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Arabic dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("Cannot parse the Arabic dictionary: " + e.getMessage(), e);
        }
    }

    private static InputStream gunzip(String resource) throws IOException {
        InputStream in = ArabicDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Whether the word as the page writes it (diacritics allowed, with its clitics: والرئيس، بفطنته) is an ordinary
     * word. Anything but Arabic letters is not.
     */
    public boolean knows(String rawWord) {
        Boolean cached = known.get(rawWord);
        if (cached != null) {
            return cached;
        }
        String letters = ArabicText.withoutMarks(rawWord);
        boolean result = !letters.isEmpty() && letters.chars().allMatch(c -> ArabicText.isArabicLetter((char) c))
                && loaded().spell(letters);
        if (known.size() < CACHED_WORDS) {
            known.put(rawWord, result);
        }
        return result;
    }

    private Hunspell loaded() {
        try {
            return hunspell.join();
        } catch (CompletionException e) {
            // each caller gets its own exception, with the loading thread's failure as the cause
            throw new IllegalStateException("The Arabic dictionary could not be read: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}

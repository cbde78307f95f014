package app.khabar.pipeline;

import java.util.Collection;
import java.util.Map;

/**
 * Per-page results kept between loads ({@link ModelCodec#writePageResult}): a page's reading and its stories'
 * recognised names, by the SHA-256 of the page's bytes. An implementation keeps the results of one extractor version
 * only ({@link ExtractorVersion}), so what it finds was made by the rules and word lists running now. A load reads
 * and recognises only the pages it does not find; resolution and relatedness still run over the whole corpus.
 */
public interface PageResultStore {

    /** Keeps nothing: every page is read and recognised. */
    PageResultStore NONE = new PageResultStore() {
        @Override
        public Map<String, byte[]> find(Collection<String> contentHashes) {
            return Map.of();
        }

        @Override
        public void save(Map<String, byte[]> resultsByContentHash) {
        }
    };

    /** The stored results of those of these pages that have one. */
    Map<String, byte[]> find(Collection<String> contentHashes);

    /**
     * Keeps these results for later loads. Must not throw for a result it cannot keep: the load goes on without
     * it, and a later load extracts that page again.
     */
    void save(Map<String, byte[]> resultsByContentHash);
}

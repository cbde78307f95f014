package app.khabar.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import app.khabar.pipeline.PageResultStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The {@code page_result} table: per-page results kept between loads ({@link PageResultStore}), so that a restart on a
 * persistent database, or a reload on any, reads and recognises only new and changed files. Plain rows of bytes, not corpus data: no
 * generation, never served.
 */
@ApplicationScoped
public class PageResultTable {

    private static final Logger LOG = Logger.getLogger(PageResultTable.class);
    /** Content hashes per statement: well under every database's limit on parameters. */
    private static final int CHUNK = 500;

    @Inject
    EntityManager entityManager;

    /** The results of one extractor version, counting what a load found and saved. */
    public final class Results implements PageResultStore {
        private final String extractorVersion;
        private final AtomicInteger found = new AtomicInteger();
        private final AtomicInteger saved = new AtomicInteger();

        private Results(String extractorVersion) {
            this.extractorVersion = extractorVersion;
        }

        @Override
        public Map<String, byte[]> find(Collection<String> contentHashes) {
            Map<String, byte[]> results = new HashMap<>();
            try {
                for (List<String> chunk : chunks(contentHashes)) {
                    List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                                    "select contentHash, result from page_result"
                                            + " where extractorVersion = :version and contentHash in (:hashes)")
                            .setParameter("version", extractorVersion).setParameter("hashes", chunk)
                            .getResultList());
                    for (Object row : rows) {
                        Object[] columns = (Object[]) row;
                        results.put((String) columns[0], (byte[]) columns[1]);
                    }
                }
            } catch (RuntimeException e) {
                // the load goes on extracting every page it did not find yet
                LOG.warnf(e, "cannot read stored page results: extracting those pages");
            }
            found.addAndGet(results.size());
            return results;
        }

        @Override
        public void save(Map<String, byte[]> resultsByContentHash) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (List<String> chunk : chunks(resultsByContentHash.keySet())) {
                        entityManager.createNativeQuery("delete from page_result"
                                        + " where extractorVersion = :version and contentHash in (:hashes)")
                                .setParameter("version", extractorVersion).setParameter("hashes", chunk)
                                .executeUpdate();
                    }
                    for (Map.Entry<String, byte[]> result : resultsByContentHash.entrySet()) {
                        entityManager.createNativeQuery("insert into page_result"
                                        + " (contentHash, extractorVersion, result) values (:hash, :version, :result)")
                                .setParameter("hash", result.getKey()).setParameter("version", extractorVersion)
                                .setParameter("result", result.getValue()).executeUpdate();
                    }
                });
                saved.addAndGet(resultsByContentHash.size());
            } catch (RuntimeException e) {
                // not kept: a later load extracts these pages again
                LOG.warnf(e, "cannot store the results of %d pages for later loads", resultsByContentHash.size());
            }
        }

        /**
         * Deletes every result but this extractor's for {@code contentHashes}: what the corpus just loaded is made of.
         * Returns how many rows went. A failure is logged; the rows stay until the next load.
         */
        public int keepOnly(Set<String> contentHashes) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    int deleted = entityManager.createNativeQuery(
                                    "delete from page_result where extractorVersion <> :version")
                            .setParameter("version", extractorVersion).executeUpdate();
                    List<?> stored = entityManager.createNativeQuery(
                                    "select contentHash from page_result where extractorVersion = :version")
                            .setParameter("version", extractorVersion).getResultList();
                    Set<String> stale = new HashSet<>();
                    for (Object hash : stored) {
                        if (!contentHashes.contains((String) hash)) {
                            stale.add((String) hash);
                        }
                    }
                    for (List<String> chunk : chunks(stale)) {
                        deleted += entityManager.createNativeQuery("delete from page_result"
                                        + " where extractorVersion = :version and contentHash in (:hashes)")
                                .setParameter("version", extractorVersion).setParameter("hashes", chunk)
                                .executeUpdate();
                    }
                    return deleted;
                });
            } catch (RuntimeException e) {
                LOG.warnf(e, "cannot delete stored page results of files no longer in the corpus");
                return 0;
            }
        }

        /** Results found by the lookups so far: pages neither read nor recognised. */
        public int found() {
            return found.get();
        }

        /** Results saved so far: pages read and recognised, kept for later loads. */
        public int saved() {
            return saved.get();
        }
    }

    /** The stored results made by {@code extractorVersion}. */
    public Results of(String extractorVersion) {
        return new Results(extractorVersion);
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(from + CHUNK, all.size())));
        }
        return chunks;
    }
}

package app.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.PeopleExtractor.RecognisedStory;
import app.khabar.people.StoryText;

/**
 * Per-page results kept between loads: a load that finds a page's result neither reads nor recognises that page, and
 * makes exactly the model a load without stored results makes of the same files.
 */
class PageResultReuseTest {

    private static final PipelineStages STANDARD = PipelineStages.standard(10);
    private static final String CHANGED = "15_akhbaralaan_europe_meloni.txt";

    private static CorpusModel fresh;

    @BeforeAll
    static void extractEverything() throws IOException {
        fresh = new CorpusPipeline(STANDARD).run(DevCorpus.all());
    }

    @Test
    void aSecondLoadReadsAndRecognisesNothingAndMakesTheSameModel() throws IOException {
        MapStore stored = new MapStore();
        CountingStages first = new CountingStages();
        assertEquals(fresh, new CorpusPipeline(first).run(DevCorpus.all(), stored));
        assertEquals(30, first.reads.get());
        assertEquals(30, stored.results.size(), "every page's result is kept");

        CountingStages second = new CountingStages();
        CorpusModel reused = new CorpusPipeline(second).run(DevCorpus.all(), stored);
        assertEquals(0, second.reads.get(), "no page read again");
        assertEquals(0, second.recognitions.get(), "no story recognised again");
        assertEquals(fresh, reused);
    }

    @Test
    void aChangedPageIsTheOnlyOneReadAndRecognised() throws IOException {
        MapStore stored = new MapStore();
        new CorpusPipeline(STANDARD).run(DevCorpus.all(), stored);

        CorpusSource changed = withChangedFile(DevCorpus.all());
        CountingStages counting = new CountingStages();
        CorpusModel model = new CorpusPipeline(counting).run(changed, stored);
        assertEquals(1, counting.reads.get());
        assertEquals(model.pages().stream().filter(p -> p.page().fileName().equals(CHANGED)).findFirst()
                .orElseThrow().page().stories().size(), counting.recognitions.get());
        assertEquals(new CorpusPipeline(STANDARD).run(changed), model);
        assertTrue(model.people().mentions().stream().anyMatch(m -> m.surfaceForms().contains("مارك روته")),
                "the changed page's new name is found");
    }

    @Test
    void aDamagedResultIsExtractedAgain() throws IOException {
        MapStore stored = new MapStore();
        new CorpusPipeline(STANDARD).run(DevCorpus.all(), stored);
        String damaged = stored.results.keySet().iterator().next();
        byte[] bytes = stored.results.get(damaged);
        stored.results.put(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CountingStages counting = new CountingStages();
        assertEquals(fresh, new CorpusPipeline(counting).run(DevCorpus.all(), stored));
        assertEquals(1, counting.reads.get());
    }

    @Test
    void aRenamedFileKeepsItsResult() throws IOException, UnreadablePageException {
        MapStore stored = new MapStore();
        new CorpusPipeline(STANDARD).run(DevCorpus.all(), stored);
        byte[] content = DevCorpus.all().read(CHANGED);
        byte[] result = stored.results.get(PageReader.contentHash(content));
        ModelCodec.PageResult renamed = ModelCodec.readPageResult(result, "renamed.txt");
        ParsedPage original = fresh.pages().stream().map(CorpusModel.KeyedPage::page)
                .filter(p -> p.fileName().equals(CHANGED)).findFirst().orElseThrow();
        assertEquals("renamed.txt", renamed.page().fileName());
        assertEquals(original.stories(), renamed.page().stories());
        assertEquals(original.contentHash(), renamed.page().contentHash());
        assertFalse(renamed.stories().isEmpty());
    }

    /** The dev pages, one of them with a sentence naming somebody new added. */
    private static CorpusSource withChangedFile(CorpusSource all) {
        return new CorpusSource() {
            @Override
            public List<String> fileNames() throws IOException {
                return all.fileNames();
            }

            @Override
            public byte[] read(String name) throws UnreadablePageException {
                byte[] content = all.read(name);
                if (!name.equals(CHANGED)) {
                    return content;
                }
                return (new String(content, StandardCharsets.UTF_8)
                        + "\nوقال الأمين العام لحلف الناتو مارك روته إن الحلف مستعد.\n").getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String description() {
                return all.description() + " with " + CHANGED + " changed";
            }
        };
    }

    private static final class MapStore implements PageResultStore {
        final Map<String, byte[]> results = new HashMap<>();

        @Override
        public Map<String, byte[]> find(Collection<String> contentHashes) {
            Map<String, byte[]> found = new HashMap<>();
            for (String hash : contentHashes) {
                if (results.containsKey(hash)) {
                    found.put(hash, results.get(hash));
                }
            }
            return found;
        }

        @Override
        public void save(Map<String, byte[]> resultsByContentHash) {
            results.putAll(resultsByContentHash);
        }
    }

    /** The standard stages, counting the per-page work done. */
    private static final class CountingStages extends ForwardingStages {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger recognitions = new AtomicInteger();

        CountingStages() {
            super(STANDARD);
        }

        @Override
        public ParsedPage read(String fileName, byte[] content) throws UnreadablePageException {
            reads.incrementAndGet();
            return super.read(fileName, content);
        }

        @Override
        public RecognisedStory recognise(StoryText story) {
            recognitions.incrementAndGet();
            return super.recognise(story);
        }
    }
}

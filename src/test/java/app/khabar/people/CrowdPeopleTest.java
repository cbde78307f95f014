package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusPipeline;
import app.khabar.related.SyntheticCorpus;

/**
 * People quality must not fall as the corpus grows: a lone word is resolved with evidence on its own page, never
 * because someone elsewhere has it as a surname. The seed pages are scored alone and inside a crowd of the seeds,
 * the 30 real dev pages and 1,000 synthetic pages; the crowd must keep F1 ≥ 0.97 and no false merge.
 */
class CrowdPeopleTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path DEV_PAGES = Path.of("src/test/resources/dev/pages");
    private static final int SYNTHETIC_PAGES = 1000;

    @Test
    void seedPagesKeepTheirPeopleInsideACrowd() throws IOException, UnreadablePageException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ParsedPage> seedPages = new ArrayList<>();
        PageReader reader = PageReader.fromClasspath();
        for (Path seed : list(SEEDS)) {
            byte[] bytes = Files.readAllBytes(seed);
            files.put(seed.getFileName().toString(), bytes);
            seedPages.add(reader.read(seed.getFileName().toString(), bytes));
        }
        for (Path dev : list(DEV_PAGES)) {
            files.put("dev-" + dev.getFileName(), Files.readAllBytes(dev));
        }
        List<byte[]> synthetic = new SyntheticCorpus(seedPages).pages(SYNTHETIC_PAGES, 7L);
        for (int i = 0; i < synthetic.size(); i++) {
            files.put(String.format("synthetic-%04d.txt", i), synthetic.get(i));
        }

        CorpusModel crowd = CorpusPipeline.standard(10).run(new MemorySource(files));
        assertEquals(List.of(), crowd.skipped(), "every page of the crowd loads");
        PeopleScore.Result result = PeopleScore.score(seedGold(), crowd.people(), PeopleScore.fileOfStory(crowd));
        result.messages().forEach(System.out::println);
        System.out.println("seeds inside a crowd of " + files.size() + " pages: " + result);
        assertEquals(0, result.falseMerges(), "false merges " + result);
        assertTrue(result.f1() >= 0.97, "people F1 of the seed pages inside the crowd " + result);
    }


    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Map<String, PeopleScore.FileGold> seedGold() {
        try (InputStream in = CrowdPeopleTest.class.getResourceAsStream("/seeds-gold.json")) {
            return PeopleScore.readGold(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files held in memory, in insertion order. */
    private record MemorySource(Map<String, byte[]> files) implements CorpusSource {

        @Override
        public List<String> fileNames() {
            return List.copyOf(files.keySet());
        }

        @Override
        public byte[] read(String fileName) throws UnreadablePageException {
            return files.get(fileName);
        }

        @Override
        public String description() {
            return "memory (" + files.size() + " files)";
        }
    }
}

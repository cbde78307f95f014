package app.khabar.people;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the average extraction time per 7 KB page after warm-up, on the seed pages.
 * Run from the project root: {@code java -cp target/classes:target/test-classes:<deps> app.khabar.people.ExtractionBenchmark}.
 */
public final class ExtractionBenchmark {

    private static final int PAGE_BYTES = 7 * 1024;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        List<StoryText> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                pages.add(new StoryText(file.getFileName() + "#0", file.getFileName().toString(), text));
            }
        }
        PeopleExtractor extractor = PeopleExtractor.fromClasspath();
        int sink = 0;
        for (int i = 0; i < 2_000; i++) {
            sink += extractor.extract(List.of(pages.get(i % pages.size()))).mentions().size();
        }
        int rounds = 2_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += extractor.extract(pages).mentions().size();
        }
        double msPerRound = (System.nanoTime() - start) / 1e6 / rounds;
        double msPerPage = msPerRound / pages.size();
        double msPer7k = msPerRound * PAGE_BYTES / bytes;
        System.out.printf("%d pages, %.1f KB average: %.3f ms per page, %.3f ms per 7 KB page (target < 5 ms) [%d]%n",
                pages.size(), bytes / 1024.0 / pages.size(), msPerPage, msPer7k, sink);
    }
}

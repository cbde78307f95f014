package app.khabar.related;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.pipeline.CorpusPipeline;

/**
 * Ingestion (page reading + people extraction over the whole corpus, as the service does) and related-story build times on synthetic corpora of growing size,
 * and the ratio of the two largest build times (linear growth is 2.0). Run by {@code scripts/bench-related.sh}.
 * Arguments: seeds folder (default {@code seeds}), then page counts (default 2000 10000 20000).
 */
public final class RelatednessBenchmark {

    private static final int RELATED_PER_STORY = 10;
    /** Builds per size; the fastest counts, the machine being shared. */
    private static final int BUILD_RUNS = 2;
    private static final long CORPUS_SEED = 42;

    private RelatednessBenchmark() {
    }

    public static void main(String[] args) throws IOException, UnreadablePageException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        List<Integer> sizes = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            sizes.add(Integer.parseInt(args[a]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(2_000, 10_000, 20_000);
        }
        PageReader reader = PageReader.fromClasspath();
        CorpusPipeline pipeline = CorpusPipeline.standard(RELATED_PER_STORY);
        DirectoryCorpusSource seedSource = new DirectoryCorpusSource(seeds, Long.MAX_VALUE);
        List<ParsedPage> seedPages = new ArrayList<>();
        for (String name : seedSource.fileNames()) {
            seedPages.add(reader.read(name, seedSource.read(name)));
        }
        SyntheticCorpus corpus = new SyntheticCorpus(seedPages);
        System.out.printf("seeds: %d pages from %s; generated person pool %d; %d related per story, best of %d builds;"
                        + " %d cores, max heap %d MB%n", seedPages.size(), seeds, corpus.personPool(), RELATED_PER_STORY,
                BUILD_RUNS, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%8s %8s %7s %14s %14s %17s %10s %9s%n", "pages", "stories", "people", "ingestion ms",
                "related ms", "ms/1000 stories", "relations", "same");
        Map<Integer, Double> buildMs = new HashMap<>();
        for (int size : sizes) {
            List<byte[]> files = corpus.pages(size, CORPUS_SEED);
            long start = System.nanoTime();
            List<KeyedPage> pages = new ArrayList<>(size);
            for (int f = 0; f < files.size(); f++) {
                ParsedPage page = reader.read(String.format("%06d.txt", f), files.get(f));
                pages.add(new KeyedPage(CorpusPipeline.pageKey(page), page));
            }
            CorpusPeople people = pipeline.people(pages);
            double ingestionMs = (System.nanoTime() - start) / 1e6;
            files = null;

            List<RelatedInput> inputs = CorpusPipeline.relatedInputs(pages, people);
            double best = Double.MAX_VALUE;
            List<Relation> relations = List.of();
            for (int run = 0; run < BUILD_RUNS; run++) {
                relations = List.of();
                System.gc();
                long buildStart = System.nanoTime();
                relations = new RelatednessBuilder(RELATED_PER_STORY).build(inputs);
                best = Math.min(best, (System.nanoTime() - buildStart) / 1e6);
            }
            buildMs.put(size, best);
            long sameStory = relations.stream().filter(r -> r.reasons().contains(RelationReason.SAME_STORY)).count();
            System.out.printf("%8d %8d %7d %14.0f %14.0f %17.1f %10d %9d%n", size, inputs.size(),
                    people.persons().size(), ingestionMs, best, best * 1000 / inputs.size(), relations.size(),
                    sameStory);
        }
        if (sizes.size() >= 2) {
            int large = sizes.get(sizes.size() - 1);
            int small = sizes.get(sizes.size() - 2);
            double ratio = buildMs.get(large) / buildMs.get(small);
            double limit = 2.5 * large / (2.0 * small);
            System.out.printf("related build ratio %d/%d pages = %.2f (linear %.2f, limit %.2f): %s%n", large, small,
                    ratio, (double) large / small, limit, ratio <= limit ? "PASS" : "FAIL");
        }
    }

}

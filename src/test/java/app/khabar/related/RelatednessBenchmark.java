package app.khabar.related;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PeopleExtractor;
import app.khabar.people.PersonRecord;
import app.khabar.people.StoryMention;
import app.khabar.people.StoryText;

/**
 * Ingestion (page reading + people extraction) and related-story build times on synthetic corpora of growing size,
 * and the ratio of the two largest build times (linear growth is 2.0). Run by {@code scripts/bench-related.sh}.
 * Arguments: seeds folder (default {@code seeds}), then page counts (default 2000 10000 20000).
 */
public final class RelatednessBenchmark {

    private static final int RELATED_PER_STORY = 10;
    /** Builds per size; the fastest counts, the machine being shared. */
    private static final int BUILD_RUNS = 2;
    private static final long CORPUS_SEED = 42;
    private static final int PEOPLE_BATCH_PAGES = 200;

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
        PeopleExtractor extractor = PeopleExtractor.fromClasspath();
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
            List<ParsedPage> pages = new ArrayList<>(size);
            for (int f = 0; f < files.size(); f++) {
                pages.add(reader.read(String.format("%06d.txt", f), files.get(f)));
            }
            CorpusPeople people = people(extractor, pages);
            double ingestionMs = (System.nanoTime() - start) / 1e6;
            files = null;

            List<RelatedInput> inputs = inputs(pages, people);
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

    /**
     * People of the corpus, extracted {@value #PEOPLE_BATCH_PAGES} pages at a time. The pipeline extracts the whole
     * corpus at once, but PersonResolver's time grows with the square of the corpus (each story scans every hit
     * when mentions are assembled), which would take hours at 20 000 pages. Person keys derive from the name, so
     * the batches agree on who is who.
     */
    private static CorpusPeople people(PeopleExtractor extractor, List<ParsedPage> pages) {
        List<PersonRecord> persons = new ArrayList<>();
        Set<String> personKeys = new HashSet<>();
        List<StoryMention> mentions = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += PEOPLE_BATCH_PAGES) {
            List<StoryText> texts = new ArrayList<>();
            for (ParsedPage page : pages.subList(from, Math.min(pages.size(), from + PEOPLE_BATCH_PAGES))) {
                for (ParsedStory story : page.stories()) {
                    texts.add(new StoryText(storyKey(page, story), pageKey(page), story.text()));
                }
            }
            CorpusPeople batch = extractor.extract(texts);
            batch.persons().stream().filter(person -> personKeys.add(person.key())).forEach(persons::add);
            mentions.addAll(batch.mentions());
        }
        return new CorpusPeople(persons, mentions);
    }

    /** What {@code CorpusPipeline.relate} hands the builder, built the same way. */
    private static List<RelatedInput> inputs(List<ParsedPage> pages, CorpusPeople people) {
        Map<String, Set<String>> peopleByStory = new HashMap<>();
        for (StoryMention mention : people.mentions()) {
            peopleByStory.computeIfAbsent(mention.storyKey(), k -> new HashSet<>()).add(mention.personKey());
        }
        List<RelatedInput> inputs = new ArrayList<>();
        for (ParsedPage page : pages) {
            for (ParsedStory story : page.stories()) {
                String key = storyKey(page, story);
                inputs.add(new RelatedInput(key, pageKey(page), story.kind() == StoryKind.TEASER,
                        story.titleDerived() ? "" : PageReader.headlineKey(story.title()), story.text(),
                        peopleByStory.getOrDefault(key, Set.of())));
            }
        }
        return inputs;
    }

    private static String pageKey(ParsedPage page) {
        return page.contentHash().substring(0, 16);
    }

    private static String storyKey(ParsedPage page, ParsedStory story) {
        return pageKey(page) + "." + story.ordinal();
    }
}

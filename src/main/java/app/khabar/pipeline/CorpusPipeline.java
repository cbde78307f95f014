package app.khabar.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PeopleExtractor.RecognisedStory;
import app.khabar.people.StoryMention;
import app.khabar.people.StoryText;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.related.RelatedInput;
import app.khabar.related.Relation;

/**
 * Corpus files to a {@link CorpusModel}: read pages, find people, relate stories. Plain Java and deterministic.
 * Every stage is guarded per page: a page that makes reading, name recognition, people resolution or relatedness
 * throw is recorded as skipped with the stage and the exception, and the model is made of the other pages exactly as
 * if that page had never been there.
 */
public final class CorpusPipeline {

    /** Files read, and page results looked up and saved, this many at a time. */
    private static final int BATCH = 200;

    private final PipelineStages stages;

    public CorpusPipeline(PipelineStages stages) {
        this.stages = stages;
    }

    public static CorpusPipeline standard(int relatedPerStory) {
        return new CorpusPipeline(PipelineStages.standard(relatedPerStory));
    }

    public CorpusModel run(CorpusSource source) throws IOException {
        return run(source, PageResultStore.NONE);
    }

    /**
     * The model of the files of {@code source}. A page whose result {@code stored} holds (same bytes, same extractor)
     * is taken from it instead of being read and recognised; the results of the others are saved to it.
     */
    public CorpusModel run(CorpusSource source, PageResultStore stored) throws IOException {
        List<KeyedPage> pages = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, String> fileByHash = new HashMap<>();
        Map<String, List<RecognisedStory>> recognisedByPage = new HashMap<>();
        List<String> fileNames = source.fileNames();
        for (int from = 0; from < fileNames.size(); from += BATCH) {
            // one look-up per batch of files; only a batch's bytes are held at a time
            List<FileBytes> batch = readFiles(source, fileNames.subList(from, Math.min(from + BATCH,
                    fileNames.size())));
            Map<String, String> hashByFile = new HashMap<>();
            if (stored != PageResultStore.NONE) {
                batch.stream().filter(file -> file.failure() == null)
                        .forEach(file -> hashByFile.put(file.fileName(), PageReader.contentHash(file.content())));
            }
            Map<String, byte[]> found = hashByFile.isEmpty() ? Map.of() : stored.find(hashByFile.values());
            for (FileBytes file : batch) {
                String fileName = file.fileName();
                if (file.failure() != null) {
                    skipped.add(file.failure());
                    continue;
                }
                String hash = hashByFile.get(fileName);
                ModelCodec.PageResult reused = hash == null ? null : reuse(found.get(hash), fileName, hash);
                ParsedPage page;
                try {
                    page = reused != null ? reused.page() : stages.read(fileName, file.content());
                } catch (UnreadablePageException e) {
                    skipped.add(new SkippedFile(fileName, Stage.READING, e.getMessage()));
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    // a reader bug on one odd page must not cost the rest of the corpus
                    skipped.add(SkippedFile.failed(fileName, Stage.READING, e));
                    continue;
                }
                String earlier = fileByHash.putIfAbsent(page.contentHash(), fileName);
                if (earlier != null) {
                    skipped.add(new SkippedFile(fileName, Stage.READING, "same content as " + earlier
                            + ", loaded once"));
                    continue;
                }
                KeyedPage keyed = new KeyedPage(pageKey(page), page);
                pages.add(keyed);
                if (reused != null) {
                    recognisedByPage.put(keyed.key(), reused.stories());
                }
            }
        }
        return model(pages, skipped, recognisedByPage, stored);
    }

    /** A file's bytes, or why they could not be had. */
    private record FileBytes(String fileName, byte[] content, SkippedFile failure) {
    }

    private static List<FileBytes> readFiles(CorpusSource source, List<String> fileNames) {
        List<FileBytes> files = new ArrayList<>(fileNames.size());
        for (String fileName : fileNames) {
            try {
                files.add(new FileBytes(fileName, source.read(fileName), null));
            } catch (UnreadablePageException e) {
                files.add(new FileBytes(fileName, null, new SkippedFile(fileName, Stage.READING, e.getMessage())));
            } catch (RuntimeException | StackOverflowError e) {
                // a source that fails on one file must not cost the rest of the corpus
                files.add(new FileBytes(fileName, null, SkippedFile.failed(fileName, Stage.READING, e)));
            }
        }
        return files;
    }

    /** The stored result, or null when there is none or it cannot be read (the page is then extracted again). */
    private static ModelCodec.PageResult reuse(byte[] stored, String fileName, String contentHash) {
        if (stored == null) {
            return null;
        }
        try {
            ModelCodec.PageResult result = ModelCodec.readPageResult(stored, fileName);
            return result.page().contentHash().equals(contentHash) ? result : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * People, relations and list orders for pages already read. Recognition runs per page; resolution and
     * relatedness run corpus-wide and, when they throw, are run again without the page(s) that made them throw.
     */
    public CorpusModel model(List<KeyedPage> pages, List<SkippedFile> skipped) {
        return model(pages, skipped, new HashMap<>(), PageResultStore.NONE);
    }

    /**
     * As {@link #model(List, List)}, with the pages of {@code recognisedByPage} recognised already; the results of
     * the pages recognised now are saved to {@code stored}.
     */
    private CorpusModel model(List<KeyedPage> pages, List<SkippedFile> skipped,
                              Map<String, List<RecognisedStory>> recognisedByPage, PageResultStore stored) {
        List<SkippedFile> allSkipped = new ArrayList<>(skipped);
        List<KeyedPage> kept = new ArrayList<>();
        Map<String, byte[]> toSave = new LinkedHashMap<>();
        for (KeyedPage keyed : pages) {
            if (recognisedByPage.containsKey(keyed.key())) {
                kept.add(keyed);
                continue;
            }
            List<RecognisedStory> recognised;
            try {
                recognised = recognise(keyed);
            } catch (RuntimeException | StackOverflowError e) {
                allSkipped.add(SkippedFile.failed(keyed.page().fileName(), Stage.PEOPLE, e));
                continue;
            }
            recognisedByPage.put(keyed.key(), recognised);
            kept.add(keyed);
            if (stored != PageResultStore.NONE) {
                try {
                    toSave.put(keyed.page().contentHash(), ModelCodec.writePageResult(keyed, recognised));
                } catch (IOException | RuntimeException e) {
                    // not kept for later loads (the page itself is loaded): the next load recognises it again
                }
            }
            if (toSave.size() >= BATCH) {
                stored.save(toSave);
                toSave = new LinkedHashMap<>();
            }
        }
        if (!toSave.isEmpty()) {
            stored.save(toSave);
        }
        while (true) {
            Guarded<CorpusPeople> people = corpusWide(Stage.PEOPLE, kept,
                    some -> stages.resolve(recognisedOf(some, recognisedByPage)));
            Guarded<List<Relation>> relations = corpusWide(Stage.RELATEDNESS, people.pages(),
                    some -> stages.relate(relatedInputs(some, people.result())));
            allSkipped.addAll(people.dropped());
            allSkipped.addAll(relations.dropped());
            if (relations.dropped().isEmpty()) {
                return CorpusModel.of(people.pages(), people.result(), relations.result(), allSkipped);
            }
            // people must not keep persons or mentions that only the dropped page gave them
            kept = relations.pages();
        }
    }

    /** Everyone in the pages, resolved across the whole corpus (unguarded: for benchmarks and tools). */
    public CorpusPeople people(List<KeyedPage> pages) {
        Map<String, List<RecognisedStory>> recognisedByPage = new HashMap<>();
        for (KeyedPage keyed : pages) {
            recognisedByPage.put(keyed.key(), recognise(keyed));
        }
        return stages.resolve(recognisedOf(pages, recognisedByPage));
    }

    private List<RecognisedStory> recognise(KeyedPage keyed) {
        List<RecognisedStory> stories = new ArrayList<>();
        for (ParsedStory story : keyed.page().stories()) {
            stories.add(stages.recognise(storyText(keyed, story)));
        }
        return stories;
    }

    /** What name recognition is given of a story. */
    static StoryText storyText(KeyedPage keyed, ParsedStory story) {
        return new StoryText(keyed.storyKey(story.ordinal()), keyed.key(), story.text());
    }

    private static List<RecognisedStory> recognisedOf(List<KeyedPage> pages,
                                                      Map<String, List<RecognisedStory>> recognisedByPage) {
        List<RecognisedStory> stories = new ArrayList<>();
        for (KeyedPage keyed : pages) {
            stories.addAll(recognisedByPage.get(keyed.key()));
        }
        return stories;
    }

    /** A corpus-wide step's result, the pages it was computed on, and the pages dropped because the step threw. */
    record Guarded<T>(T result, List<KeyedPage> pages, List<SkippedFile> dropped) {
    }

    /**
     * Runs {@code step} on all pages. If it throws, finds the pages that make it throw by bisection: pages are added
     * in blocks, a block the step fails on is split in halves, and a single page it fails on is dropped. k bad pages
     * cost O(k log n) runs; a page that only fails in company (with an earlier page) is the one dropped. The pages
     * kept and the result are the same on every run over the same input.
     */
    static <T> Guarded<T> corpusWide(Stage stage, List<KeyedPage> pages, Function<List<KeyedPage>, T> step) {
        List<KeyedPage> remaining = pages;
        List<SkippedFile> dropped = new ArrayList<>();
        while (true) {
            Bisection<T> bisection = new Bisection<>(stage, step, dropped);
            bisection.add(remaining);
            if (bisection.lastResultCoversAccepted) {
                return new Guarded<>(bisection.lastResult, bisection.accepted, dropped);
            }
            // a page was dropped after the last successful run: run again on what is kept (a step that fails on a
            // set it succeeded on in parts starts another round, which drops at least one more page)
            remaining = List.copyOf(bisection.accepted);
        }
    }

    private static final class Bisection<T> {
        private final Stage stage;
        private final Function<List<KeyedPage>, T> step;
        private final List<SkippedFile> dropped;
        private final List<KeyedPage> accepted = new ArrayList<>();
        private T lastResult;
        private boolean lastResultCoversAccepted;

        Bisection(Stage stage, Function<List<KeyedPage>, T> step, List<SkippedFile> dropped) {
            this.stage = stage;
            this.step = step;
            this.dropped = dropped;
        }

        void add(List<KeyedPage> block) {
            if (block.isEmpty() && !accepted.isEmpty()) {
                return;
            }
            List<KeyedPage> candidate = new ArrayList<>(accepted);
            candidate.addAll(block);
            try {
                lastResult = step.apply(candidate);
                accepted.addAll(block);
                lastResultCoversAccepted = true;
            } catch (RuntimeException | StackOverflowError e) {
                if (block.size() <= 1) {
                    if (block.isEmpty()) {
                        throw new IllegalStateException(stage.label() + " fails on an empty corpus", e);
                    }
                    dropped.add(SkippedFile.failed(block.get(0).page().fileName(), stage, e));
                    lastResultCoversAccepted = false;
                    return;
                }
                int half = block.size() / 2;
                add(block.subList(0, half));
                add(block.subList(half, block.size()));
            }
        }
    }

    /** What relatedness needs of each story. */
    public static List<RelatedInput> relatedInputs(List<KeyedPage> pages, CorpusPeople people) {
        Map<String, Set<String>> peopleByStory = new LinkedHashMap<>();
        for (StoryMention mention : people.mentions()) {
            peopleByStory.computeIfAbsent(mention.storyKey(), k -> new HashSet<>()).add(mention.personKey());
        }
        List<RelatedInput> inputs = new ArrayList<>();
        for (KeyedPage keyed : pages) {
            for (ParsedStory story : keyed.page().stories()) {
                String key = keyed.storyKey(story.ordinal());
                inputs.add(new RelatedInput(key, keyed.key(), story.kind() == StoryKind.TEASER,
                        story.titleDerived() ? "" : PageReader.headlineKey(story.title()),
                        story.text(), peopleByStory.getOrDefault(key, Set.of())));
            }
        }
        return inputs;
    }

    /** Content-derived, so a page keeps its key (and its stories their ids) across restarts and renames. */
    public static String pageKey(ParsedPage page) {
        return page.contentHash().substring(0, 16);
    }
}

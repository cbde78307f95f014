package app.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.khabar.corpus.ParsedPage;
import app.khabar.pipeline.CorpusModel.KeyedPage;

/**
 * One chosen dev page makes one stage throw: it is skipped with the stage and the exception's message, and every
 * other page comes out exactly as from a corpus that never held it (same page and story keys, same people,
 * relations and orders).
 */
class StageFailureTest {

    private static CorpusModel everything;

    @BeforeAll
    static void loadEverything() throws IOException {
        everything = CorpusPipeline.standard(10).run(DevCorpus.all());
    }

    @Test
    void allThirtyDevPagesLoadWithNoneSkipped() {
        assertEquals(30, everything.pages().size());
        assertEquals(List.of(), everything.skipped());
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @CsvSource({
            "READ, 01_okaz_oman_faisal_bin_farhan.txt, READING",
            "RECOGNISE, 01_okaz_oman_faisal_bin_farhan.txt, PEOPLE",
            "RESOLVE, 01_okaz_oman_faisal_bin_farhan.txt, PEOPLE",
            "RELATE, 01_okaz_oman_faisal_bin_farhan.txt, RELATEDNESS",
            "RECOGNISE, 15_akhbaralaan_europe_meloni.txt, PEOPLE",
            "RESOLVE, 15_akhbaralaan_europe_meloni.txt, PEOPLE",
            "RELATE, 15_akhbaralaan_europe_meloni.txt, RELATEDNESS",
            "RELATE, 29_berwaz_weather_kuwait.txt, RELATEDNESS"})
    void aPageThatMakesAStageThrowIsSkippedAndTheRestLoadsAsWithoutIt(FailingStages.Step step, String fileName,
                                                                    Stage stage) throws IOException {
        FailingStages stages = new FailingStages(step, fileName, keyOf(fileName));
        CorpusModel model = new CorpusPipeline(stages).run(DevCorpus.all());

        assertEquals(1, model.skipped().size(), model.skipped().toString());
        SkippedFile skipped = model.skipped().get(0);
        assertEquals(fileName, skipped.fileName());
        assertEquals(stage, skipped.stage());
        assertTrue(skipped.failedWithException());
        assertTrue(skipped.reason().startsWith(stage.label() + " failed: IllegalStateException: "
                + FailingStages.MESSAGE), skipped.reason());

        CorpusModel withoutIt = CorpusPipeline.standard(10).run(DevCorpus.without(fileName));
        assertEquals(29, model.pages().size());
        assertEquals(storyKeys(withoutIt), storyKeys(model));
        assertEquals(withoutIt.pages(), model.pages());
        assertEquals(withoutIt.people(), model.people());
        assertEquals(withoutIt.relations(), model.relations());
        assertEquals(withoutIt.storyRanks(), model.storyRanks());
        assertEquals(withoutIt.rankedPeople(), model.rankedPeople());
        assertEquals(withoutIt.coMentions(), model.coMentions());

        Set<String> everyOtherStory = new java.util.HashSet<>(storyKeys(everything));
        everyOtherStory.removeAll(storyKeysOf(everything, fileName));
        assertEquals(everyOtherStory, Set.copyOf(storyKeys(model)), "every other page keeps its story ids");
    }

    /** Bisection: pages that fail alone, and the later of two that only fail together, are the ones dropped. */
    @Test
    void aCorpusWideStepDropsExactlyThePagesThatMakeItThrow() {
        List<KeyedPage> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(page(String.format("%02d.txt", i)));
        }
        List<List<String>> runs = new ArrayList<>();
        Function<List<KeyedPage>, Integer> step = some -> {
            List<String> names = some.stream().map(p -> p.page().fileName()).toList();
            runs.add(names);
            if (names.contains("07.txt") || names.contains("31.txt")) {
                throw new IllegalArgumentException("bad page");
            }
            if (names.contains("12.txt") && names.contains("25.txt")) {
                throw new IllegalArgumentException("bad pair");
            }
            return names.size();
        };
        CorpusPipeline.Guarded<Integer> guarded = CorpusPipeline.corpusWide(Stage.RELATEDNESS, pages, step);

        assertEquals(List.of("07.txt", "25.txt", "31.txt"),
                guarded.dropped().stream().map(SkippedFile::fileName).sorted().toList());
        assertEquals(37, guarded.result());
        assertEquals(37, guarded.pages().size());
        assertEquals(pages.stream().filter(p -> !Set.of("07.txt", "25.txt", "31.txt").contains(p.page().fileName()))
                .toList(), guarded.pages(), "the pages kept, in their order");
        assertTrue(runs.size() < 40, "bisection, not one run per page: " + runs.size() + " runs");
        assertTrue(guarded.dropped().stream().allMatch(s -> s.reason().startsWith("relatedness failed: "
                + "IllegalArgumentException: bad ")), guarded.dropped().toString());
    }

    @Test
    void aStepThatNeverThrowsRunsOnce() {
        List<KeyedPage> pages = List.of(page("a.txt"), page("b.txt"));
        List<Integer> runs = new ArrayList<>();
        CorpusPipeline.Guarded<Integer> guarded = CorpusPipeline.corpusWide(Stage.PEOPLE, pages, some -> {
            runs.add(some.size());
            return some.size();
        });
        assertEquals(List.of(2), runs);
        assertEquals(List.of(), guarded.dropped());
    }

    private static KeyedPage page(String fileName) {
        return new KeyedPage(fileName, new ParsedPage(fileName, "hash-" + fileName, List.of(), List.of()));
    }

    private static String keyOf(String fileName) {
        return everything.pages().stream().filter(p -> p.page().fileName().equals(fileName)).findFirst()
                .orElseThrow().key();
    }

    private static List<String> storyKeys(CorpusModel model) {
        List<String> keys = new ArrayList<>();
        for (KeyedPage keyed : model.pages()) {
            keyed.page().stories().forEach(s -> keys.add(keyed.storyKey(s.ordinal())));
        }
        return keys;
    }

    private static List<String> storyKeysOf(CorpusModel model, String fileName) {
        return storyKeys(new CorpusModel(model.pages().stream().filter(p -> p.page().fileName().equals(fileName))
                .toList(), model.people(), List.of(), List.of(), java.util.Map.of(), List.of(), List.of()));
    }
}

package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Story counts and headlines on real pages, scored as the evaluation does: the 30 dev pages against their gold,
 * and the reader holdout (pages from other sites, never used to write the reader) against its annotation.
 */
class StorySplitBarTest {

    @Test
    void devPagesSplitIntoTheAnnotatedStoriesWithTheirHeadlines() throws Exception {
        StorySplitScore score = StorySplitScore.score(Path.of("src/test/resources/dev/pages"),
                Path.of("src/test/resources/dev/gold.json"));
        String report = score.summary() + "\n" + String.join("\n", score.misses);
        assertTrue(score.pages == 30 && score.titles == 20, report);
        assertTrue(score.storiesOk >= 28, report);
        assertTrue(score.titlesOk >= 19, report);
    }

    @Test
    void holdoutPagesFromOtherSitesMeetTheSameBar() throws Exception {
        StorySplitScore score = StorySplitScore.score(Path.of("src/test/resources/reader-holdout/pages"),
                Path.of("src/test/resources/reader-holdout/gold.json"));
        String report = score.summary() + "\n" + String.join("\n", score.misses);
        assertTrue(score.pages >= 15, report);
        assertTrue(score.storiesOk >= 0.9 * score.pages, report);
        assertTrue(score.titlesOk >= 0.9 * score.titles, report);
    }
}

package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Story counts and headlines on real pages, scored as the evaluation does: the 30 dev pages against their gold,
 * the reader holdout (pages from other sites, never used to write the reader) against its annotation, and the
 * 39-page annotated holdout.
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

    /**
     * The 39-page annotated holdout (39 other sites). Its misses were read to improve the reader, so it is no longer
     * blind: the bar guards what was reached (38/39 stories, 19/19 headlines) against regressions.
     */
    @Test
    void annotatedHoldoutOf39SitesKeepsWhatWasReached() throws Exception {
        StorySplitScore score = StorySplitScore.score(Path.of("src/test/resources/holdout/pages"),
                Path.of("src/test/resources/holdout/gold.json"));
        String report = score.summary() + "\n" + String.join("\n", score.misses);
        assertTrue(score.pages == 39 && score.titles == 19, report);
        assertTrue(score.storiesOk >= 38, report);
        assertTrue(score.titlesOk >= 19, report);
    }

    /**
     * The second annotated holdout (36 further sites), blind at its first measure (32/36 stories, 19/26 headlines);
     * its misses were then read, so the bar guards what was reached (35/36, 21/26; the miss is a listing page whose
     * five related headlines are not recognised as teasers).
     */
    @Test
    void secondHoldoutOf36SitesKeepsWhatWasReached() throws Exception {
        StorySplitScore score = StorySplitScore.score(Path.of("src/test/resources/holdout2/pages"),
                Path.of("src/test/resources/holdout2/gold.json"));
        String report = score.summary() + "\n" + String.join("\n", score.misses);
        assertTrue(score.pages == 36 && score.titles == 26, report);
        assertTrue(score.storiesOk >= 35, report);
        assertTrue(score.titlesOk >= 21, report);
    }

    /** The third annotated holdout (30 further sites), blind at its first measure: 28/30 stories, 17/19 headlines. */
    @Test
    void thirdHoldoutOf30SitesKeepsWhatWasReached() throws Exception {
        StorySplitScore score = StorySplitScore.score(Path.of("src/test/resources/holdout3/pages"),
                Path.of("src/test/resources/holdout3/gold.json"));
        String report = score.summary() + "\n" + String.join("\n", score.misses);
        assertTrue(score.pages == 30 && score.titles == 19, report);
        assertTrue(score.storiesOk >= 28, report);
        assertTrue(score.titlesOk >= 17, report);
    }
}

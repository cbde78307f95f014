package app.khabar.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.khabar.corpus.ClasspathCorpusSource;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusPipeline;

/** Related stories on the five seed pages, judged as a reader would. */
class SeedRelatednessTest {

    /** Where a reader looks first: the related box shows about three stories. */
    private static final int TOP = 3;

    private static final Map<String, ParsedStory> STORIES = new LinkedHashMap<>();
    private static final Map<String, String> PAGE_OF = new HashMap<>();
    private static Map<String, List<Relation>> related;

    @BeforeAll
    static void build() throws IOException {
        CorpusModel model = CorpusPipeline.standard(10).run(new ClasspathCorpusSource());
        for (CorpusModel.KeyedPage page : model.pages()) {
            for (ParsedStory story : page.page().stories()) {
                STORIES.put(page.storyKey(story.ordinal()), story);
                PAGE_OF.put(page.storyKey(story.ordinal()), page.key());
            }
        }
        related = model.relations().stream().collect(Collectors.groupingBy(Relation::storyKey));
        assertEquals(5, model.pages().size());
    }

    private static List<Relation> relatedTo(String storyKey) {
        return related.getOrDefault(storyKey, List.of());
    }

    private static String keyOfTitle(String titleStart) {
        List<String> keys = STORIES.entrySet().stream()
                .filter(e -> e.getValue().title().startsWith(titleStart))
                .map(Map.Entry::getKey).toList();
        assertEquals(1, keys.size(), "one story titled " + titleStart + "…, found " + keys);
        return keys.get(0);
    }

    private static List<String> mainStories() {
        return STORIES.entrySet().stream().filter(e -> e.getValue().kind() == StoryKind.MAIN)
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void everyMainStoryHasAtLeastThreeRelatedStories() {
        assertEquals(5, mainStories().size());
        for (String main : mainStories()) {
            assertTrue(relatedTo(main).size() >= 3, STORIES.get(main).title() + ": " + relatedTo(main));
        }
    }

    @Test
    void scoresAreInTheUnitIntervalBestFirst() {
        for (List<Relation> list : related.values()) {
            double previous = 1.0;
            for (int r = 0; r < list.size(); r++) {
                Relation relation = list.get(r);
                assertEquals(r, relation.rank());
                assertTrue(relation.score() >= 0 && relation.score() <= previous, list.toString());
                previous = relation.score();
            }
            assertTrue(list.size() <= 10);
        }
    }

    @Test
    void everyEdgeHasAReasonAndNamesTheSharedPeopleExactlyWhenItSaysSo() {
        for (List<Relation> list : related.values()) {
            for (Relation relation : list) {
                assertFalse(relation.reasons().isEmpty(), relation.toString());
                assertEquals(relation.reasons().contains(RelationReason.SHARED_PEOPLE),
                        !relation.sharedPersonKeys().isEmpty(), relation.toString());
                assertFalse(relation.storyKey().equals(relation.relatedKey()), "no story is related to itself");
                assertEquals(relation.reasons().contains(RelationReason.SAME_PAGE),
                        PAGE_OF.get(relation.storyKey()).equals(PAGE_OF.get(relation.relatedKey())));
            }
        }
    }

    /** Related reading goes beyond the page: a full story elsewhere about someone the main story is about. */
    @Test
    void eachMainStoryTopThreeHasAFullStoryOfAnotherPageSharingAPerson() {
        for (String main : mainStories()) {
            List<Relation> top = relatedTo(main).subList(0, Math.min(TOP, relatedTo(main).size()));
            assertTrue(top.stream().anyMatch(r -> !PAGE_OF.get(r.relatedKey()).equals(PAGE_OF.get(main))
                            && STORIES.get(r.relatedKey()).kind() != StoryKind.TEASER
                            && r.reasons().contains(RelationReason.SHARED_PEOPLE)),
                    STORIES.get(main).title() + ": " + top);
        }
    }

    /**
     * The two stories on the ICC warrants for Netanyahu and Gallant, on pages 002 and 004, share both men and the
     * subject: each must be in the other's top five. Five, not three, because each page also carries short
     * teasers on the same warrants that a reader would accept ahead of it; today each is the other's first.
     */
    @Test
    void theTwoIccWarrantStoriesAreRelatedBothWays() {
        String gallantTravels = keyOfTitle("غالانت سيسافر قريبا إلى واشنطن بعد صدور مذكرة اعتقاله");
        String hamasComment = keyOfTitle("أول تعليق من «حماس» على قرار المحكمة الجنائية الدولية");
        assertTrue(topKeys(gallantTravels, 5).contains(hamasComment), relatedTo(gallantTravels).toString());
        assertTrue(topKeys(hamasComment, 5).contains(gallantTravels), relatedTo(hamasComment).toString());
    }

    /** Same ministry, another war: a teaser on North Korean troops says nothing about Blinken meeting Gallant. */
    @Test
    void aNorthKoreaTeaserIsNotAmongTheTopThreeOfTheBlinkenGallantStory() {
        String blinkenGallant = keyOfTitle("بلينكن وغالانت يبحثان تطورات الحرب في غزة");
        assertEquals(StoryKind.MAIN, STORIES.get(blinkenGallant).kind());
        String northKorea = keyOfTitle("\"البنتاجون\": القوات الكورية الشمالية");
        assertFalse(topKeys(blinkenGallant, TOP).contains(northKorea), relatedTo(blinkenGallant).toString());
    }

    private static List<String> topKeys(String storyKey, int n) {
        List<Relation> list = relatedTo(storyKey);
        return list.subList(0, Math.min(n, list.size())).stream().map(Relation::relatedKey).toList();
    }
}

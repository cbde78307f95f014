package app.khabar.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The builder on small hand-made inputs, where the right answer is obvious. */
class RelatednessBuilderTest {

    private static RelatedInput story(String key, String page, String headline, String text, String... people) {
        return new RelatedInput(key, page, false, headline, text, Set.of(people));
    }

    private static Map<String, List<Relation>> byStory(List<Relation> relations) {
        return relations.stream().collect(Collectors.groupingBy(Relation::storyKey));
    }

    private static Relation edge(List<Relation> relations, String from, String to) {
        return relations.stream().filter(r -> r.storyKey().equals(from) && r.relatedKey().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError(from + " → " + to + " missing from " + relations));
    }

    @Test
    void sameHeadlineOnTwoPagesIsTheSameStory() {
        List<Relation> relations = new RelatednessBuilder(5).build(List.of(
                story("a.0", "a", "وزير الخارجية يزور القاهرة", "وزير الخارجية يزور القاهرة ويلتقي نظيره المصري"),
                story("b.0", "b", "وزير الخارجية يزور القاهرة", "زيارة رسمية تبحث ملفات التعاون الاقتصادي"),
                story("c.0", "c", "", "وزير الخارجية يزور القاهرة لبحث التعاون")));
        Relation same = edge(relations, "a.0", "b.0");
        assertEquals(List.of(RelationReason.SAME_STORY), same.reasons().subList(0, 1));
        assertEquals(1.0, same.score());
        assertEquals(0, same.rank(), "the same story first");
        assertFalse(edge(relations, "a.0", "c.0").reasons().contains(RelationReason.SAME_STORY));
    }

    @Test
    void theSameTextUnderAnotherHeadlineIsTheSameStory() {
        String text = "أعلنت وزارة الصحة ارتفاع حصيلة الضحايا في المدينة بعد القصف العنيف على الأحياء السكنية";
        List<Relation> relations = new RelatednessBuilder(5).build(List.of(
                story("a.0", "a", "حصيلة جديدة", text),
                story("b.0", "b", "الصحة تعلن الحصيلة", text),
                story("c.0", "c", "", "القصف العنيف على الأحياء السكنية مستمر")));
        assertTrue(edge(relations, "a.0", "b.0").reasons().contains(RelationReason.SAME_STORY));
        assertTrue(edge(relations, "b.0", "a.0").reasons().contains(RelationReason.SAME_STORY));
    }

    @Test
    void aRareSharedPersonOutweighsACommonOne() {
        List<RelatedInput> stories = new ArrayList<>(List.of(
                story("a.0", "a", "", "", "common", "rare"),
                story("b.0", "b", "", "", "rare"),
                story("c.0", "c", "", "", "common"),
                story("d.0", "d", "", "", "common", "rare")));
        for (int f = 0; f < 8; f++) {
            stories.add(story("f" + f + ".0", "f" + f, "", "", "common"));
        }
        List<Relation> relations = new RelatednessBuilder(20).build(stories);
        Relation rare = edge(relations, "a.0", "b.0");
        Relation common = edge(relations, "a.0", "c.0");
        assertTrue(rare.score() > common.score(), rare + " should outweigh " + common);
        assertTrue(rare.rank() < common.rank());
        assertEquals(List.of("rare", "common"), edge(relations, "a.0", "d.0").sharedPersonKeys(), "rarest first");
        assertEquals(List.of(RelationReason.SHARED_PEOPLE), rare.reasons());
    }

    @Test
    void sameInputSameOutputWhateverTheSetOrder() {
        List<RelatedInput> hashed = new ArrayList<>();
        List<RelatedInput> sorted = new ArrayList<>();
        String[] people = {"p1", "p2", "p3", "p4", "p5", "p6"};
        String[] words = {"غزة", "رفح", "القاهرة", "واشنطن", "الهدنة", "الرهائن", "المساعدات", "المعابر"};
        for (int i = 0; i < 30; i++) {
            Set<String> inStory = new HashSet<>();
            for (int p = 0; p < people.length; p++) {
                if ((i + p) % 3 == 0) {
                    inStory.add(people[p]);
                }
            }
            String text = words[i % words.length] + " " + words[(i * 3) % words.length] + " "
                    + words[(i * 5 + 1) % words.length];
            String page = "p" + i / 3;
            hashed.add(new RelatedInput(page + "." + i, page, i % 4 == 3, "", text, inStory));
            sorted.add(new RelatedInput(page + "." + i, page, i % 4 == 3, "", text,
                    new TreeSet<>(inStory).descendingSet()));
        }
        List<Relation> first = new RelatednessBuilder(5).build(hashed);
        assertEquals(first, new RelatednessBuilder(5).build(hashed));
        assertEquals(first, new RelatednessBuilder(5).build(sorted));
        assertFalse(first.isEmpty());
    }

    @Test
    void topNIsRespectedAndNoStoryIsRelatedToItself() {
        List<RelatedInput> stories = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stories.add(story("s" + i + ".0", "page" + i % 2, "", "مجلس الأمن يعقد جلسة طارئة حول غزة", "guterres"));
        }
        List<Relation> relations = new RelatednessBuilder(3).build(stories);
        Map<String, List<Relation>> byStory = byStory(relations);
        assertEquals(20, byStory.size());
        for (List<Relation> list : byStory.values()) {
            assertEquals(3, list.size());
            assertEquals(List.of(0, 1, 2), list.stream().map(Relation::rank).toList());
            assertEquals(3, list.stream().map(Relation::relatedKey).collect(Collectors.toSet()).size());
        }
        assertTrue(relations.stream().noneMatch(r -> r.storyKey().equals(r.relatedKey())));
    }

    @Test
    void aTeaserCountsLessThanTheSameLinkToAFullStory() {
        List<Relation> relations = new RelatednessBuilder(5).build(List.of(
                story("a.0", "a", "", "", "p"),
                new RelatedInput("b.0", "b", false, "", "", Set.of("p")),
                new RelatedInput("c.0", "c", true, "", "", Set.of("p"))));
        Relation full = edge(relations, "a.0", "b.0");
        Relation teaser = edge(relations, "a.0", "c.0");
        assertEquals(full.score() * RelatednessBuilder.TEASER_FACTOR, teaser.score(), 1e-4);
    }

    @Test
    void storiesLinkedByNothingAreNotRelated() {
        List<Relation> relations = new RelatednessBuilder(5).build(List.of(
                story("a.0", "a", "", "انتخابات رئاسية في فرنسا", "macron"),
                story("b.0", "b", "", "إعصار يضرب سواحل اليابان", "kishida")));
        assertEquals(List.of(), relations);
    }

    /** The cut on postings keeps rare links: a term on every story must not crowd out a rare shared person. */
    @Test
    void aRarePersonIsFoundPastACommonTermWithTinyPostings() {
        List<RelatedInput> stories = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            stories.add(story("s" + i + ".0", "page" + i, "", "غزة " + word(i), "common"));
        }
        stories.add(story("x.0", "x", "", "غزة " + word(300), "common", "rare"));
        stories.add(story("y.0", "y", "", "غزة " + word(301), "rare"));
        List<Relation> relations = new RelatednessBuilder(3, 5).build(stories);
        assertEquals("y.0", byStory(relations).get("x.0").get(0).relatedKey());
        assertEquals("x.0", byStory(relations).get("y.0").get(0).relatedKey());
    }

    /** A made-up word of letters the light stemmer never strips, distinct for each i below 4096. */
    private static String word(int i) {
        String letters = "ثجحخدذرزشصضطظعغق";
        return "" + letters.charAt(i / 256 % 16) + letters.charAt(i / 16 % 16) + letters.charAt(i % 16);
    }

    @Test
    void reasonsAndSharedPeopleAgree() {
        List<Relation> relations = new RelatednessBuilder(5).build(List.of(
                story("a.0", "a", "", "المفاوضات في الدوحة حول الرهائن", "p", "q"),
                story("a.1", "a", "", "الطقس حار اليوم"),
                story("b.0", "b", "", "المفاوضات حول الرهائن تتعثر", "q"),
                story("c.0", "c", "", "لقاء في باريس", "p")));
        assertFalse(relations.isEmpty());
        for (Relation relation : relations) {
            assertFalse(relation.reasons().isEmpty());
            assertEquals(relation.reasons().contains(RelationReason.SHARED_PEOPLE),
                    !relation.sharedPersonKeys().isEmpty(), relation.toString());
            assertNotEquals(relation.storyKey(), relation.relatedKey());
        }
        assertEquals(new LinkedHashSet<>(List.of(RelationReason.SAME_PAGE)),
                new LinkedHashSet<>(edge(relations, "a.1", "a.0").reasons()));
    }
}

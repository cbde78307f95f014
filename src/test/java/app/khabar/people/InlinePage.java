package app.khabar.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page written into a test: its stories, the people each gold id names in it and the forms that may be found or
 * not. The scoring is the one {@code shared/eval/score.py} does, over a whole set of such pages at once.
 */
record InlinePage(String name, List<String> stories, Map<String, List<String>> gold, List<String> optional) {

    /** Extracts people from all pages as one corpus, prints the misses under {@code label} and scores them. */
    static PeopleScore.Result score(List<InlinePage> pages, PeopleExtractor extractor, String label) {
        List<StoryText> stories = new ArrayList<>();
        Map<String, PeopleScore.FileGold> gold = new LinkedHashMap<>();
        for (InlinePage page : pages) {
            for (int i = 0; i < page.stories().size(); i++) {
                stories.add(new StoryText(page.name() + "#" + i, page.name(), page.stories().get(i)));
            }
            gold.put(page.name(), new PeopleScore.FileGold(page.gold(), page.optional()));
        }
        CorpusPeople people = extractor.extract(stories);
        PeopleScore.Result result = PeopleScore.score(gold, people, key -> key.substring(0, key.indexOf('#')));
        result.messages().forEach(m -> System.out.println(label + " | " + m));
        System.out.println(label + " " + result);
        SpanChecks.assertSpansConsistent(stories, people);
        return result;
    }
}

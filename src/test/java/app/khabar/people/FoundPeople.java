package app.khabar.people;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the rule tables compare what was found with what a row expects: one entry per person, its surface forms in
 * a sentence sorted and joined by |, so a row lists a person as "محمد بن سلمان|بن سلمان" in any order.
 */
final class FoundPeople {

    private FoundPeople() {
    }

    /** What the extractor finds in one sentence read as a story, its spans checked against the text. */
    static CorpusPeople extract(PeopleExtractor extractor, String sentence) {
        List<StoryText> story = List.of(new StoryText("s", "p", sentence));
        CorpusPeople people = extractor.extract(story);
        SpanChecks.assertSpansConsistent(story, people);
        return people;
    }

    /** The people of a single-story extraction, one entry each. */
    static TreeSet<String> of(CorpusPeople people) {
        TreeSet<String> found = new TreeSet<>();
        for (StoryMention mention : people.mentions()) {
            found.add(String.join("|", new TreeSet<>(mention.surfaceForms())));
        }
        return found;
    }

    /** The ids of the rules that found a mention, over all its spans: what a rule's table row asks about. */
    static Set<String> rules(StoryMention mention) {
        Set<String> rules = new TreeSet<>();
        mention.spans().forEach(span -> rules.addAll(span.rules()));
        return rules;
    }

    /** A row's expectation, each person's forms given joined by | in any order. */
    static TreeSet<String> expected(List<String> persons) {
        TreeSet<String> want = new TreeSet<>();
        for (String person : persons) {
            want.add(String.join("|", new TreeSet<>(List.of(person.split("\\|")))));
        }
        return want;
    }
}

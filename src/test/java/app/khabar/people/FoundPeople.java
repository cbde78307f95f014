package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.provider.Arguments;

/**
 * How the rule tables compare what was found with what a row expects: one entry per person, its surface forms in
 * a sentence sorted and joined by |, so a row lists a person as "محمد بن سلمان|بن سلمان" in any order.
 */
final class FoundPeople {

    /** A table row of a rule with one id: the rule must fire on the text. */
    static final boolean FIRES = true;
    /** A table row of a rule with one id: the rule must not fire on the text. */
    static final boolean SILENT = false;

    private FoundPeople() {
    }

    /** A row of a rule's table: the text, whether the rule fires on it, and the persons it yields. */
    static Arguments ruleRow(String text, boolean fires, String... persons) {
        return Arguments.of(text, fires, List.of(persons));
    }

    /**
     * Checks a {@link #ruleRow} from the rules alone: where the rule fires every mention carries its id, where it is
     * silent none does, and either way the text yields exactly the persons expected (another rule may find them).
     */
    static void assertRuleRow(String ruleId, String text, boolean fires, List<String> expected) {
        CorpusPeople people = extract(Extractors.RULES_ALONE, text);
        for (StoryMention mention : people.mentions()) {
            assertEquals(fires, rules(mention).contains(ruleId), text + ": " + mention);
        }
        assertEquals(expected(expected), of(people), text);
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

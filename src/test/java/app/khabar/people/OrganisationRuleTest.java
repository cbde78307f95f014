package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The organisation-led rule ({@link OrganisationRule}), one short text per row, from the rules alone. A row that
 * must fire names the role, organisation included, that the holder found after the organisation's name must carry
 * (with the rule id "title-led" the recognizer serves such a holder); a row that must not fire says no mention
 * carries a role that ends with the organisation. Either way the text yields exactly the persons listed (surface
 * forms of one person separated by |), so a row that must not fire may still find a name by another rule.
 */
class OrganisationRuleTest {

    private static final String NONE = "";

    static Stream<Arguments> rows() {
        return Stream.of(
                // the organisation's name is a person's name: the holder is the full name after it
                row("وقالت مديرة مؤسسة عبد الحميد شومان فالنتينا قسيسية إن الجائزة ستعلن.",
                        "مديرة مؤسسة عبد الحميد شومان", "فالنتينا قسيسية"),
                // the organisation's name is ordinary words (a brand, a nationality)
                row("وقال الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر إن الطلب على النفط قوي.",
                        "الرئيس التنفيذي لشركة أرامكو السعودية", "أمين الناصر"),
                row("وقال رئيس شركة سامسونج الكورية لي جاي يونغ إن المبيعات ارتفعت.",
                        "رئيس شركة سامسونج الكورية", "لي جاي يونغ"),

                // must not fire: organisations and places named after people, and no holder after them
                row("ألقى كلمة في منتدى نظمته مؤسسة \"رونالد ريغان\" الرئاسية في كاليفورنيا.", NONE),
                row("درس في جامعة جورج واشنطن ثم هبط في مطار بن غوريون.", NONE),
                // a role ending with an organisation and no name after it
                row("وقال مدير عام الشركة القابضة إن الأرباح ارتفعت.", NONE),
                // a single word after the organisation's name is more often the rest of that name: not read
                row("وقالت مديرة مؤسسة عبد الحميد شومان فالنتينا إن الجائزة ستعلن.", NONE));
    }

    private static Arguments row(String text, String role, String... persons) {
        return Arguments.of(text, role, List.of(persons));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, String role, List<String> expected) {
        CorpusPeople people = FoundPeople.extract(Extractors.RULES_ALONE, text);
        if (role.isEmpty()) {
            for (StoryMention mention : people.mentions()) {
                assertTrue(mention.roles().stream().noneMatch(OrganisationRuleTest::endsWithOrganisation),
                        text + ": " + mention);
            }
        } else {
            assertTrue(people.mentions().stream().anyMatch(mention -> mention.roles().contains(role)
                    && mention.spans().stream().anyMatch(span -> span.rules().contains("title-led"))),
                    text + ": " + people.mentions());
        }
        assertEquals(FoundPeople.expected(expected), FoundPeople.of(people), text);
    }

    /** A role naming an organisation: one of the organisation heads these rows use. */
    private static boolean endsWithOrganisation(String role) {
        return role.contains("مؤسسة") || role.contains("جامعة") || role.contains("مطار") || role.contains("شركة");
    }
}

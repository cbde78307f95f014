package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The line-up and roster rules ({@link LineupRule}), one short text per row, from the rules alone. A row that must
 * fire names the rule id every person found must carry; a row that must not fire says no mention carries either id.
 * Either way the text yields exactly the persons listed (surface forms of one person separated by |), so a row
 * that must not fire may still find a name by another rule.
 */
class LineupRuleTest {

    private static final String NONE = "";

    static Stream<Arguments> rows() {
        return Stream.of(
                // line-ups: a position, a colon, players separated by commas, dashes or و
                row("خط الدفاع: ماتيب، فان دايك، تسيمكاس، وجوميز", LineupRule.LINEUP_ID,
                        "ماتيب", "فان دايك", "تسيمكاس", "جوميز"),
                row("- حراسة المرمى: ميندي\n- الوسط: جالينو – فرانك كيسيه", LineupRule.LINEUP_ID,
                        "ميندي", "جالينو", "فرانك كيسيه"),
                // each line of a line-up ends its list, though more lines follow
                row("في خط الوسط: أحمد فتحي، بيكيتش، محمد شريف\nفي خط الهجوم: بيرسي، مروان حمدي\nموعد المباراة المقبلة",
                        LineupRule.LINEUP_ID, "أحمد فتحي", "بيكيتش", "محمد شريف", "بيرسي", "مروان حمدي"),
                row("الهجوم: محمد صلاح - ساديو ماني", LineupRule.LINEUP_ID, "محمد صلاح", "ساديو ماني"),
                // the excerpt cut the last player: the players before it are still read
                row("الوسط: أحمد يحيى، بيرسي تاو، محمد شريف، و م", LineupRule.LINEUP_ID,
                        "أحمد يحيى", "بيرسي تاو", "محمد شريف"),
                // a line of a list of appointments: the words before the comma and the role are the whole name
                row("وقرر المجلس تعيين:\n– سيدي ولد الطالب محمد الأمين، مستشار بديوان الوزير الأول،\n"
                        + "– جالو عمر انجاي، مستشار بديوان الوزير الأول،\n– وزارة الصحة، وزير الصحة",
                        LineupRule.ROSTER_ID, "سيدي ولد الطالب محمد الأمين", "جالو عمر انجاي"),
                row("وتضمنت التعيينات:\n- أحمد ولد السالك محمد المختار، مستشار بديوان الوزير الأول",
                        LineupRule.ROSTER_ID, "أحمد ولد السالك محمد المختار"),
                // a list of envoys by country: a dash and a country closing the line vouch for an unlisted name
                row("السفراء الجدد المعتمدون:\n- فافري كامارا – مالي\n- تيسا كاتابوديس – اليونان\n"
                        + "- شكيلا أوموتوني كازيمبايا – رواندا\nويأتي هذا الاستقبال", LineupRule.ROSTER_ID,
                        "فافري كامارا", "تيسا كاتابوديس", "شكيلا أوموتوني كازيمبايا"),

                // must not fire: a position's words before a colon and a list of things, not of players
                row("أولويات الدفاع: تعزيز القدرات، تطوير الأسلحة، والتدريب المستمر.", NONE),
                // one player and no next position: no line-up
                row("حراسة المرمى: ميندي", NONE),
                // a name and a role in the middle of a line is no item of a list (another rule reads it)
                row("وقال إن أحمد ولد السالك، مستشار بديوان الوزير الأول، حضر.", NONE, "أحمد ولد السالك"),
                // more than five words before the comma are no name of a roster
                row("- مشروع بناء الطريق الجديد بين المدينتين، وزير النقل", NONE),
                // a country after a dash in mid-line, or words that are not a name before it, make no item
                row("- فافري كامارا – مالي تستضيف القمة", NONE),
                row("- مباراة ودية – مالي\n- معسكر تدريبي – رواندا", NONE));
    }

    private static Arguments row(String text, String rule, String... persons) {
        return Arguments.of(text, rule, List.of(persons));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, String rule, List<String> expected) {
        CorpusPeople people = FoundPeople.extract(Extractors.RULES_ALONE, text);
        for (StoryMention mention : people.mentions()) {
            Set<String> rules = FoundPeople.rules(mention);
            if (rule.isEmpty()) {
                assertTrue(!rules.contains(LineupRule.LINEUP_ID) && !rules.contains(LineupRule.ROSTER_ID),
                        text + ": " + mention);
            } else {
                assertTrue(rules.contains(rule), text + ": " + mention);
            }
        }
        assertEquals(FoundPeople.expected(expected), FoundPeople.of(people), text);
    }
}

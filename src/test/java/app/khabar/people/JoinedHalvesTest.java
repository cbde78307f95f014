package app.khabar.people;

import static app.khabar.people.FoundPeople.FIRES;
import static app.khabar.people.FoundPeople.SILENT;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two halves of one name, read apart by the rules, joined ({@value NameRecognizer#JOINED_HALVES}), one short text
 * per row, from the rules alone. A row that must fire says every person found carries the id; a row that must not
 * fire says no mention carries it. Either way the text yields exactly the persons listed.
 */
class JoinedHalvesTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // the title's name stops before علي, which then opens a name of its own
                row("وترأس الجلسة القاضي سامر فضل علي حمدان رئيس المحكمة.", FIRES, "سامر فضل علي حمدان"),
                row("وحضر اللقاء اللواء محمد الطيب علي يوسف قائد المنطقة.", FIRES, "محمد الطيب علي يوسف"),
                row("وأشاد المدرب جمال سالم علي أحمد بأداء اللاعبين.", FIRES, "جمال سالم علي أحمد"),

                // must not fire: two people are joined by و or a comma
                row("التقى الوزير محمد صالح وعلي حسن في مكتبه.", SILENT, "محمد صالح", "علي حسن"),
                row("واستقبل محمد صالح، علي حسن في مكتبه.", SILENT, "محمد صالح", "علي حسن"));
    }

    private static Arguments row(String text, boolean fires, String... persons) {
        return FoundPeople.ruleRow(text, fires, persons);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, boolean fires, List<String> expected) {
        FoundPeople.assertRuleRow(NameRecognizer.JOINED_HALVES, text, fires, expected);
    }
}

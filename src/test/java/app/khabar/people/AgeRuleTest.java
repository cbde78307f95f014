package app.khabar.people;

import static app.khabar.people.FoundPeople.FIRES;
import static app.khabar.people.FoundPeople.SILENT;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The age rule ({@link AgeRule}), one short text per row, from the rules alone. A row that must fire says every
 * person found carries the rule id; a row that must not fire says no mention carries it. Either way the text yields
 * exactly the persons listed.
 */
class AgeRuleTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // two unlisted words before an age in brackets: a foreign name no lexicon holds
                row("وشارك الطالب في المسابقة، ففاز تشارلز بيمبرتون (17 عاماً) بالجائزة الأولى.", FIRES,
                        "تشارلز بيمبرتون"),
                // the year word glued to the digits, and و joining a second person after a comma
                row("وأصيب في الحادث رامون كويستا (33عاما)، وأنخيلا لوبيث (29 سنة) بجروح.", FIRES,
                        "رامون كويستا", "أنخيلا لوبيث"),
                // three words
                row("توفي حمدان صابر الرفاعي (71 عاما) بعد صراع مع المرض.", FIRES, "حمدان صابر الرفاعي"),
                // the tanween written before the alef (عامًا); و and علي written with ي; a first word that is also
                // a listed word before the father's listed given name
                row("وشيّع الأهالي الشهداء، وعلي هاني الغول (17 عامًا) من بينهم.", FIRES, "علي هاني الغول"),
                row("ومن بين الضحايا سمراء لقمان (39 عامًا) وابنتها.", FIRES, "سمراء لقمان"),

                // must not fire: a place and a unit, a definite noun, an imperfect verb after و, a number not an age,
                // accusatives of words, a kin noun with its pronoun (the kin cue reads the name)
                row("واعتقلت الشرطة شابا من مدينة حمص (23 عاما) أمس.", SILENT),
                row("وأعلن الملك تكليف الحكومة الجديدة.ويخلف الخصاونة (51 عاماً) في المنصب.", SILENT),
                row("وبلغ عدد الحضور الكبير جدا (300 شخص) في القاعة.", SILENT),
                row("وصل المنتخب الوطني (21 عاما) إلى الدوحة.", SILENT),
                row("وقتلت قوات الاحتلال شابا فلسطينيا (23 عاما) في جنين.", SILENT),
                row("ونجت من القصف ابنتهما منيرة (30 عاماً) وحدها.", SILENT, "منيرة"),
                // no bracket: the age after a comma vouches for nothing
                row("وقال شاب يدعى رامون، 33 عاما، إنه نجا.", SILENT));
    }

    private static Arguments row(String text, boolean fires, String... persons) {
        return FoundPeople.ruleRow(text, fires, persons);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, boolean fires, List<String> expected) {
        FoundPeople.assertRuleRow(AgeRule.ID, text, fires, expected);
    }
}

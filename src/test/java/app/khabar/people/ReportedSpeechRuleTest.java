package app.khabar.people;

import static app.khabar.people.FoundPeople.FIRES;
import static app.khabar.people.FoundPeople.SILENT;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verb-led rule ({@link ReportedSpeechRule}), one short text per row, from the rules alone. A row that must fire
 * says every person found carries the rule id; a row that must not fire says no mention carries it. Either way the
 * text yields exactly the persons listed (surface forms of one person separated by |), so a row that must not fire
 * may still find a name by another rule.
 */
class ReportedSpeechRuleTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // a foreign name no list knows, right after a verb of speech and closing its clause (إن، أن)
                row("وقال هيرفي رينارد إن المنتخب جاهز.", FIRES, "هيرفي رينارد"),
                row("وأكد غراهام أرنولد أن الفريق جاهز للمباراة.", FIRES, "غراهام أرنولد"),
                // a comma closes the name too, before its role
                row("وأضاف غراهام أرنولد، مدرب المنتخب، أن الفريق جاهز.", FIRES, "غراهام أرنولد"),
                // a listed given name: the cue read it first; ف on the verb; three units; a generation suffix
                row("وقالت كايا كالاس إن الاتحاد مستعد للحوار.", FIRES, "كايا كالاس"),
                // a title in apposition closes the name as a comma would
                row("هكذا قال سام ألتمان المؤسس المشارك لشركة أوبن أي.", FIRES, "سام ألتمان"),
                // so does the speaker's state in the accusative, a participle (ناعيا، مؤكدا)
                row("وقال نواف سلام ناعيا البابا إن لبنان خسر سندا.", FIRES, "نواف سلام"),
                row("فقالت كارين جان بيير إن الرئيس سيسافر غدا.", FIRES, "كارين جان بيير"),
                row("وقال تشارلز الثالث إن المملكة حزينة.", FIRES, "تشارلز الثالث"),
                // a family name that is also a noun (حرب), where the verb of speech announced a person
                row("وقال أكرم حرب إن الطريق أغلق.", FIRES, "أكرم حرب"),
                // words other than verbs that introduce a named person: a leader, the late
                row("وفاز الفريق بقيادة هيرفي رينارد.", FIRES, "هيرفي رينارد"),
                row("وشارك في الحفل أبناء الراحل هوجو شافيز.", FIRES, "هوجو شافيز"),
                // خلفا announces the predecessor behind ل; a relative pronoun closes a name as a comma does
                row("وانتخب لمغاري رئيسا للمجلس، خلفا لكمال ماجد، وذلك وفق القانون.", FIRES, "كمال ماجد"),
                row("وعين واليا خلفا لكمال ماجد الذي نقل إلى الجزائر.", FIRES, "كمال ماجد"),
                row("وقال هيرفي رينارد الذي يدرب المنتخب إن الفريق جاهز.", FIRES, "هيرفي رينارد"),
                row("وعين مديرا جديدا خلفا لسلفه في المنصب.", SILENT),
                row("وتمسك المجلس لكمال ماجد بالمنصب.", SILENT),

                // must not fire: a name that runs on past its clause, or one word alone
                row("وقال هيرفي رينارد للصحفيين إن المنتخب جاهز.", SILENT),
                row("وقال هيرفي إن المنتخب جاهز.", SILENT),
                // one word before the title is no whole name
                row("وقال هيرفي المدير الفني إن المنتخب جاهز.", SILENT),
                // a listed name that runs on is read by the given-name rule; a title after the verb reads the name
                row("وقالت كايا كالاس للصحفيين إن الاتحاد مستعد.", SILENT, "كايا كالاس"),
                row("وقال الرئيس هيرفي رينارد إن المنتخب جاهز.", SILENT, "هيرفي رينارد"),
                // sources without a name after a reporting verb or a person cue (الشهيد): no person
                row("وقال مسؤول أمني رفيع إن القوات مستعدة.", SILENT),
                row("وأكد البيان الختامي أن القمة ناجحة.", SILENT),
                row("وقالت الخارجية الأمريكية إن واشنطن قلقة.", SILENT),
                row("وأضاف المصدر نفسه أن المفاوضات متعثرة.", SILENT),
                row("وقالت مصادر دبلوماسية غربية إن الاتفاق قريب.", SILENT),
                row("وأكد بيان مشترك صدر أمس أن البلدين متفقان.", SILENT),
                row("وقال متحدث عسكري سوداني إن الهجوم فشل.", SILENT),
                row("وذكرت تقارير إعلامية عبرية أن الحكومة منقسمة.", SILENT),
                row("وقال بيان صادر عن الرئاسة إن الرئيس بخير.", SILENT),
                row("وصرح مصدر أمني مسؤول بأن الوضع تحت السيطرة.", SILENT),
                row("وقالت عائلة الشهيد إن ابنها خرج من منزله في حي الشيخ جراح.", SILENT));
    }

    private static Arguments row(String text, boolean fires, String... persons) {
        return FoundPeople.ruleRow(text, fires, persons);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, boolean fires, List<String> expected) {
        FoundPeople.assertRuleRow(ReportedSpeechRule.ID, text, fires, expected);
    }
}

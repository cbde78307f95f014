package app.khabar.people;

import static app.khabar.people.FoundPeople.FIRES;
import static app.khabar.people.FoundPeople.SILENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list-led rule ({@link ListRule}), one short text per row, from the rules alone. A row that must fire says
 * every person found carries the rule id; a row that must not fire says no mention carries it. Either way the text
 * yields exactly the persons listed (surface forms of one person separated by |), so a row that must not fire may
 * still find a name by another rule. A list that starts with a name has a head another rule reads (a given name, a
 * title): its row names the head apart, which must not carry the id while every item after it does.
 */
class ListRuleTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // a list that starts with a name: whole names and a given name alone, after commas and و
                afterHead("وشاركت في العمل هند صبري، ولطيفة، ونادية الجندي، ومنة شلبي.", "هند صبري", "لطيفة",
                        "نادية الجندي", "منة شلبي"),
                // an item after a comma without و, then the last after و: كبارة, written with ة, is a family name,
                // not كبار + the pronoun ه
                afterHead("واستقبل الوزير النواب ميشال موسى، هاغوب بقرادونيان وكريم كبارة في مكتبه.", "ميشال موسى",
                        "هاغوب بقرادونيان", "كريم كبارة"),
                afterHead("وشارك في العرض أحمد حلمي، ومنى زكي، وكريم عبد العزيز.", "أحمد حلمي", "منى زكي",
                        "كريم عبد العزيز"),
                afterHead("وعاونه العضوان الأصغر سناً رامي فرنجية وكمال عيسى.", "رامي فرنجية", "كمال عيسى"),
                afterHead("وتضم القائمة نواف العقيدي وسالم الدوسري، إلى جانب مواهب شابة.", "نواف العقيدي",
                        "سالم الدوسري"),
                // the head read after a title
                afterHead("والتقى نائبي رئيس الوزراء العراقي سامي نوري شاوس وبهاء الكعبي، أمس.", "سامي نوري شاوس",
                        "بهاء الكعبي"),
                // a generation suffix ends an item; a plural verb whose subject is the list ends the last one
                afterHead("قارن المحللون بين جورج بوش الأب وجورج بوش الابن.", "جورج بوش الأب", "جورج بوش الابن"),
                afterHead("وفاز أيمن يونس، وأدهم الشرقاوي، وكانوا في الفريق.", "أيمن يونس", "أدهم الشرقاوي"),
                // a title word as the family name where the next item is a given name (ومروان الصحفي وصالح)
                afterHead("واجتمع الوالي بكل من أحمد بنعلي، ومروان الصحفي وصالح داحا عامل إقليم الرحامنة.",
                        "أحمد بنعلي", "مروان الصحفي"),
                // a definite given name opens an item where a family nisba closes it
                afterHead("وقرأ الشعراء سمير العبدلي وصالحة الجلاصي والهادي العبدلي وقد أدار اللقاء سلمان.",
                        "سمير العبدلي", "صالحة الجلاصي", "الهادي العبدلي"),
                // a preposition's noun after a plain word ends the last item; after a definite word it is a verb's
                // object (فتح الباب لاستقبال), no item
                afterHead("وأصدرت المحكمة أحكاما ضد محمد كاظم وعلي دايح بالسجن لمدة 15 سنة.", "محمد كاظم", "علي دايح"),
                // a man named by his lineage, ending the item
                afterHead("وحضر أحمد شوقي، وابن خلدون، وابن رشيق.", "أحمد شوقي", "ابن خلدون", "ابن رشيق"),
                // a list cue or a kinship cue opens the list: its first name is an item too
                row("ونعاه فنانون كثيرون، منهم هالة صدقي وأحمد كمال إمام وسوسن بدر.", FIRES, "هالة صدقي",
                        "أحمد كمال إمام", "سوسن بدر"),
                row("ومن أبرزهم أحمد زكي، ونور الشريف، ومحمود عبد العزيز.", FIRES, "أحمد زكي", "نور الشريف",
                        "محمود عبد العزيز"),
                row("أطفالهما سهير وأيمن وأدهم كانوا من بين الفارين، وابنهما أيمن يعيش الآن في ألمانيا.", FIRES,
                        "سهير", "أيمن", "أدهم"),
                row("فاقبل أنت وأخوك عبد المجيد، وأخواتك منى وحنان ودرية وأصهاركم وجيرانكم.", FIRES, "عبد المجيد",
                        "منى", "حنان", "درية"),
                // a kinship cue in the dual, and a group's pronoun before a colon
                row("وشملت القضية الرئيس السابق ونجليه جمال وعلاء، ووزير داخليته.", FIRES, "جمال", "علاء"),
                row("شارك في الأمسية أربعة من الشعراء الشباب هم: جابر الجميعة، وسفيان الدوغان، في النادي.", FIRES,
                        "جابر الجميعة", "سفيان الدوغان"),

                // must not fire: هم without a colon is a word of the sentence
                row("وكان لهم أدوار وطنية وصحفية مهنية وإنسانية.", SILENT),
                // must not fire: a role after a name ends the list
                row("وشارك في الاجتماع عزيز أخنوش، رئيس الحكومة، وعدد من الوزراء.", SILENT, "عزيز أخنوش"),
                row("وحضر محمد صلاح، وزير الخارجية سامح شكري.", SILENT, "محمد صلاح", "سامح شكري"),
                // things after a name: a group, an organisation, nouns with the article
                row("وحضر اللقاء محمد صلاح، والمدرب، والجمهور.", SILENT, "محمد صلاح"),
                row("وحضر الاجتماع سعيد الشامسي، ووزارة الصحة.", SILENT, "سعيد الشامسي"),
                row("وحضر محمد صلاح والسيارات والطائرات في المعرض.", SILENT, "محمد صلاح"),
                row("وحضر سعيد الشامسي، وعدد من المسؤولين.", SILENT, "سعيد الشامسي"),
                // a lone given name before a title is the title's head (ومساعد مدير عام)
                row("وحضر سعيد الشامسي، ومساعد مدير عام الشركة.", SILENT, "سعيد الشامسي"),
                // و on three letters at most is no item (ومي); a verb after و starts the next clause
                row("وشاركت في العمل هند صبري ومي عز الدين.", SILENT, "هند صبري"),
                row("وقال سعيد الشامسي، وأكد أن الفريق جاهز.", SILENT, "سعيد الشامسي"),
                // a definite given name before a noun is no item (والصادق الأمين)
                row("وحضر سمير العبدلي والصادق الأمين وقد أدار اللقاء سلمان.", SILENT, "سمير العبدلي"),
                // a kinship cue before a title: the title reads the name
                row("واستقبل الملك ونجله ولي العهد الأمير حسين في القصر.", SILENT, "حسين"),
                // a family name that is also a noun (شديد), between two items that are names
                afterHead("والمنتخب المكون من محمد الجعفري وعفيف غيث وأحمد شديد وعبدالله حماد ويوسف نوفل.",
                        "محمد الجعفري", "عفيف غيث", "أحمد شديد", "عبدالله حماد", "يوسف نوفل"),
                // (not where no name follows it)
                row("وحضر محمد الجعفري وأحمد شديد الحرص على الحضور.", SILENT, "محمد الجعفري"));
    }

    /**
     * Comma lists that are mostly names: the items every other reader left, listed first, carry the id; the text
     * yields exactly the persons of the row.
     */
    static Stream<Arguments> nameLists() {
        return Stream.of(
                // a family name that is a title word (رئيس), given names that are also words, a nisba after a
                // common word (لقاء الخميسي)
                Arguments.of("وحضر من الفنانين كل من هند صبري، نادية الجندي، سمير صبري، ياسمين رئيس، دينا، "
                        + "شيرين رضا، لقاء الخميسي، محمد رمضان وغيرهم من النجوم.", List.of("ياسمين رئيس", "دينا",
                        "لقاء الخميسي"), List.of("هند صبري", "نادية الجندي", "سمير صبري", "شيرين رضا",
                        "محمد رمضان")),
                // the last item, where the sentence ends the list
                Arguments.of("وهم الشعراء: أحمد نبوي، أحمد الجعفري، أمل جمال، شيماء عزت، بهية طلب.",
                        List.of("بهية طلب"), List.of("أحمد نبوي", "أحمد الجعفري", "أمل جمال", "شيماء عزت")),
                // half the items names is enough
                Arguments.of("وحضر هند صبري، نادية الجندي، سمير صبري، ياسمين رئيس، لقاء الخميسي، سما المصري.",
                        List.of("ياسمين رئيس", "لقاء الخميسي", "سما المصري"), List.of("هند صبري", "نادية الجندي",
                        "سمير صبري")),
                // must not: two names are no list of names; an item that opens with no given name
                Arguments.of("وحضر هند صبري، سمير صبري، لقاء الخميسي، والجمهور.", List.of(),
                        List.of("هند صبري", "سمير صبري")),
                Arguments.of("وشارك أحمد حلمي، منى زكي، كريم عبد العزيز، رئيس النادي، وغيرهم.", List.of(),
                        List.of("أحمد حلمي", "منى زكي", "كريم عبد العزيز")),
                // a group or a role with a nisba is no family name
                Arguments.of("وحضر محمد علي، أحمد حسن، سامي يوسف، رئيس الحزب الشيوعي، وخالد عمر.", List.of(),
                        List.of("محمد علي", "أحمد حسن", "سامي يوسف", "خالد عمر")),
                Arguments.of("وحضر محمد علي، أحمد حسن، سامي يوسف، قادة الرأي، وخالد عمر.", List.of(),
                        List.of("محمد علي", "أحمد حسن", "سامي يوسف", "خالد عمر")));
    }

    @ParameterizedTest
    @MethodSource("nameLists")
    void readsTheLeftItemsOfNameLists(String text, List<String> left, List<String> others) {
        CorpusPeople people = FoundPeople.extract(Extractors.RULES_ALONE, text);
        Set<String> leftForms = new HashSet<>();
        for (String item : left) {
            leftForms.add(FoundPeople.expected(List.of(item)).first());
        }
        for (StoryMention mention : people.mentions()) {
            if (leftForms.contains(String.join("|", new TreeSet<>(mention.surfaceForms())))) {
                assertTrue(FoundPeople.rules(mention).contains(ListRule.ID), text + ": " + mention);
                assertFalse(FoundPeople.rules(mention).contains(TitleRule.ID), text + ": " + mention);
            }
        }
        List<String> all = new ArrayList<>(left);
        all.addAll(others);
        assertEquals(FoundPeople.expected(all), FoundPeople.of(people), text);
    }

    private static Arguments row(String text, boolean fires, String... persons) {
        return Arguments.of(text, fires, null, List.of(persons));
    }

    /** A row that must fire on a list whose head another rule reads: the head apart, then the items. */
    private static Arguments afterHead(String text, String head, String... items) {
        return Arguments.of(text, FIRES, head, List.of(items));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, boolean fires, String head, List<String> expected) {
        if (head == null) {
            FoundPeople.assertRuleRow(ListRule.ID, text, fires, expected);
            return;
        }
        CorpusPeople people = FoundPeople.extract(Extractors.RULES_ALONE, text);
        String headForms = FoundPeople.expected(List.of(head)).first();
        for (StoryMention mention : people.mentions()) {
            boolean isHead = String.join("|", new TreeSet<>(mention.surfaceForms())).equals(headForms);
            assertEquals(!isHead, FoundPeople.rules(mention).contains(ListRule.ID), text + ": " + mention);
        }
        List<String> all = new ArrayList<>(expected);
        all.add(head);
        assertEquals(FoundPeople.expected(all), FoundPeople.of(people), text);
    }
}

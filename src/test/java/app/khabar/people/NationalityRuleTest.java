package app.khabar.people;

import static app.khabar.people.FoundPeople.FIRES;
import static app.khabar.people.FoundPeople.SILENT;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nationality-led rule ({@link NationalityRule}), one short text per row, from the rules alone. A row that must
 * fire says every person found carries the rule id; a row that must not fire says no mention carries it. Either way
 * the text yields exactly the persons listed (surface forms of one person separated by |), so a row that must not
 * fire may still find a name by another rule.
 */
class NationalityRuleTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // a nationality alone after a verb, a reporting verb or a function word, or carrying a preposition
                row("توج الإسباني كارلوس ألكاراز بلقب البطولة.", FIRES, "كارلوس ألكاراز"),
                row("وقال المصري محمد صلاح إن الفريق جاهز.", FIRES, "محمد صلاح"),
                row("وتعاقد النادي مع البرتغالي روي فيتوريا مدربا للفريق.", FIRES, "روي فيتوريا"),
                row("وقالت الكازاخستانية آنا دانيلينا، إن المباراة كانت صعبة.", FIRES, "آنا دانيلينا"),
                row("وأعلن النادي التعاقد مع المدرب خلفا للهولندي مارتن يول.", FIRES, "مارتن يول"),
                // the feminine nationality
                row("وقالت الروسية ماريا شارابوفا إن الإصابة انتهت.", FIRES, "ماريا شارابوفا"),
                // نبيل is also an adjective: after a nationality (here after و and a verb), a plain word closing
                // the name is its family name; before a common word (والأمريكي نبيل صغير الحجم) it is the adjective
                row("وقال الكويتي نبيل شعيل إن الألبوم جاهز، والأمريكي نبيل صغير الحجم.", FIRES, "نبيل شعيل"),
                // two unlisted words that write their vowels are a foreign name, though they end in ا, when an
                // adjective in the article follows or the clause ends; an adverb (غدا) before the nationality
                row("وخسرت التشيكية بيترا كفيتوفا المصنفة تاسعة عالميا.", FIRES, "بيترا كفيتوفا"),
                row("وتلعب غدا الأسترالية أجلا توملانوفيتش المصنفة 46 عالميا.", FIRES, "أجلا توملانوفيتش"),
                // أليسي is written with hamza, so it has no article
                row("وفازت عليها البلجيكية أليسي ميرتينز.", FIRES, "أليسي ميرتينز"),
                // a name in quotation marks right after the nationality is the whole quotation
                row("ثم تغلبت على البرازيلية \"لاريسا كوستا\" بالتثبيت.", FIRES, "لاريسا كوستا"),
                row("قبل أن تهزم اليابانية «ميوكو تاناكا» في الوقت الإضافي.", FIRES, "ميوكو تاناكا"),

                // must not fire: a quotation after a nationality that is another word's adjective
                row("ونقلت الصحيفة البريطانية \"ديلي ميرور\" الخبر.", SILENT),
                // one quoted word after a nationality is a title more often (a film's)
                row("وفاز بالجائزة الفيلم التركي \"سوماك\" للمخرج.", SILENT),
                // must not fire: a nationality alone with no name after it
                row("وأكد الإسباني في المؤتمر الصحفي أن فريقه جاهز.", SILENT),
                row("وسجل البرازيلي هدفا رائعا في الشوط الثاني.", SILENT),
                // a foreign name of one word after a nationality must close its clause
                row("وغاب البرازيلي مالكوم بسبب الإصابة.", SILENT),
                // after a definite noun the nationality is that noun's adjective (another rule may read the name)
                row("وأعلنت الشركة الأمريكية جنرال موتورز أرباحها.", SILENT),
                row("وتأهل إلى النهائي الإسباني رافائيل نادال.", SILENT, "رافائيل نادال"),
                // الدولي qualifies institutions and teams, never stands for a person (the given name reads the name)
                row("وقال المدرب إن الدولي جون سميث جاهز للمباراة.", SILENT, "جون سميث"),
                // after a definite noun the nationality is its adjective (the society), no person
                row("خلال المؤتمر السنوي للجمعية البريطانية لتنظير أمراض النساء لعام 2025، حيث نالت الجائزة.",
                        SILENT));
    }

    private static Arguments row(String text, boolean fires, String... persons) {
        return FoundPeople.ruleRow(text, fires, persons);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, boolean fires, List<String> expected) {
        FoundPeople.assertRuleRow(NationalityRule.ID, text, fires, expected);
    }
}

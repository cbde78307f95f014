package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** What a site prints around a headline on its line goes; what belongs to the headline stays. */
class HeadlineDecorationTest {

    private static final HeadlineDecoration DECORATION = new HeadlineDecoration(CorpusLexicon.fromClasspath());

    record Row(String what, String line, String headline) {
    }

    private static final List<Row> STRIPPED = List.of(
            new Row("site, section and date between bars",
                    "ميركل تعلن عن توافق كبير مع ماكرون حول الاتحاد الأوروبي | أخبار | DW | 28.09.2017",
                    "ميركل تعلن عن توافق كبير مع ماكرون حول الاتحاد الأوروبي"),
            new Row("a site's name before and after dashes",
                    "News1- الدوري الجزائري قبلة المدربين - رياضة - نيوز وان", "الدوري الجزائري قبلة المدربين"),
            new Row("a breadcrumb trail", "Home » نتائج الجولة الأولى في الدوري الليبي",
                    "نتائج الجولة الأولى في الدوري الليبي"),
            new Row("a forum's trail", "# منتديات طلاب الجامعات > منتدى كلية الحقوق > أنواع المحاكم بالأردن",
                    "أنواع المحاكم بالأردن"),
            new Row("a label and a colon", "العنوان : بلدية النصيرات تكرم المهندسين المتطوعين",
                    "بلدية النصيرات تكرم المهندسين المتطوعين"),
            new Row("a label in brackets", "المبعوث يستفز الحوثيين في صنعاء (إعلان)", "المبعوث يستفز الحوثيين في صنعاء"),
            new Row("a listing's date in brackets", "خوارزمية جديدة لتصوير الثقوب السوداء (27/7/2016)",
                    "خوارزمية جديدة لتصوير الثقوب السوداء"),
            new Row("a column's byline", "العرب في السويد.. أكبر جالية اجنبية في السويد بقلم:د.محمود الدبعي",
                    "العرب في السويد.. أكبر جالية اجنبية في السويد"),
            new Row("a listing's time glued to the headline", "22:15رسميا...بدر بانون يعود إلى الرجاء الرياضي",
                    "رسميا...بدر بانون يعود إلى الرجاء الرياضي"),
            new Row("a listing's time before a number", "21:4325 سنة سجناً لتلميذين قتلا زميلهما",
                    "25 سنة سجناً لتلميذين قتلا زميلهما"),
            new Row("the headline glued to a copy of itself", "الحياة البرلمانية الحياة البرلمانية",
                    "الحياة البرلمانية"),
            new Row("a forum archive's label and a colon", "مشاهدة النسخة كاملة : الدوري الإفريقي.. الترجي يعبر",
                    "الدوري الإفريقي.. الترجي يعبر"));

    private static final List<Row> KEPT = List.of(
            new Row("a place after the headline (not a site's name)",
                    "جمعية الصداقة اللبنانية الاسترالية كرمت القنصل ماهر الخير – سيدني، أستراليا", null),
            new Row("a phrase between bars that ends like a sentence",
                    "أهم 30 أداة من أدوات الذكاء الاصطناعي | دليلك الشامل!", null),
            new Row("a quoted book title before a dash",
                    "\"عائد من الغيب\" – فالح المطيري: رحلة القلق في البحث عن اليقين", null),
            new Row("a guillemet closing a quotation, not a trail", "إسدال الستار على « مسرحية الدبيبة » في غرب ليبيا",
                    null),
            new Row("two teams either side of a dash", "مباراة الأهلي - الزمالك في نهائي دوري أبطال أفريقيا", null),
            new Row("a range of years", "خطة 2020 - 2025 للتنمية الاقتصادية في المملكة", null),
            new Row("an Arabic dateline before a dash (as often a team or a topic)",
                    "جاكرتا - ما يقرب من الانتهاء من إعادة الإعمار، سيتم افتتاح مسجد النوري", null),
            new Row("a topic before a bar", "الميركاتو الشتوي | مدرب عربي في طريقه لتدريب مولودية الجزائر", null),
            new Row("a dash inside a phrase", "السلطان قابوس -حفظه الله ورعاه- يرعى حفل التخرج", null),
            new Row("two teams, too short to be a headline and a site", "الزمالك - الأهلي", null),
            new Row("a numbered item", "2 - تعزيز دور الشباب في العلاقات الدولية", null),
            new Row("a colon after a speaker, not a label", "الرئيس اللبناني: لا خيار أمام حزب الله", null),
            new Row("two halves that differ, not a copy", "الحياة البرلمانية الحياة النيابية", null));

    @TestFactory
    Stream<DynamicTest> whatTheSitePrintsAroundTheHeadlineGoes() {
        return STRIPPED.stream().map(row -> DynamicTest.dynamicTest(row.what(),
                () -> assertEquals(row.headline(), DECORATION.strip(row.line()))));
    }

    @TestFactory
    Stream<DynamicTest> theDatelineTheLeadOpensWithGoesFromTheHeadline() {
        String headline = "جاكرتا - ما يقرب من الانتهاء من إعادة الإعمار، سيتم افتتاح مسجد النوري";
        return Stream.of(
                DynamicTest.dynamicTest("the lead opens with the same dateline", () -> assertEquals(
                        "ما يقرب من الانتهاء من إعادة الإعمار، سيتم افتتاح مسجد النوري",
                        HeadlineDecoration.withoutLeadsDateline(headline, "جاكرتا - سيتم إعادة فتح مسجد النوري."))),
                DynamicTest.dynamicTest("a lead without it keeps the headline whole", () -> assertEquals(headline,
                        HeadlineDecoration.withoutLeadsDateline(headline, "سيتم إعادة فتح مسجد النوري."))),
                DynamicTest.dynamicTest("two teams stay, whatever the lead says", () -> assertEquals(
                        "مباراة الأهلي - الزمالك في نهائي دوري أبطال أفريقيا", HeadlineDecoration.withoutLeadsDateline(
                                "مباراة الأهلي - الزمالك في نهائي دوري أبطال أفريقيا", "مباراة الأهلي قوية."))));
    }

    @TestFactory
    Stream<DynamicTest> whatBelongsToTheHeadlineStays() {
        return KEPT.stream().map(row -> DynamicTest.dynamicTest(row.what(),
                () -> assertEquals(row.line(), DECORATION.strip(row.line()))));
    }
}

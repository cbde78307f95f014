package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Lines as they come on real pages, one row each: what a line must be, and what it must never be taken for. */
class LineClassifierTest {

    private static final LineClassifier CLASSIFIER = LineClassifier.fromClasspath();

    record Row(String line, LineKind kind) {
    }

    private static final List<Row> MUST_BE = List.of(
            // date and time lines, in the many ways pages print them
            new Row("السبت 5 تشرين الأول 2024", LineKind.DATE),
            new Row("الأحد 02 يونيو 2024", LineKind.DATE),
            new Row("الجمعة 10 سبتمبر 2021 على الساعة 19:44", LineKind.DATE),
            new Row("متابعات 12 فبراير 2021 11:40", LineKind.DATE),
            new Row("08:00 م", LineKind.DATE),
            new Row("منذ 3 ساعات 5", LineKind.DATE),
            new Row("2025-03-18 10:17 صباحًا", LineKind.DATE),
            new Row("١٤ أغسطس ٢٠١٩", LineKind.DATE),
            new Row("20 جُمادى الأولى 1446", LineKind.DATE),
            new Row("الثلاثاء 19 مارس 2024 أبوظبي الإمارات", LineKind.DATE),
            new Row("العالم 05:35 PM - 2017-03-29", LineKind.DATE),
            new Row("تاريخ النشر: 3rd, January 2025 GMT", LineKind.DATE),
            new Row("السبت 06-09-2014 17:41 | كتب: جمعة حمد الله |", LineKind.DATE),
            // mastheads, images and page furniture
            new Row("رئيس مجلسي الإدارة والتحرير", LineKind.NOISE),
            new Row("رئيس مجلس الإدارة ورئيس التحرير", LineKind.NOISE),
            new Row("رئيس التحرير التنفيذي", LineKind.NOISE),
            // an outlet's name: its noun and definite words only; a headline about an outlet says what it did
            new Row("جريدة البوابة المصرية", LineKind.NOISE),
            new Row("المجلة الثقافية الجزائرية", LineKind.NOISE),
            new Row("وكالة ناسا تطلق قمرا صناعيا جديدا", LineKind.HEADLINE_LIKE),
            // page furniture: comment and search prompts, links to more
            new Row("كن أول من يعلق على الخبر", LineKind.NOISE),
            new Row("اكتب الكلمات الرئيسية في البحث", LineKind.NOISE),
            new Row("لمشاهدة الخبر كاملا اضغط هنا", LineKind.NOISE),
            // each staff title with its name
            new Row("رئيس مجلس الإدارة د. محمد أسامة هارون رئيس التحرير محمود نفادي", LineKind.NOISE),
            new Row("رئيس التحرير: عادل صبري 01:11 مساءً | الجمعة 19 أبريل 2024 م | 10 شوال 1445 هـ", LineKind.NOISE),
            new Row("<image>data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ", LineKind.NOISE),
            new Row("زر الذهاب إلى الأعلى", LineKind.NOISE),
            new Row("اترك تعليقاً", LineKind.NOISE),
            new Row("اترك رد", LineKind.NOISE),
            new Row("جميع الحقوق محفوظة © 2024", LineKind.NOISE),
            new Row("شارك الخبر", LineKind.NOISE),
            new Row("لن يتم نشر عنوان بريدك الإلكتروني.", LineKind.NOISE),
            new Row("المشاهدات : 159", LineKind.NOISE),
            new Row("السفير سامح شكري وزير الخارجية تصوير : محمد هشام", LineKind.NOISE),
            new Row("النجمة ينجو من الهزيمة ويكتفي بالتعادل مع الفتح في الدوري السعودي عشرات الآلاف يتظاهرون في عدن"
                    + " رفضا لحل المجلس الانتقالي الجنوبي عطل تقني واسع يتسبب في توقف منصة إكس عن العمل لدى عدد كبير"
                    + " من المستخدمين حول العالم", LineKind.NOISE),
            // bylines and datelines
            new Row("كتب – معتز عباس:", LineKind.BYLINE),
            new Row("كتب- محمد شاكر:", LineKind.BYLINE),
            new Row("بقلم : أسامة غريب", LineKind.BYLINE),
            new Row("تحرير: سعد اليازجي", LineKind.BYLINE),
            new Row("زنقة20| علي التومي", LineKind.BYLINE),
            new Row("دمشق – نورث برس", LineKind.BYLINE),
            new Row("هوية بريس – متابعات", LineKind.BYLINE),
            new Row("نقلا عن المركزية –", LineKind.BYLINE),
            new Row("* الرياض - فهد مران - عبدالله الغامدي:", LineKind.BYLINE),
            new Row("الهلال - النصر - الأهلي في صراع على اللقب", LineKind.HEADLINE_LIKE),
            // sources, link lists
            new Row("المصدر ـ سانا", LineKind.SOURCE),
            new Row("اقرأ أيضا..", LineKind.READ_ALSO),
            new Row("إقرأ أيضاً:", LineKind.READ_ALSO),
            new Row("مواضيع ذات صلة", LineKind.TEASER_LIST),
            new Row("أخبار متعلقة", LineKind.TEASER_LIST),
            new Row("الأكثر قراءة", LineKind.TEASER_LIST),
            new Row("قد يعجبك أيضا", LineKind.TEASER_LIST),
            // a header, "from" and the outlet's name
            new Row("آخر المقالات من الوطن اليوم", LineKind.TEASER_LIST),
            new Row("أحدث الأخبار من موقع النهار", LineKind.TEASER_LIST),
            new Row("آخر الأخبار من غزة والضفة الغربية اليوم الإثنين", LineKind.HEADLINE_LIKE),
            // headlines (a question headline too) and body text
            new Row("الرئيس الشرع يستقبل وزير خارجية اليونان", LineKind.HEADLINE_LIKE),
            new Row("أول تصريح للقائم بأعمال رئيس مجلس الوزراء.. ماذا قال؟", LineKind.HEADLINE_LIKE),
            new Row("ميلوني: إيطاليا بالكامل جزء من الاتحاد الأوروبي", LineKind.HEADLINE_LIKE),
            new Row("سجل في بنك مصر نحو 4.38 جنيه للشراء، و4.42 جنيه للبيع.", LineKind.BODY),
            new Row("- خديجة بنت امبارك فال، سفيرة موريتانيا في نيروبي؛", LineKind.BODY),
            new Row("قضت محكمة استئناف في باريس اليوم الأربعاء، على الرئيس الفرنسي السابق نيكولا ساركوزي، بالسجن ثلاث"
                    + " سنوات، واحدة منها نافذة.", LineKind.BODY),
            new Row("قال رئيس مجلس الإدارة إن الشركة حققت أرباحا قياسية خلال العام الماضي بفضل التوسع في الأسواق.",
                    LineKind.BODY),
            new Row("app app Logo", LineKind.FRAGMENT));

    /** Lines that look a little like a class they are not. */
    private static final List<Row> MUST_NOT_BE = List.of(
            new Row("وزير الصحة يكشف آخر مستجدات الوضعية الوبائية في 2021 و2022", LineKind.DATE),
            new Row("استقر سعر الريال السعودي أما الجنيه المصري، اليوم الأربعاء 14 أغسطس، عند 4.38 جنيه للشراء.",
                    LineKind.DATE),
            new Row("توقيت الصلاة اليوم في صلاح الدين", LineKind.DATE),
            new Row("مدرسة الموقر ترسم أجمل منظر – فيديو وصور", LineKind.BYLINE),
            new Row("غزواني يلتقي مرشح كينيا لرئاسة مفوضية الاتحاد الأفريقي", LineKind.NOISE),
            new Row("كتبت الصحيفة أن المفاوضات بين الجانبين ستستأنف الأسبوع المقبل في العاصمة القطرية الدوحة.",
                    LineKind.BYLINE));

    @TestFactory
    Stream<DynamicTest> linesAreWhatTheyLookLikeOnRealPages() {
        return MUST_BE.stream().map(row -> DynamicTest.dynamicTest(row.kind() + ": " + row.line(),
                () -> assertEquals(row.kind(), CLASSIFIER.classify(PageReader.clean(row.line())).kind())));
    }

    @TestFactory
    Stream<DynamicTest> linesAreNotTakenForWhatTheyResemble() {
        return MUST_NOT_BE.stream().map(row -> DynamicTest.dynamicTest("not " + row.kind() + ": " + row.line(),
                () -> assertNotEquals(row.kind(), CLASSIFIER.classify(PageReader.clean(row.line())).kind())));
    }

    @Test
    void aLineOpensWithTheConjunctionOnlyWhereWawIsNoLetterOfItsFirstWord() {
        for (String line : List.of("وقال الوزير إن المفاوضات مستمرة", "وفي المقابل رفض الطرف الآخر", "و خلال اللقاء")) {
            assertTrue(CLASSIFIER.opensWithConjunction(line), line);
        }
        for (String line : List.of("والي الخرطوم يواصل لقاءاته", "وزير الخارجية يستقبل نظيره", "وزارة الصحة تعلن")) {
            assertFalse(CLASSIFIER.opensWithConjunction(line), line);
        }
    }
}

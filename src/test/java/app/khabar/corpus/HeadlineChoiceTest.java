package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The main headline is chosen by evidence: never a date, a masthead, a byline or a name alone, an image or a URL;
 * a title-like line the lead agrees with, or one the page repeats.
 */
class HeadlineChoiceTest {

    private static final String LEAD = "استقبل الرئيس السوري أحمد الشرع ووزير الخارجية أسعد الشيباني، الأحد، وفدًا "
            + "يونانيًا رفيع المستوى برئاسة وزير الخارجية اليوناني في قصر الشعب بدمشق.";
    private static final String SECOND = "وتناول اللقاء سبل تعزيز العلاقات الثنائية بين البلدين، إضافة إلى مناقشة "
            + "القضايا الإقليمية والدولية ذات الاهتمام المشترك.";
    private static final String HEADLINE = "الرئيس الشرع يستقبل وزير خارجية اليونان";

    record Page(String what, String aboveTheLead, String expectedTitle) {
    }

    /** Lines above the lead; the expected headline, or null when the title must be derived from the lead. */
    private static final List<Page> PAGES = List.of(
            new Page("a date line alone", "السبت 5 تشرين الأول 2024", null),
            new Page("a weekday-and-date line", "الأحد 02 يونيو 2024 08:00 م", null),
            new Page("a masthead", "رئيس مجلسي الإدارة والتحرير\nمحمد عبد الله", null),
            new Page("a byline", "كتب – معتز عباس:", null),
            new Page("a journalist's name alone", "شيماء سليمان", null),
            new Page("an image line", "<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", null),
            new Page("a URL", "https://www.example.com/news/2024/10/5/123456", null),
            new Page("a credit line", "نقلا عن المركزية –", null),
            new Page("a section label", "أخبار", null),
            new Page("a name the lead spells out", "أحمد الشرع", null),
            new Page("a menu and boilerplate", "الرئيسية > أخبار > سياسة\nاتصل بنا | من نحن |", null),
            new Page("the headline under a masthead, a name and the date",
                    "رئيس التحرير\nعبد الرحيم علي\n" + HEADLINE + "\nالسبت 5 تشرين الأول 2024", HEADLINE),
            new Page("the headline above a dateline", HEADLINE + "\nدمشق – نورث برس", HEADLINE),
            new Page("the headline, not the relative time under it", HEADLINE + "\nمنذ 3 ساعات", HEADLINE),
            new Page("the headline, not a ticker of bulleted links above it",
                    "• أمطار غزيرة تغرق شوارع العاصمة وتعطل حركة السير\n• المنتخب يفوز على ضيفه بثلاثة أهداف\n"
                            + HEADLINE, HEADLINE),
            new Page("the headline, not the photo caption under it",
                    HEADLINE + "\nالرئيس أحمد الشرع، خلال اللقاء", HEADLINE));


    @TestFactory
    Stream<DynamicTest> theHeadlineIsChosenByEvidence() {
        return PAGES.stream().map(page -> DynamicTest.dynamicTest(page.what(), () -> {
            ParsedStory main = PageReaderTest.read(page.aboveTheLead() + "\n" + LEAD + "\n" + SECOND)
                    .stories().get(0);
            assertEquals(StoryKind.MAIN, main.kind());
            if (page.expectedTitle() == null) {
                assertTrue(main.titleDerived(), "derived title expected, got «" + main.title() + "»");
                assertTrue(LEAD.startsWith(main.title().replace("…", "")), main.title());
            } else {
                assertEquals(page.expectedTitle(), main.title());
            }
        }));
    }

    @Test
    void theHeadlineIsNotTheLeadUnderItPrintedWithoutItsFullStop() throws Exception {
        String headline = "والي دمشق يواصل لقاءاته لإنهاء خلافات عشائر الريف الشمالي";
        String unpunctuatedLead = "واصل والي دمشق محمد الأحمد لقاءاته المكثفة لإنهاء الخلاف بين عشيرتين في الريف "
                + "الشمالي والتوصل إلى صلح يعالج جذور المشكلة";
        ParsedStory main = PageReaderTest.read(headline + "\n\n" + unpunctuatedLead + "\n"
                + "جاء ذلك خلال لقائه بمكتبه اليوم وجهاء العشيرتين بحضور ممثلين عن لجنة المساعي الحميدة في المنطقة.\n"
                + "من جانبهم ثمن الوجهاء جهود حكومة الولاية لإنجاح الصلح بين العشيرتين والتعايش السلمي بين السكان.\n")
                .stories().get(0);
        // (the headline opens with والي, a noun: no conjunction that would make it a kicker going on into the lead)
        assertEquals(headline, main.title());
        assertTrue(main.text().contains(unpunctuatedLead), main.text());
    }

    @Test
    void aShortHeadlineCountsWhenThePageRepeatsIt() throws Exception {
        ParsedPage page = PageReaderTest.read("""
                مباراة لعينة
                أخر الأخبار
                مباراة لعينة
                بقلم : أسامة غريب
                المباراة مع السنغال كانت الاختبار الأول الحقيقي الذي واجهه المنتخب الذي يدربه المدرب الوطني.
                """);
        assertEquals("مباراة لعينة", page.stories().get(0).title());
        assertEquals(1, page.stories().size());
    }

    @Test
    void aLongLeadPrintedWithoutItsFullStopUnderTheHeadlineIsNoBetterHeadline() throws Exception {
        String headline = "السلطات المحلية تعيد بناء جامع النوري التاريخي الذي دمرته داعش";
        ParsedPage page = PageReaderTest.read(headline + "\n"
                + "بدأت السلطات المحلية باعادة بناء مسجد النوري ومنارته الحدباء بعد تدميره في حزيران خلال المعارك "
                + "التي دارت في الموصل بين الجيش العراقي وتنظيم داعش\n"
                + "ودمر مسجد النوري ومنارته الحدباء الشهيرة في الموصل، واتهم الجيش العراقي تنظيم داعش بتفجيره.\n"
                + "ومسجد النوري هو المكان نفسه الذي شهد الظهور العلني الوحيد لزعيم التنظيم في العام 2014.\n");
        assertEquals(headline, page.stories().get(0).title());
        // a kicker that the headline goes on from is no headline: the long line under it is
        String kicked = "أحمد الحنشي يعرف أدب الطفل وبعض إشكالياته وخصائصه التعليمية في محاضرة بعنوان الكتابة للأطفال "
                + "ومستلزماتها الثقافية";
        ParsedPage kicker = PageReaderTest.read("فيما تتواصل فعاليات البرنامج الثقافي المصاحب لمعرض الكتاب\n"
                + kicked + "\n"
                + "يتواصل معرض مسقط الدولي للكتاب في يومه الخامس، بحضور جمهور كبير من الزوار ومحبي أدب الطفل.\n"
                + "وكان قد أقيم مساء أمس محاضرة بعنوان الكتابة للأطفال ومستلزماتها الثقافية والتعليمية.\n");
        assertEquals(kicked, kicker.stories().get(0).title());
    }

    /** On every real page in the test resources, the main title is never a date, byline, masthead, URL or image. */
    @Test
    void noRealPageGetsATitleMadeOfPageFurniture() throws IOException, UnreadablePageException {
        LineClassifier classifier = LineClassifier.fromClasspath();
        PageReader reader = PageReader.fromClasspath();
        List<Path> pages = new ArrayList<>();
        for (String dir : List.of("src/test/resources/dev/pages", "src/test/resources/reader-holdout/pages", "seeds")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(f -> f.toString().endsWith(".txt")).forEach(pages::add);
            }
        }
        assertTrue(pages.size() >= 60, "pages found: " + pages.size());
        for (Path file : pages) {
            for (ParsedStory story : reader.read(file.getFileName().toString(), Files.readAllBytes(file)).stories()) {
                if (story.titleDerived()) {
                    continue;
                }
                LineKind kind = classifier.classify(story.title()).kind();
                assertFalse(kind == LineKind.DATE || kind == LineKind.BYLINE || kind == LineKind.NOISE,
                        file.getFileName() + ": title «" + story.title() + "» is a " + kind);
                assertFalse(story.title().contains("http") || story.title().contains("<image>"),
                        file.getFileName() + ": " + story.title());
            }
        }
    }
}

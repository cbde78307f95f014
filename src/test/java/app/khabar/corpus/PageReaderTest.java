package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page reading on hand-made pages, one rule each; the seed pages are covered by {@link SeedPagesTest}. */
class PageReaderTest {

    private static final PageReader READER = PageReader.fromClasspath();
    private static final String BODY_1 = "قال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل في القاهرة.";
    private static final String BODY_2 = "وأضاف أن الجانبين اتفقا على مواصلة العمل من أجل التهدئة في المنطقة.";

    static ParsedPage read(String text) throws UnreadablePageException {
        return READER.read("test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headlineDateBodySourceAndTags() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                تاريخ النشر: 3rd, January 2025 GMT
                %s
                %s
                المصدر : وكالة الأنباءالمصدر| صحيفة الخبر
                كلمات دلالية: القاهرة، التهدئة، محادثات
                """.formatted(BODY_1, BODY_2));
        ParsedStory main = page.stories().get(0);
        assertEquals(1, page.stories().size());
        assertEquals(StoryKind.MAIN, main.kind());
        assertEquals("محادثات جديدة في القاهرة حول التهدئة", main.title());
        assertFalse(main.titleDerived());
        assertEquals(LocalDate.of(2025, 1, 3), main.publishedAt());
        assertEquals(List.of(BODY_1, BODY_2), main.paragraphs());
        assertEquals(List.of("وكالة الأنباء", "صحيفة الخبر"), main.sources());
        assertEquals(List.of("القاهرة", "التهدئة", "محادثات"), main.tags());
    }

    @Test
    void aHeadlinePrintedAsTheFirstParagraphIsKeptWholeAsTheTitle() {
        String headline = "الفرقة السيمفونية الوطنية السورية تحتفل بالذكرى الثمانين للعلاقات السورية الروسية على خشبة "
                + "دار الأسد للثقافة والفنون";
        assertEquals(headline, PageReader.deriveTitle(List.of(headline)));
        assertEquals(headline, PageReader.deriveTitle(List.of(headline + ".")));
        // a lead of two sentences is prose: its first sentence is cut to a title's length
        String lead = headline + " في أمسية حضرها جمع من الدبلوماسيين. وعزفت الفرقة مقطوعات كلاسيكية.";
        assertEquals(String.join(" ", java.util.Arrays.copyOf(headline.split(" "), 14)) + "…",
                PageReader.deriveTitle(List.of(lead)));
        // the dot of a one-letter abbreviation (د. for a doctor) ends no sentence
        assertEquals("د. هاني سري الدين يعلن ترشحه رسميا لرئاسة الحزب",
                PageReader.deriveTitle(List.of("د. هاني سري الدين يعلن ترشحه رسميا لرئاسة الحزب.")));
    }

    @Test
    void labelledLinesAfterASentenceAnnouncingThemAreItsList() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                ويشمل التشكيل الحكومي الأسماء التالية:
                وزير الدفاع: ميشال منسى
                وزير الخارجية والمغتربين: يوسف رجي
                """.formatted(BODY_1));
        assertEquals(1, page.stories().size());
        assertTrue(page.stories().get(0).text().contains("وزير الخارجية والمغتربين: يوسف رجي"),
                page.stories().get(0).text());
    }

    @Test
    void theShortLastLineUnderAStatementSignsIt() throws Exception {
        ParsedPage page = read("""
                ببالغ الأسى والحزن وبقلوب مؤمنة بقضاء الله وقدره، تلقيت خبر وفاة الوالد الورع التقي رحمه الله.
                وبهذه المناسبة الأليمة، فإنني أتقدم باسم الاتحادية الوطنية للنقل بالتعازي إلى جميع أسرته وذويه.
                محمدو ولد سيدي رئيس الاتحادية الوطنية للنقل
                """);
        assertEquals(1, page.stories().size());
        assertTrue(page.stories().get(0).text().endsWith("محمدو ولد سيدي رئيس الاتحادية الوطنية للنقل"),
                page.stories().get(0).text());
    }

    @Test
    void proseWrappedAtANarrowWidthIsJoinedBackIntoParagraphs() throws Exception {
        ParsedPage page = read("""
                عقدت النقابات المهنية
                والاتحادات الطلابية في
                المدينة اجتماعها السنوي على
                قاعة المركز الثقافي في
                وسط البلد لدعم مشروع
                الأستاذ كمال الحيدري تحت
                شعار العمل المشترك وذلك
                من خلال برامج التدريب
                المستمر للشباب. وقد ألقى
                رئيس الاتحاد كلمة دعا
                فيها إلى التعاون.
                """);
        assertEquals(1, page.stories().size(), page.stories().toString());
        String text = page.stories().get(0).text();
        assertTrue(text.contains("الأستاذ كمال الحيدري تحت شعار العمل المشترك"), text);
        assertTrue(text.contains("للشباب. وقد ألقى"), text);
    }

    /** {@code text} broken into lines of at most {@code width} characters, as a line breaker fills them. */
    private static List<String> wrapAt(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static final String WRAPPED_PARAGRAPH = "بتكليف من مجلس الأمناء افتتح رئيس الجامعة الدكتور سليمان بن"
            + " حمد العبري المعرض السنوي للكتاب في القاعة الكبرى، وأكد فضيلة الشيخ الدكتور ناصر بن خلفان"
            + " الهنائي أن المعرض يضم أكثر من ثلاثمائة دار نشر من داخل البلاد وخارجها، مشيرا إلى أن الإقبال"
            + " على الكتب العلمية يزداد عاما بعد عام بين طلبة الجامعات والمدارس.";

    @Test
    void proseWrappedAtAWiderWidthIsJoinedBackSoANameBrokenAcrossLinesIsWhole() throws Exception {
        for (int width : new int[] {48, 62, 75}) {
            List<String> wrapped = wrapAt(WRAPPED_PARAGRAPH, width);
            assertTrue(wrapped.size() >= 3, wrapped.toString());
            assertEquals(List.of(WRAPPED_PARAGRAPH), READER.unwrapHardWrappedProse(wrapped), "width " + width);
        }
        ParsedPage page = read("افتتاح المعرض السنوي للكتاب بمشاركة ثلاثمائة دار نشر\nكتب – سالم الكندي:\n"
                + String.join("\n", wrapAt(WRAPPED_PARAGRAPH, 62)) + "\n");
        assertEquals(1, page.stories().size(), page.stories().toString());
        assertEquals("افتتاح المعرض السنوي للكتاب بمشاركة ثلاثمائة دار نشر", page.stories().get(0).title());
        assertTrue(page.stories().get(0).text().contains("وأكد فضيلة الشيخ الدكتور ناصر بن خلفان الهنائي"),
                page.stories().get(0).text());
    }

    @Test
    void linesThatNoLineBreakerFilledSoAreNotJoined() {
        // the paragraph is not ended: a page cut mid-sentence keeps its lines
        List<String> unended = wrapAt(WRAPPED_PARAGRAPH.substring(0, WRAPPED_PARAGRAPH.length() - 1), 62);
        assertEquals(unended, READER.unwrapHardWrappedProse(unended));
        // headlines of varying length, none ending a sentence, then one that does
        List<String> headlines = List.of("الرئيس يستقبل وفدا رسميا من رجال الأعمال والمستثمرين العرب في القصر",
                "افتتاح معرض الكتاب الدولي بمشاركة واسعة",
                "ارتفاع أسعار النفط عالميا مع تراجع المخزونات الأمريكية للأسبوع الثالث",
                "المنتخب يفوز بالبطولة العربية بعد مباراة مثيرة.");
        assertEquals(headlines, READER.unwrapHardWrappedProse(headlines));
        // a ticker's items, each with its time glued before it, filled as they may be
        List<String> ticker = List.of("20:24الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية",
                "20:21قائد جديد لشعبة التخطيط في الجيش يتسلم مهامه رسميا اليوم",
                "20:18وزارة التربية تعلن موعد استئناف الدراسة في المدارس الحكومية.");
        assertEquals(ticker, READER.unwrapHardWrappedProse(ticker));
        // a headline printed twice above its paragraph: the paragraph is longer than the "width"
        List<String> twice = List.of("رحيل فنانين كبار عن الساحة الفنية هذا الأسبوع",
                "رحيل فنانين كبار عن الساحة الفنية هذا الأسبوع", WRAPPED_PARAGRAPH);
        assertEquals(twice, READER.unwrapHardWrappedProse(twice));
    }

    @Test
    void shortHeadlinesInARowAreNotWrappedProse() {
        List<String> headlines = List.of("الرئيس يستقبل وفدا رسميا", "افتتاح معرض الكتاب الدولي",
                "ارتفاع أسعار النفط عالميا", "المنتخب يفوز بالبطولة العربية", "أمطار غزيرة تضرب العاصمة",
                "وزير الصحة يزور المستشفى", "انطلاق امتحانات الثانوية العامة", "تكريم الفائزين بجائزة الإبداع");
        assertEquals(headlines, PageReader.fromClasspath().unwrapHardWrappedProse(headlines));
    }

    @Test
    void aRunOfWrappedProseStopsAtMarkersBulletsAndDatesAndSkipsHeadlinesEndingOnWordsHeadlinesEndOn() {
        PageReader reader = PageReader.fromClasspath();
        List<String> wrapped = List.of("عقدت النقابات المهنية", "والاتحادات الطلابية في", "المدينة اجتماعها السنوي على",
                "قاعة المركز الثقافي في", "وسط البلد لدعم مشروع", "الأستاذ كمال الحيدري تحت",
                "شعار العمل المشترك وذلك", "من خلال برامج التدريب", "المستمر للشباب.");
        assertEquals(1, reader.unwrapHardWrappedProse(wrapped).size());
        // a read-also marker, a bulleted item and a date-prefixed line in the middle: no run of eight is left
        for (String breaker : List.of("اقرأ أيضا", "• افتتاح معرض الكتاب الدولي", "2024-01-02 الرئيس يستقبل وفدا")) {
            List<String> broken = new java.util.ArrayList<>(wrapped);
            broken.add(4, breaker);
            assertEquals(broken, reader.unwrapHardWrappedProse(broken), breaker);
        }
        // headlines ending on words a headline may end on (الآن، أيضا، اليوم) are no wrapped prose
        List<String> headlines = List.of("سعر الدولار الآن", "الحكومة تعلن خطتها اليوم", "المنتخب يفوز أيضا",
                "أسعار الذهب اليوم", "الطقس غدا", "نتائج الامتحانات الآن", "افتتاح المعرض اليوم", "موعد المباراة الآن");
        assertEquals(headlines, reader.unwrapHardWrappedProse(headlines));
        assertEquals(List.of(), reader.unwrapHardWrappedProse(List.of()));
    }

    @Test
    void readAlsoMarkerGluedToItsHeadlineMakesATeaser() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                اقرأ أيضاًالجيش يعلن انتهاء المناورات العسكرية في الشمال
                """.formatted(BODY_1));
        assertEquals(2, page.stories().size());
        ParsedStory teaser = page.stories().get(1);
        assertEquals(StoryKind.TEASER, teaser.kind());
        assertEquals("الجيش يعلن انتهاء المناورات العسكرية في الشمال", teaser.title());
        assertTrue(teaser.paragraphs().isEmpty());
    }

    @Test
    void readAlsoHeadlineWithBodyIsAnEmbeddedStory() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                إقرأ أيضاً:
                الجيش يعلن انتهاء المناورات العسكرية في الشمال
                أعلن الجيش اليوم انتهاء المناورات التي استمرت أسبوعا في المنطقة الشمالية.
                """.formatted(BODY_1));
        assertEquals(2, page.stories().size());
        assertEquals(StoryKind.EMBEDDED, page.stories().get(1).kind());
        assertEquals(1, page.stories().get(1).paragraphs().size());
    }

    @Test
    void headlineFollowedByBodyWithoutMarkerStartsAnEmbeddedStory() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                الجيش يعلن انتهاء المناورات العسكرية في الشمال
                أعلن الجيش اليوم انتهاء المناورات العسكرية التي استمرت أسبوعا كاملا في المنطقة الشمالية من البلاد.
                """.formatted(BODY_1));
        assertEquals(List.of(StoryKind.MAIN, StoryKind.EMBEDDED), page.stories().stream().map(ParsedStory::kind).toList());
    }

    @Test
    void aLineOfCommaJoinedClausesAboveTheLeadIsNoOtherStorysHeadline() throws Exception {
        ParsedPage page = read("""
                في أجواء امتزج فيها الفرح بالوفاء، والحنين بالاعتزاز، وبرعاية معالي
                وزير الثقافة أحمد سالم احتفلت المكتبة الوطنية بمرور خمسين عاما على تأسيسها، في لقاء جمع روادها الأوائل وقراءها الحاليين.
                وقال مدير المكتبة خالد يوسف إن الاحتفال يكرم كل من أسهم في بنائها.
                """);
        assertEquals(List.of(StoryKind.MAIN), page.stories().stream().map(ParsedStory::kind).toList(),
                page.stories().toString());
    }

    @Test
    void teaserInsideTheArticleDoesNotSwallowTheRestOfTheArticle() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                اقرأ أيضاً
                الجيش يعلن انتهاء المناورات العسكرية في الشمال
                وتابعت المحادثات في القاهرة بحضور الوسطاء من أجل التهدئة.
                """.formatted(BODY_1));
        assertEquals(List.of(StoryKind.MAIN, StoryKind.TEASER), page.stories().stream().map(ParsedStory::kind).toList());
        assertEquals(2, page.stories().get(0).paragraphs().size());
    }

    @Test
    void bulletedSimilarArticlesAreTeasersAndRepeatedHeadlinesAreOneStory() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                مقالات مشابهة
                • الجيش يعلن انتهاء المناورات العسكرية في الشمال
                • ارتفاع أسعار الذهب في الأسواق المحلية اليوم
                • محادثات جديدة في القاهرة حول التهدئة
                """.formatted(BODY_1));
        assertEquals(List.of(StoryKind.MAIN, StoryKind.TEASER, StoryKind.TEASER),
                page.stories().stream().map(ParsedStory::kind).toList());
        assertTrue(page.warnings().stream().anyMatch(w -> w.contains("repeated headline")));
    }

    @Test
    void pageNoiseIsRemovedAndReported() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                تابع قناتنا على يوتيوب تابع صفحتنا على فيسبوك
                طباعة المشاهدات: 1502
                الاسم : * | |
                جميع حقوق النشر محفوظة لدى الموقع © 2024
                """.formatted(BODY_1));
        assertEquals(List.of(BODY_1), page.stories().get(0).paragraphs());
        assertTrue(page.warnings().stream().anyMatch(w -> w.contains("page noise")));
    }

    @Test
    void pageWithoutHeadlineGetsATitleFromItsFirstSentence() throws Exception {
        ParsedPage page = read(BODY_1 + "\n" + BODY_2 + "\n");
        ParsedStory main = page.stories().get(0);
        assertTrue(main.titleDerived());
        assertEquals("قال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل في القاهرة", main.title());
        assertEquals(String.join("\n", main.paragraphs()), main.text(), "a derived title is not repeated in the text");
        assertTrue(page.warnings().stream().anyMatch(w -> w.contains("no headline")));
    }

    @Test
    void crlfAndByteOrderMarksReadLikePlainUtf8() throws Exception {
        String page = "محادثات جديدة في القاهرة حول التهدئة\r\n" + BODY_1 + "\r\n";
        ParsedPage plain = read(page.replace("\r\n", "\n"));
        byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(plain.stories(), READER.read("bom.txt", withBom).stories());
        assertEquals(plain.stories(), READER.read("utf16.txt", page.getBytes(StandardCharsets.UTF_16)).stories());
    }

    @Test
    void shortSectionHeadingsStayInTheirStory() throws Exception {
        ParsedPage page = read("""
                استقر سعر الريال السعودي أمام الجنيه المصري اليوم الأربعاء عند مستوياته في البنوك المصرية.
                سعر الريال السعودي في بنك مصر
                سجل في بنك مصر نحو 4.38 جنيه للشراء، و4.42 جنيه للبيع.
                في بنك الإسكندرية
                سجل سعر الريال السعودي في بنك الإسكندرية نحو 4.36 جنيه للشراء، و4.42 جنيه للبيع، وفق آخر تحديث.
                """);
        assertEquals(1, page.stories().size());
        assertEquals(5, page.stories().get(0).paragraphs().size());
    }

    @Test
    void aSubheadingThatRestatesTheStoryDoesNotStartAnother() throws Exception {
        ParsedPage page = read("""
                تثبيت أسعار الفائدة: البنك المركزي يبرر قرار التثبيت وسط تحديات الاقتصاد
                البنك المركزي يوضح أسباب تثبيت أسعار الفائدة، حيث أعلنت لجنة السياسة النقدية اليوم الإبقاء على أسعار الفائدة الأساسية دون تعديل.
                البنك المركزي يوضح أسباب تثبيت أسعار الفائدة مع تعافي النمو الاقتصادي
                يرصد البنك المركزي في قراره أسباب تثبيت أسعار الفائدة عبر تقييمه المستمر للنمو الاقتصادي على الصعيدين المحلي والعالمي.
                """);
        assertEquals(1, page.stories().size());
    }

    @Test
    void aListAnnouncedByTheStoryIsPartOfIt() throws Exception {
        ParsedPage page = read("""
                %s
                ورافق الرئيس وفد هام ضم كلا من السادة:
                - المختار ولد أجاي، الوزير المكلف بديوان رئيس الجمهورية
                - سيد أحمد ولد ابوه، مستشار برئاسة الجمهورية
                """.formatted(BODY_1));
        assertEquals(1, page.stories().size());
        assertEquals(4, page.stories().get(0).paragraphs().size());
    }

    @Test
    void shortUnmarkedLinesAfterAColonAreTheListItAnnounces() throws Exception {
        ParsedPage page = read("""
                %s
                وتألفت لجنة المناقشة من:
                أ.د. سالم حميد الزبيدي رئيساً
                أ.م.د. نادية كريم عباس عضواً
                أ.د. حسين علي الشمري عضواً ومشرفاً
                """.formatted(BODY_1));
        assertEquals(1, page.stories().size());
        List<String> paragraphs = page.stories().get(0).paragraphs();
        assertEquals(List.of("أ.د. سالم حميد الزبيدي رئيساً", "أ.م.د. نادية كريم عباس عضواً",
                "أ.د. حسين علي الشمري عضواً ومشرفاً"), paragraphs.subList(paragraphs.size() - 3, paragraphs.size()));
    }

    @Test
    void aShortHeadlineWithItsLeadAfterAColonListStartsAnotherStory() throws Exception {
        ParsedPage page = read("""
                %s
                وتألفت لجنة المناقشة من:
                أ.د. سالم حميد الزبيدي رئيساً
                أ.م.د. نادية كريم عباس عضواً
                الجيش يعلن انتهاء المناورات العسكرية في الشمال
                أعلن الجيش اليوم انتهاء المناورات العسكرية التي جرت في المنطقة الشمالية على مدى أسبوع كامل.
                """.formatted(BODY_1));
        assertEquals(2, page.stories().size(), page.stories().toString());
        assertEquals("الجيش يعلن انتهاء المناورات العسكرية في الشمال", page.stories().get(1).title());
    }

    @Test
    void aCaptionEndingWithAPhotoCreditIsNoHeadlineButTheStorysOwnLine() throws Exception {
        ParsedPage page = read("""
                وليد الركراكي يعلن تشكيل المغرب في مواجهة البرتغال

                2022-12-10 17:15
                من غرفة ملابس المنتخب المغربي قبل مواجهة البرتغال في مونديال قطر (Getty)
                يلتقي المنتخبان المغربي والبرتغالي اليوم السبت على ملعب الثمامة ضمن الدور ربع النهائي من كأس العالم في قطر.
                """);
        ParsedStory main = page.stories().get(0);
        assertEquals("وليد الركراكي يعلن تشكيل المغرب في مواجهة البرتغال", main.title());
        assertTrue(main.paragraphs().get(0).endsWith("(Getty)"), main.paragraphs().toString());
    }

    @Test
    void shortLinesASentenceRunsIntoAreItsList() throws Exception {
        ParsedPage page = read("""
                %s
                وقد تشهد تشكيلة المنتخب الوطني تغييرا كبيرا عن مباراة الجزائر حيث يتوقع أن يلعب المنتخب بتشكيلة تضم
                معاذ اللافي
                محمود عكاشة
                """.formatted(BODY_1));
        assertEquals(1, page.stories().size());
        List<String> paragraphs = page.stories().get(0).paragraphs();
        assertEquals(List.of("معاذ اللافي", "محمود عكاشة"), paragraphs.subList(paragraphs.size() - 2, paragraphs.size()));
        assertTrue(page.warnings().stream().noneMatch(w -> w.contains("معاذ")), page.warnings().toString());
    }

    @Test
    void aShortLineBetweenParagraphsIsTheStorysOwnAndOneAfterTheLastIsDropped() throws Exception {
        ParsedPage page = read("""
                %s
                رحل في هذا العام العديد من النجوم السوريين البارزين الذين قدموا الكثير للدراما.
                غسان مكانسي
                الذي توفي مساء الجمعة عن عمر ناهز أربعة وسبعين عاما، وهو ممثل ومخرج إذاعي ومسرحي.
                شارك الخبر
                """.formatted(BODY_1));
        List<String> paragraphs = page.stories().get(0).paragraphs();
        assertTrue(paragraphs.contains("غسان مكانسي"), paragraphs.toString());
        assertFalse(paragraphs.contains("شارك الخبر"), paragraphs.toString());
    }

    @Test
    void aPageCutAfterAnotherStorysHeadlineEndsWithThatStory() throws Exception {
        ParsedPage page = read("""
                %s
                %s
                ميسي لن يعود كلاعب إلى برشلونة كشفت تقارير
                """.formatted(BODY_1, BODY_2));
        assertEquals(List.of(StoryKind.MAIN, StoryKind.EMBEDDED), page.stories().stream().map(ParsedStory::kind).toList());
        ParsedPage continued = read("""
                %s
                %s
                وأكد المتحدث أن المحادثات في القاهرة ستتناول
                """.formatted(BODY_1, BODY_2));
        assertEquals(1, continued.stories().size());
    }

    @Test
    void summaryPointsUnderTheHeadlineAreTheStorysNotTeasers() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                - المحادثات ستستمر الأسبوع المقبل في القاهرة
                - الجانبان اتفقا على مواصلة العمل من أجل التهدئة
                %s
                %s
                """.formatted(BODY_1, BODY_2));
        assertEquals(1, page.stories().size());
        assertEquals("محادثات جديدة في القاهرة حول التهدئة", page.stories().get(0).title());
    }

    @Test
    void aPageThatNeverPunctuatesIsStillRead() throws Exception {
        String line = String.join(" ", java.util.Collections.nCopies(8,
                "قال المتحدث باسم الوزارة إن المحادثات ستستمر"));
        ParsedPage page = read(line + "\n" + line + " في القاهرة\n");
        assertEquals(1, page.stories().size());
        assertEquals(2, page.stories().get(0).paragraphs().size());
    }

    @Test
    void aLinkPastedIntoAWordIsRemovedAndTheWordRejoined() throws Exception {
        ParsedPage page = read("""
                %s
                اقرأ أيضاً:
                اليوم.. رئيس الوزراء يترأس الاhttps://www.example.com/news/2025/8/13/2835652جتماع الأسبوعي
                """.formatted(BODY_1));
        assertEquals("اليوم.. رئيس الوزراء يترأس الاجتماع الأسبوعي", page.stories().get(1).title());
    }

    @Test
    void aTickerGluedWithRunsOfSpacesIsNotTheStory() throws Exception {
        ParsedPage page = read("هبوط طائرة في مطار بيروت وسط القصف    التموين تكشف موعد عودة البطاقات المتوقفة.. عاجل"
                + "    سعر الذهب في مصر اليوم الاثنين في بداية التعاملات الصباحية\n"
                + "محادثات جديدة في القاهرة حول التهدئة\n" + BODY_1 + "\n" + BODY_2 + "\n");
        ParsedStory main = page.stories().get(0);
        assertEquals("محادثات جديدة في القاهرة حول التهدئة", main.title());
        assertEquals(List.of(BODY_1, BODY_2), main.paragraphs());
    }

    /**
     * A long line without punctuation is a ticker of headlines run together, unless it is the page's last line (cut
     * before its full stop) or the next paragraph goes on from it.
     */
    @Test
    void unpunctuatedProseIsReadWhileARunOfHeadlinesIsNot() throws Exception {
        String prose = "التقى وزير الزراعة الدكتور صالح الحسني وفدا من محافظة كربلاء المقدسة بحضور مستشار الوزارة "
                + "الدكتور مهدي القيسي وضم الوفد النائب حامد الموسوي وعضو مجلس المحافظة محفوظ التميمي ومدير الزراعة "
                + "وعدد من القائمين على القطاع الزراعي في المحافظة";
        String headlines = "الذهب يرتفع مع تراجع الدولار الأمريكي الأهلي يفوز على الزمالك بثلاثية نظيفة وزير الصحة "
                + "يتفقد مستشفيات الصعيد أمطار غزيرة تغرق شوارع العاصمة الأردنية ارتفاع أسعار النفط بعد قرار أوبك "
                + "الجديد افتتاح معرض الكتاب الدولي بمشاركة واسعة";
        ParsedPage page = read(headlines + "\nمحادثات جديدة في القاهرة حول التهدئة\n" + BODY_1 + "\n" + prose + "\n");
        List<String> paragraphs = page.stories().get(0).paragraphs();
        assertTrue(paragraphs.contains(prose), paragraphs.toString());
        assertFalse(paragraphs.contains(headlines), paragraphs.toString());
        // not the last line, but the paragraph after it goes on from it (و): prose too
        String goesOn = "واكد الحسني خلال اللقاء ان الوزارة مستمرة بدعم المنتج المحلي وتوفير كل التسهيلات اللازمة.";
        List<String> lead = read("محادثات جديدة في القاهرة حول التهدئة\n" + prose + "\n" + goesOn + "\n" + BODY_1 + "\n")
                .stories().get(0).paragraphs();
        assertEquals(prose, lead.get(0), lead.toString());
        // a site that writes the conjunction apart (و اكد): it goes on from the line before just the same
        String goesOnApart = "و اكد الحسني خلال اللقاء ان الوزارة مستمرة بدعم المنتج المحلي وتوفير كل التسهيلات.";
        List<String> apart = read("محادثات جديدة في القاهرة حول التهدئة\n" + prose + "\n" + goesOnApart + "\n"
                + BODY_1 + "\n").stories().get(0).paragraphs();
        assertEquals(prose, apart.get(0), apart.toString());
    }

    /**
     * An unpunctuated lead before a punctuated paragraph is prose though the paragraph opens a sentence of its own
     * (نائب الوزير أكد …), and so is one before a short unpunctuated line that goes on from it (ويرى …); a fully
     * vocalised verse above an obituary's first paragraph stays out of the story.
     */
    @Test
    void unpunctuatedLeadBeforeAParagraphIsReadButAVerseAboveItIsNot() throws Exception {
        String lead = "التقى نائب وزير الصحة العامة الدكتور عبد الله محمد دحان بالعاصمة المؤقتة عدن مدير مكتب منظمة "
                + "الصحة العالمية بحضور مدير عام الرعاية الصحية الأولية وعدد من المسؤولين في الوزارة والمنظمة "
                + "لمناقشة خطة العام المقبل";
        String next = "نائب الوزير أكد في اللقاء على أهمية تطوير العلاقة بين الوزارة والمنظمة وتجاوز الصعوبات.";
        List<String> paragraphs = read("محادثات جديدة في عدن حول الصحة\n" + lead + "\n" + next + "\n" + BODY_1 + "\n")
                .stories().get(0).paragraphs();
        assertEquals(List.of(lead, next, BODY_1), paragraphs);
        String goesOn = "ويرى الحاضرون في اللقاء فرصة لتعزيز العمل المشترك بين الجانبين";
        List<String> headed = read("محادثات جديدة في عدن حول الصحة\n" + lead + "\n" + goesOn + "\n" + BODY_1
                + "\n").stories().get(0).paragraphs();
        assertEquals(lead, headed.get(0), headed.toString());
        String verse = "وَلَنَبْلُوَنَّكُمْ بِشَيْءٍ مِنَ الْخَوْفِ وَالْجُوعِ وَنَقْصٍ مِنَ الْأَمْوَالِ وَالْأَنْفُسِ "
                + "وَالثَّمَرَاتِ وَبَشِّرِ الصَّابِرِينَ الَّذِينَ إِذَا أَصَابَتْهُمْ مُصِيبَةٌ قَالُوا إِنَّا لِلَّهِ "
                + "وَإِنَّا إِلَيْهِ رَاجِعُونَ أُولَئِكَ عَلَيْهِمْ صَلَوَاتٌ مِنْ رَبِّهِمْ وَرَحْمَةٌ وَأُولَئِكَ هُمُ "
                + "الْمُهْتَدُونَ";
        String obituary = "انتقل إلى رحمة الله تعالى الشيخ أحمد الأمين عن عمر ناهز التسعين عاما بعد حياة حافلة.";
        List<String> mourned = read("نعي\n" + verse + "\n" + obituary + "\n" + BODY_1 + "\n").stories().get(0)
                .paragraphs();
        assertFalse(mourned.contains(verse), mourned.toString());
        assertTrue(mourned.contains(obituary), mourned.toString());
        // a verse printed with shadda and tanween only, and one above a paragraph that opens with و
        String marked = "ولنبلونكم بشيءٍ من الخوف والجوع ونقصٍ من الأموال والأنفس والثمرات وبشّر الصابرين الذين إذا "
                + "أصابتهم مصيبةٌ قالوا إنّا لله وإنّا إليه راجعون أولئك عليهم صلواتٌ من ربهم ورحمةٌ وأولئك هم "
                + "المهتدون صدق الله العظيم";
        List<String> markedOnly = read("نعي\n" + marked + "\n" + obituary + "\n" + BODY_1 + "\n").stories()
                .get(0).paragraphs();
        assertFalse(markedOnly.contains(marked), markedOnly.toString());
        String goesOnFromVerse = "وقد انتقل إلى رحمة الله تعالى الشيخ أحمد الأمين عن عمر ناهز التسعين عاما.";
        List<String> conjoined = read("نعي\n" + verse + "\n" + goesOnFromVerse + "\n" + BODY_1 + "\n").stories()
                .get(0).paragraphs();
        assertFalse(conjoined.contains(verse), conjoined.toString());
    }

    /**
     * Above a punctuated lead, only the unpunctuated line right before it is read with it: a ticker above that line,
     * and a menu with its separators, stay out of the story.
     */
    @Test
    void aTickerOrMenuAboveTheLeadStaysOut() throws Exception {
        String headlines = "الذهب يرتفع مع تراجع الدولار الأمريكي الأهلي يفوز على الزمالك بثلاثية نظيفة وزير الصحة "
                + "يتفقد مستشفيات الصعيد أمطار غزيرة تغرق شوارع العاصمة الأردنية ارتفاع أسعار النفط بعد قرار أوبك "
                + "الجديد افتتاح معرض الكتاب الدولي بمشاركة واسعة";
        String lead = "التقى نائب وزير الصحة العامة الدكتور عبد الله محمد دحان بالعاصمة المؤقتة عدن مدير مكتب منظمة "
                + "الصحة العالمية بحضور مدير عام الرعاية الصحية الأولية وعدد من المسؤولين في الوزارة والمنظمة "
                + "لمناقشة خطة العام المقبل";
        String next = "نائب الوزير أكد في اللقاء على أهمية تطوير العلاقة بين الوزارة والمنظمة وتجاوز الصعوبات.";
        List<String> paragraphs = read("محادثات جديدة في عدن حول الصحة\n" + headlines + "\n" + lead + "\n" + next
                + "\n").stories().get(0).paragraphs();
        assertEquals(List.of(lead, next), paragraphs);
        String menu = "الرئيسية | أخبار محلية | أخبار عربية | أخبار دولية | اقتصاد وأعمال | رياضة محلية وعالمية | "
                + "ثقافة وفنون | صحة وطب | تكنولوجيا وعلوم | منوعات وطرائف | كتاب وآراء | تحقيقات خاصة | اتصل بنا";
        List<String> underMenu = read("محادثات جديدة في عدن حول الصحة\n" + menu + "\n" + next + "\n" + BODY_1
                + "\n").stories().get(0).paragraphs();
        assertEquals(List.of(next, BODY_1), underMenu);
    }

    /** Two unpunctuated paragraphs before the page's cut: the last is prose, and the one it goes on from too. */
    @Test
    void unpunctuatedProseRunsOverSeveralParagraphsUpToThePageCut() throws Exception {
        String first = "وقد افتتح الحفل الدكتور سامر الخطيب وكان للشيخ وليد النمر كلمة قبل العرض ثم تحدث الدكتور "
                + "سامر الخطيب والأستاذ عادل الجمال وحضر الحفل إلى جانب الأهالي فضيلة الشيخ ماهر الزين ممثلا "
                + "جمعية البر والإحسان والأستاذ نبيل الشامي ممثلا نقابة المعلمين";
        String second = "والمهندس كمال الرفاعي رئيس البلدية والدكتورة هالة البستاني عضو المجلس البلدي والأستاذ "
                + "رامي العلي ممثلا غرفة التجارة والصناعة والزراعة وحشد من الأهالي والفعاليات الثقافية والاجتماعية "
                + "في المدينة وجوارها وعدد من رؤساء الجمعيات والأندية الرياضية";
        List<String> paragraphs = read("محادثات جديدة في القاهرة حول التهدئة\n" + BODY_1 + "\n" + first + "\n"
                + second).stories().get(0).paragraphs();
        assertEquals(List.of(BODY_1, first, second), paragraphs);
    }

    /**
     * A sidebar of headlines, each under a dash on a line of its own and glued to its section label: teasers, the
     * label shared by five or more of them cut off (one carried by one headline stays). A dash above a single
     * subheading is no list, nor are two dash-and-headline pairs.
     */
    @Test
    void headlinesUnderLoneDashesAreTeasersWithoutTheirGluedSectionLabel() throws Exception {
        ParsedPage page = read("""
                -
                أخبار المحافظاتافتتاح جسر جديد على النهر في المدينة القديمة
                -
                أخبار المحافظاتوزير الصحة يتفقد مستشفيات الريف الشمالي
                -
                رياضةالفريق الأول يفوز ببطولة الكأس للمرة الثالثة
                -
                أخبار المحافظاتتدشين مشروع مياه الشرب في القرى الجنوبية
                -
                أخبار المحافظاتمحافظ المدينة يستقبل وفدا من رجال الأعمال
                -
                أخبار المحافظاتسقوط أمطار غزيرة على المرتفعات الغربية
                محادثات جديدة في القاهرة حول التهدئة
                %s
                -
                ما الذي تغير في المفاوضات
                %s
                """.formatted(BODY_1, BODY_2));
        List<ParsedStory> stories = page.stories();
        assertEquals(List.of("افتتاح جسر جديد على النهر في المدينة القديمة", "وزير الصحة يتفقد مستشفيات الريف الشمالي",
                        "رياضةالفريق الأول يفوز ببطولة الكأس للمرة الثالثة", "تدشين مشروع مياه الشرب في القرى الجنوبية",
                        "محافظ المدينة يستقبل وفدا من رجال الأعمال", "سقوط أمطار غزيرة على المرتفعات الغربية"),
                stories.stream().filter(s -> s.kind() == StoryKind.TEASER).map(ParsedStory::title).toList());
        ParsedStory main = stories.stream().filter(s -> s.kind() == StoryKind.MAIN).findFirst().orElseThrow();
        assertEquals("محادثات جديدة في القاهرة حول التهدئة", main.title());
        assertEquals(1, stories.stream().filter(s -> s.kind() != StoryKind.TEASER).count(), stories.toString());
        List<ParsedStory> twoPairs = read("""
                -
                افتتاح جسر جديد على النهر في المدينة القديمة
                -
                وزير الصحة يتفقد مستشفيات الريف الشمالي
                محادثات جديدة في القاهرة حول التهدئة
                %s
                """.formatted(BODY_1)).stories();
        assertTrue(twoPairs.stream().noneMatch(s -> s.kind() == StoryKind.TEASER), twoPairs.toString());
    }

    @Test
    void aSectionLabelIsCutOnlyWhereFiveHeadlinesShareItGlued() {
        List<String> glued = List.of("أخبار المحافظاتافتتاح جسر", "أخبار المحافظاتوزير الصحة",
                "أخبار المحافظاتتدشين مشروع", "أخبار المحافظاتسقوط أمطار", "أخبار المحافظاتمحافظ المدينة");
        assertEquals("أخبار المحافظات", PageReader.gluedSectionLabel(glued));
        // four are too few; a space after the shared words is no glue; an article all the headlines open with is
        // theirs
        assertEquals("", PageReader.gluedSectionLabel(glued.subList(0, 4)));
        assertEquals("", PageReader.gluedSectionLabel(List.of("وزير الصحة يتفقد", "وزير الصحة يزور",
                "وزير الصحة يفتتح", "وزير الصحة يستقبل", "وزير الصحة يكرم")));
        assertEquals("أخبار المحافظات", PageReader.gluedSectionLabel(List.of("أخبار المحافظاتالحكومة تقرر",
                "أخبار المحافظاتالمجلس يصوت", "أخبار المحافظاتالجيش ينتشر", "أخبار المحافظاتالوزير يزور",
                "أخبار المحافظاتالمحافظ يستقبل")));
    }

    /**
     * The page's last line, cut before its end and sharing no word with the story, is another story's headline
     * unless a connective of news prose opens it (من جانب آخر، في سياق متصل): then it is the story's next paragraph.
     */
    @Test
    void aCutLastLineOpenedByAConnectiveIsTheStorysProse() throws Exception {
        String headline = "محادثات جديدة في القاهرة حول التهدئة";
        List<ParsedStory> connective = read(headline + "\n" + BODY_1 + "\n" + BODY_2 + "\n"
                + "من جانب آخر قامت فرق الصيانة بإصلاح شبكة الكهرباء في الأحياء الشر").stories();
        assertEquals(1, connective.size(), connective.toString());
        assertTrue(connective.get(0).paragraphs().get(2).startsWith("من جانب آخر"), connective.toString());
        List<ParsedStory> another = read(headline + "\n" + BODY_1 + "\n" + BODY_2 + "\n"
                + "افتتاح معرض الكتاب الدولي بمشاركة دور نشر عربية وأجنبية").stories();
        assertEquals(2, another.size(), another.toString());
    }

    /**
     * A long line without its full stop, opened by a conjunction sure to be one (وعند، وبهذا): the story's prose, not
     * the headline of the paragraph after it. وزير، والي and والدة open no conjunction.
     */
    @Test
    void aLongLineOpenedByASureConjunctionIsProseNotAHeadline() throws Exception {
        String headline = "محادثات جديدة في القاهرة حول التهدئة";
        String goesOn = "وعند وصول الوفد بدأت جلسة المباحثات بين الجانبين برئاسة وزيري الخارجية في البلدين";
        List<ParsedStory> prose = read(headline + "\n" + BODY_1 + "\n" + goesOn + "\n" + BODY_2 + "\n").stories();
        assertEquals(1, prose.size(), prose.toString());
        assertEquals(List.of(BODY_1, goesOn, BODY_2), prose.get(0).paragraphs());
        LineClassifier classifier = LineClassifier.fromClasspath();
        assertTrue(classifier.opensWithSureConjunction("وبهذا الفوز ارتفع رصيد الفريق"));
        assertTrue(classifier.opensWithSureConjunction("من جهة أخرى قامت الفرق بإصلاح الشبكة"));
        assertFalse(classifier.opensWithSureConjunction("وزير الخارجية يبحث مع نظيره سبل التعاون"));
        assertFalse(classifier.opensWithSureConjunction("والي الخرطوم يعين مديرا جديدا للشرطة"));
        assertFalse(classifier.opensWithSureConjunction("والدة الشهيد تروي تفاصيل الأيام الأخيرة"));
        assertTrue(classifier.opensWithSureConjunction("وبدوره أكد الوزير أن العمل مستمر"));
    }

    @Test
    void brokenFilesAreRefusedWithASpecificReason() {
        assertReason("empty file", new byte[0]);
        assertReason("only whitespace", " \n\t \n".getBytes(StandardCharsets.UTF_8));
        assertReason("binary data", new byte[] {'a', 0, 'b'});
        assertReason("invalid UTF-8", new byte[] {(byte) 0xD8, (byte) 0x28, 'x'});
        assertReason("not an Arabic page", "Talks resume in Cairo next week, officials said.".getBytes(StandardCharsets.UTF_8));
        assertReason("only page boilerplate", "جميع حقوق النشر محفوظة © 2024\nسياسة الخصوصية\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertReason(String expected, byte[] content) {
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> READER.read("bad.txt", content));
        assertTrue(e.getMessage().contains(expected), () -> "reason '" + e.getMessage() + "' should say " + expected);
    }

    static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(Path.of("seeds", name));
    }

    @Test
    void theHeadlineIsTheLineThatSharesMostWithTheLeadNotTheFirstSectionLabel() throws Exception {
        ParsedPage page = read("""
                أخبار الرياضة العربية أخبار الكرة المصرية
                الأهلي يفوز على الزمالك بهدفين في قمة الدوري المصري
                فاز فريق الأهلي على الزمالك بهدفين دون رد في قمة الدوري المصري التي أقيمت مساء أمس في القاهرة.
                """);
        assertEquals("الأهلي يفوز على الزمالك بهدفين في قمة الدوري المصري", page.stories().get(0).title());
        assertEquals(1, page.stories().size());
    }

    @Test
    void aShortHeadlineOverTheLeadNeedsOneSharedWordAndNoDatelineIsTaken() throws Exception {
        ParsedPage page = read("""
                وداعا صوت الجبل
                رحل صوت الجبل عن عالمنا بعد مسيرة فنية طويلة امتدت أكثر من خمسين عاما في الغناء والتمثيل.
                """);
        assertEquals("وداعا صوت الجبل", page.stories().get(0).title());
        ParsedPage dateline = read("""
                الدوحة : واس
                وصل وزير الخارجية إلى الدوحة اليوم في زيارة رسمية تستمر يومين يلتقي خلالها كبار المسؤولين.
                """);
        assertTrue(dateline.stories().get(0).titleDerived());
    }

    @Test
    void aLongLineOverTheLeadThatSharesNothingWithItIsAnotherStorysTeaser() throws Exception {
        ParsedPage page = read("""
                صحيفة أجنبية تشيد بالمؤهلات السياحية التي تجعل البلاد الوجهة الأولى للمسافرين في القارة
                %s
                %s
                """.formatted(BODY_1, BODY_2));
        assertEquals(List.of(StoryKind.MAIN, StoryKind.TEASER), page.stories().stream().map(ParsedStory::kind).toList());
        assertTrue(page.stories().get(0).titleDerived());
    }

    @Test
    void latinLettersGluedToAReadAlsoMarkerAreDropped() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                إقرا أيضاI الجيش يعلن انتهاء المناورات العسكرية في الشمال
                """.formatted(BODY_1));
        assertEquals("الجيش يعلن انتهاء المناورات العسكرية في الشمال", page.stories().get(1).title());
        ParsedPage named = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                اقرأ أيضاBBC تكشف تفاصيل المناورات العسكرية في الشمال
                """.formatted(BODY_1));
        assertEquals("BBC تكشف تفاصيل المناورات العسكرية في الشمال", named.stories().get(1).title());
    }

    @Test
    void closingPromptsAreNoStories() throws Exception {
        ParsedPage page = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                اشترك في القائمة البريدية ليصلك آخر الأخبار وكل ما هو جديد
                """.formatted(BODY_1));
        assertEquals(1, page.stories().size());
        ParsedPage question = read("""
                محادثات جديدة في القاهرة حول التهدئة
                %s
                هل تابعت المحادثات؟ أرسل رأيك إلى أصدقائك اليوم!
                """.formatted(BODY_1));
        assertEquals(1, question.stories().size());
    }

    @Test
    void clausesJoinedByTheArabicCommaAreProseNotAnotherStorysHeadline() throws Exception {
        ParsedPage page = read("""
                البنك المركزي يثبت أسعار الفائدة
                قرر البنك المركزي في اجتماعه اليوم تثبيت أسعار الفائدة على الإيداع والإقراض عند مستواها الحالي.
                وأرجع محللون القرار إلى ارتفاع التضخم،والحاجة إلى الحفاظ على العوائد،وسط توقعات باستمرار التثبيت
                وكان الجهاز المركزي للإحصاء قد أعلن في وقت سابق من الشهر الجاري ارتفاع معدل التضخم السنوي في المدن.
                """);
        assertEquals(1, page.stories().size());
        assertEquals(3, page.stories().get(0).paragraphs().size());
    }

    @Test
    void aListingPageGivesTheFirstItemAsMainAndAnItemCutInItsLeadAsEmbedded() throws Exception {
        ParsedPage page = read("""
                • رصد إشارات راديوية قادمة من مجرات بعيدة
                سارة علي · 21 يوليو 2013
                رصد فريق من علماء الفلك إشارات راديوية قصيرة قادمة من مجرات بعيدة خارج مجرتنا.
                • تقنية جديدة لعرض الصور المجسمة الملونة
                سارة علي · 21 يوليو 2013
                طور الباحثون في معهد التقنية طريقة جديدة لعرض الصور المجسمة في أجهزة
                """);
        assertEquals(List.of(StoryKind.MAIN, StoryKind.EMBEDDED), page.stories().stream().map(ParsedStory::kind).toList());
        assertEquals("رصد إشارات راديوية قادمة من مجرات بعيدة", page.stories().get(0).title());
        assertEquals("تقنية جديدة لعرض الصور المجسمة الملونة", page.stories().get(1).title());
    }

    @Test
    void thePagesTitleWithTheSitesNameGivesWayToTheHeadlinePrintedUnderIt() throws Exception {
        ParsedPage page = read("""
                وزير الصحة يفتتح مستشفى جديدا في مدينة الزرقاء – موقع الأخبار اليومية – الأردن
                وزير الصحة يفتتح مستشفى جديدا في مدينة الزرقاء
                افتتح وزير الصحة اليوم مستشفى جديدا في مدينة الزرقاء بسعة مئتي سرير لخدمة سكان المحافظة.
                %s
                """.formatted(BODY_2));
        assertEquals("وزير الصحة يفتتح مستشفى جديدا في مدينة الزرقاء", page.stories().get(0).title());
    }

    @Test
    void aSentencePrintedTwiceOverTheLeadIsItsHeadlineThoughItEndsWithAFullStop() throws Exception {
        ParsedPage page = read("""
                بعد فوزه بالدوري للمرة الخامسة، إليكم أبرز أرقام النادي هذا الموسم.

                بعد فوزه بالدوري للمرة الخامسة، إليكم أبرز أرقام النادي هذا الموسم.

                فاز النادي أمس الأحد بلقب الدوري للمرة الخامسة في تاريخه بعد منافسة طويلة مع أقرب ملاحقيه.
                """);
        assertEquals(1, page.stories().size());
        assertEquals("بعد فوزه بالدوري للمرة الخامسة، إليكم أبرز أرقام النادي هذا الموسم.", page.stories().get(0).title());
    }

    @Test
    void anInterviewsQuestionAfterASentenceIsProseNotTheHeadline() throws Exception {
        ParsedPage page = read("""
                حوار مع سلمى الحسيني الفائزة بالجائزة

                12/05/2019

                شاركت قبل الإعلان في لقاءات كثيرة مع كتاب القائمة القصيرة في المعرض. كيف وجدت هذه التجربة؟

                كانت تجربة مهمة لأن اللقاء مع القراء بعد وصول الرواية إلى هذه المرحلة يعطي الكاتب صورة عن أثرها.
                """);
        assertEquals("حوار مع سلمى الحسيني الفائزة بالجائزة", page.stories().get(0).title());
    }

    @Test
    void aListingsTimeOfDayIsNotPartOfATeasersTitleAndASectionLinkIsNoTeaser() throws Exception {
        ParsedPage page = read("""
                %s
                %s
                تصفح أيضًا: البنك المركزي يرفع سعر الفائدة للمرة الثالثة هذا العام
                آخر الأخبار
                - 22:15رسميا... المهاجم الدولي يعود إلى فريقه السابق
                - 21:4325 سنة سجنا لمتهمين في قضية الاحتيال الكبرى
                إقرأ المزيد في: لبنان
                لارسال الأخبار والمقالات إلى الموقع البريد: news@example.org
                """.formatted(BODY_1, BODY_2));
        assertEquals(List.of("البنك المركزي يرفع سعر الفائدة للمرة الثالثة هذا العام",
                        "رسميا... المهاجم الدولي يعود إلى فريقه السابق", "25 سنة سجنا لمتهمين في قضية الاحتيال الكبرى"),
                page.stories().stream().filter(s -> s.kind() == StoryKind.TEASER).map(ParsedStory::title).toList());
        assertEquals(1, page.stories().stream().filter(s -> s.kind() != StoryKind.TEASER).count());
    }

    @Test
    void aMostBrowsedHeaderWithAPipeAndColonHeadsTeasers() throws Exception {
        ParsedPage page = read("""
                %s
                %s
                | الأكثر تصفحاً :
                ـــــــــــــــــــــــــــــ
                الجوازات تطلق تحذيرا هاما لجميع المقيمين والمواطنين
                المنتخب الوطني للناشئين يتلقى هدية بعد الفوز بالبطولة
                """.formatted(BODY_1, BODY_2));
        assertEquals(List.of("الجوازات تطلق تحذيرا هاما لجميع المقيمين والمواطنين",
                        "المنتخب الوطني للناشئين يتلقى هدية بعد الفوز بالبطولة"),
                page.stories().stream().filter(s -> s.kind() == StoryKind.TEASER).map(ParsedStory::title).toList());
    }

    /**
     * و and an imperfect verb, the perfect أفعل or the perfect of a derived form with a bare alif (افتعل، انفعل،
     * استفعل) open a sentence: such a line is never a run of headlines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ويضم الفريق في صفوفه", "وأنجب الفريق على مدى تاريخه", "واعتبر المدرب أن في الفريق",
            "واستقطب الفريق على مدى تاريخه", "وانطلق الفريق بتشكيلة تضم"})
    void aLongUnpunctuatedListOpenedByAConjoinedVerbIsProseNotATicker(String opening) throws Exception {
        ParsedPage page = read("""
                الفريقان وجها لوجه في نهائي كأس السوبر مساء اليوم
                %s
                %s العديد من اللاعبين البارزين بينهم سالم الحارثي ومحمد الكعبي وسمير الهاشمي وعلي \
                الراشدي وحسن العامري وعيد النعيمي وأرشد الكندي وجميل الشامسي وعبد الرحمن السالمي وزاهر المعمري وعبد \
                العزيز البلوشي ومعتصم الريامي وعمر
                """.formatted(BODY_1, opening));
        List<String> paragraphs = page.stories().get(0).paragraphs();
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith(opening), paragraphs.toString());
    }

    @Test
    void aHeadlineLikeLineBeforeAParagraphOpenedByAConjoinedVerbIsASubheading() throws Exception {
        ParsedPage page = read("""
                محافظ البصرة يطالب بتخصيصات إضافية لمشاريع المدينة
                قال محافظ البصرة إن المدينة تحتاج إلى عشرة مليارات دينار لإكمال مشاريع الخدمات المتوقفة في الأقضية.
                إشراك رؤساء الوحدات الإدارية في إعداد خطط المشاريع المطلوبة
                وأضاف محافظ البصرة أنه عقد اجتماعا مع رؤساء الوحدات الإدارية لإعداد خطط المشاريع المطلوبة هذا العام.
                """);
        assertEquals(1, page.stories().size(), page.stories().toString());
        assertTrue(page.stories().get(0).paragraphs().contains("إشراك رؤساء الوحدات الإدارية في إعداد خطط المشاريع المطلوبة"),
                page.stories().get(0).paragraphs().toString());
    }

    @Test
    void aSectionWhoseLeadGoesOnInTheStorysWordsStaysInTheStory() throws Exception {
        // the section's lead restates one word of its heading and tells the match in the story's own words
        ParsedPage page = read("""
                نادي عمان يصدم ظفار في اللحظات الأخيرة بافتتاح الدوري العماني
                افتتح نادي عمان مشواره في الدوري العماني بفوز مثير على حساب ضيفه ظفار بنتيجة هدفين مقابل هدف في المباراة التي أقيمت مساء أمس.
                تقدم بنيران صديقة ورد سريع من ظفار
                جاءت بداية المباراة متوازنة بين الفريقين قبل أن ينجح نادي عمان في افتتاح التسجيل عند الدقيقة 25 بعد خطأ من مدافع ظفار.
                """);
        assertEquals(1, page.stories().size(), page.stories().toString());
    }

    @Test
    void anUnmarkedStoryWhoseLeadRestatesItsHeadlineStartsAnotherStoryOnTheSameTopic() throws Exception {
        ParsedPage page = read("""
                نادي عمان يصدم ظفار في اللحظات الأخيرة بافتتاح الدوري العماني
                افتتح نادي عمان مشواره في الدوري العماني بفوز مثير على حساب ضيفه ظفار بنتيجة هدفين مقابل هدف في المباراة التي أقيمت مساء أمس.
                اتحاد الكرة العماني يعلن مواعيد مباريات الجولة الثانية
                أعلن اتحاد الكرة العماني اليوم مواعيد مباريات الجولة الثانية من الدوري، وتنطلق الجولة يوم الخميس بثلاث مباريات في مسقط وصلالة.
                """);
        assertEquals(List.of(StoryKind.MAIN, StoryKind.EMBEDDED), page.stories().stream().map(ParsedStory::kind).toList());
    }

    @Test
    void longDashedItemsOfAnAnnouncedListStayInTheStory() throws Exception {
        ParsedPage page = read("""
                اجتمع مجلس الوزراء صباح اليوم في القصر الرئاسي بنواكشوط حيث صادق على تعيينات جديدة في عدد من القطاعات الوزارية.
                وحسب التسريبات، فقد صادق المجلس على التعيينات التالية:
                - الدكتور محمد ولد الشيخ ولد الرباني مديرا عاما للمعهد العالي للدراسات والبحوث الإسلامية، بعد استفادة سلفه من التقاعد،
                - السفير الموريتاني في الإمارات محمد ولد محمد راره مديرا عاما للصندوق الوطني للتأمين الصحي خلفا لمحمد ولد سيدي
                - المصطفى ولد البشير مستشارا بالوزارة
                - بيلي ولد أحمد دية مديرا عاما للمؤسسة الوطنية للصرف الصحي
                """);
        assertEquals(1, page.stories().size(), page.stories().toString());
        assertEquals(6, page.stories().get(0).paragraphs().size(), page.stories().get(0).paragraphs().toString());
    }

    @Test
    void aCutLastLineWithClausesJoinedByTheArabicCommaIsProseNotAnotherStory() throws Exception {
        ParsedPage page = read("""
                المنتخب السعودي للكاراتيه يحصد خمس ميداليات في الدوري العالمي
                اختتم المنتخب السعودي للكاراتيه مشاركته في بطولة الدوري العالمي للشباب التي أقيمت في الفجيرة بحصد خمس ميداليات ملونة.
                شهدت المنافسات حضورا جماهيريا واسع النطاق، حيث""");
        assertEquals(1, page.stories().size(), page.stories().toString());
    }
}

package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Self-written news paragraphs about people the seeds never mention (Egyptian, Lebanese, Ukrainian, Chinese,
 * French, British, Saudi officials, unknown people identified by a title only, organisations named after
 * people), scored like the seeds. Keeps recognition honest about generalisation.
 */
class HeldOutPeopleTest {

    private record Page(String name, List<String> stories, Map<String, List<String>> gold, List<String> optional) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("egypt", List.of(
                    "السيسي يستقبل وزير الخارجية الفرنسي في القاهرة\n"
                            + "استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الأحد، وزير الخارجية الفرنسي جان نويل بارو، "
                            + "بحضور وزير الخارجية المصري بدر عبد العاطي. وقال المتحدث الرسمي باسم رئاسة الجمهورية "
                            + "السفير محمد الشناوي إن اللقاء تناول تطورات الأوضاع في غزة والسودان.\n"
                            + "وأكد السيسي ضرورة وقف إطلاق النار، فيما أشاد بارو بالدور المصري. وكان عبد العاطي قد التقى "
                            + "في وقت سابق رئيس الوزراء مصطفى مدبولي في مقر مجلس الوزراء بالعاصمة الإدارية."),
                    gold("sisi", "عبد الفتاح السيسي|السيسي", "barrot", "جان نويل بارو|بارو",
                            "abdelatty", "بدر عبد العاطي|عبد العاطي", "shenawy", "محمد الشناوي",
                            "madbouly", "مصطفى مدبولي"), List.of()),
            new Page("lebanon", List.of(
                    "ميقاتي يبحث مع المبعوث الأمريكي مقترحات التهدئة\n"
                            + "بحث رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي مع المبعوث الأمريكي آموس هوكشتاين، "
                            + "في بيروت، مقترحات وقف إطلاق النار. وقال هوكشتاين بعد لقائه رئيس مجلس النواب نبيه بري إن "
                            + "المحادثات كانت بناءة.\nمن جهته، أكد ميقاتي أن لبنان ملتزم بالقرار 1701. وفي السياق، زار "
                            + "قائد الجيش العماد جوزيف عون مقر قيادة اليونيفيل في الناقورة."),
                    gold("mikati", "نجيب ميقاتي|ميقاتي", "hochstein", "آموس هوكشتاين|هوكشتاين",
                            "berri", "نبيه بري", "aoun", "جوزيف عون"), List.of()),
            new Page("ukraine", List.of(
                    "زيلينسكي: لن نتنازل عن أي أراض لروسيا\n"
                            + "قال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده لن تقبل أي اتفاق لا يضمن سيادتها. "
                            + "وجاءت تصريحات زيلينسكي خلال مؤتمر صحفي مع رئيس الوزراء البولندي دونالد توسك في كييف.\n"
                            + "في المقابل، قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو منفتحة على الحوار، بينما "
                            + "اتهمت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الغرب بإطالة أمد الحرب."),
                    gold("zelensky", "فولوديمير زيلينسكي|زيلينسكي", "tusk", "دونالد توسك",
                            "peskov", "دميتري بيسكوف", "zakharova", "ماريا زاخاروفا"), List.of()),
            new Page("china", List.of(
                    "استقبل الرئيس الصيني شي جين بينغ في بكين رئيس الوزراء الماليزي أنور إبراهيم. وأفاد بيان صادر "
                            + "عن وزارة الخارجية الصينية بأن الجانبين وقعا اتفاقيات للتعاون.\nوقالت المتحدثة باسم "
                            + "الخارجية الصينية ماو نينغ إن الزيارة تعكس متانة العلاقات. وفي سياق آخر، ألقى السفير "
                            + "الإندونيسي لدى الصين كلمة في جامعة جورج واشنطن، كما رست حاملة الطائرات أيزنهاور في "
                            + "ميناء جدة."),
                    gold("xi", "شي جين بينغ", "anwar", "أنور إبراهيم", "mao", "ماو نينغ"), List.of()),
            new Page("europe", List.of(
                    "قال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا يجب أن تعزز دفاعها. ويأتي ذلك بعد أن أجرى ماكرون "
                            + "اتصالا مع المستشار الألماني فريدريش ميرتس.\nوفي كوريا الشمالية، أشرف الزعيم كيم جونغ أون "
                            + "على تجربة صاروخية جديدة في ذكرى ميلاد والده كيم جونغ إيل. كما استعاد محللون إرث الرئيس "
                            + "الأمريكي الأسبق جورج بوش الأب وابنه جورج بوش الابن في إدارة أزمات الخليج."),
                    gold("macron", "إيمانويل ماكرون|ماكرون", "merz", "فريدريش ميرتس", "kju", "كيم جونغ أون",
                            "kji", "كيم جونغ إيل", "bush41", "جورج بوش الأب", "bush43", "جورج بوش الابن"),
                    List.of()),
            new Page("britain", List.of(
                    "التقى وزير الخارجية البريطاني ديفيد لامي بنظيره الأمريكي ماركو روبيو في لندن. وفي تطور منفصل، "
                            + "قال النائب العمالي إد ميليباند إن شقيقه ديفيد ميليباند سيعود إلى الحياة السياسية، مضيفا "
                            + "أن ميليباند الأكبر لم يحسم قراره بعد.\nوقالت الناشطة الحقوقية سلمى الدريدي إن المعتقلين "
                            + "يتعرضون لانتهاكات."),
                    gold("lammy", "ديفيد لامي", "rubio", "ماركو روبيو", "ed", "إد ميليباند",
                            "davidm", "ديفيد ميليباند", "dridi", "سلمى الدريدي"), List.of()),
            new Page("gulf", List.of(
                    "ترامب يهدد بفرض رسوم جمركية جديدة على الصين",
                    "أعلن ولي العهد السعودي الأمير محمد بن سلمان إطلاق مبادرة جديدة خلال منتدى عقد في مركز الملك "
                            + "عبد العزيز الثقافي. وحضر الحفل وزير الخارجية الأمير فيصل بن فرحان، إلى جانب رئيس مجلس "
                            + "إدارة مؤسسة محمد بن راشد آل مكتوم.\nوقال المحلل السياسي خالد باطرفي إن المبادرة تعكس "
                            + "طموحات المملكة."),
                    gold("trump", "ترامب", "mbs", "محمد بن سلمان", "faisal", "فيصل بن فرحان",
                            "batterfi", "خالد باطرفي"), List.of("محمد بن راشد آل مكتوم", "عبد العزيز")),
            new Page("culture", List.of(
                    "القاهرة - أحمد عبد الحميد\nأعلن المدير الفني للنادي الأهلي مارسيل كولر قائمة الفريق لمباراة "
                            + "الغد، فيما غاب اللاعب محمد صلاح عن المعسكر بسبب الإصابة. وقالت الفنانة يسرا إن الفيلم "
                            + "الجديد سيعرض في مهرجان القاهرة السينمائي."),
                    gold("byline", "أحمد عبد الحميد", "koller", "مارسيل كولر", "salah", "محمد صلاح",
                            "yousra", "يسرا"), List.of()));

    private static Map<String, List<String>> gold(String... idAndForms) {
        Map<String, List<String>> gold = new LinkedHashMap<>();
        for (int i = 0; i < idAndForms.length; i += 2) {
            gold.put(idAndForms[i], List.of(idAndForms[i + 1].split("\\|")));
        }
        return gold;
    }

    @Test
    void ownParagraphsAboutOtherPeople() {
        PeopleScore.Result result = score(Extractors.FULL);
        assertEquals(0, result.falseMerges(), result.toString());
        assertTrue(result.f1() >= 0.95, result.toString());
    }

    /** Without the curated list only headline surnames with no context (ترامب يهدد...) may be missed. */
    @Test
    void ownParagraphsWithoutTheListOfKnownPeople() {
        PeopleScore.Result result = score(Extractors.WITHOUT_KNOWN_PEOPLE);
        assertEquals(0, result.falseMerges(), result.toString());
        assertTrue(result.f1() >= 0.95, result.toString());
    }

    private static PeopleScore.Result score(PeopleExtractor extractor) {
        List<StoryText> stories = new ArrayList<>();
        Map<String, PeopleScore.FileGold> gold = new LinkedHashMap<>();
        for (Page page : PAGES) {
            for (int i = 0; i < page.stories().size(); i++) {
                stories.add(new StoryText(page.name() + "#" + i, page.name(), page.stories().get(i)));
            }
            gold.put(page.name(), new PeopleScore.FileGold(page.gold(), page.optional()));
        }
        CorpusPeople people = extractor.extract(stories);
        PeopleScore.Result result = PeopleScore.score(gold, people, key -> key.substring(0, key.indexOf('#')));
        result.messages().forEach(System.out::println);
        System.out.println("held-out " + result);
        SpanChecks.assertSpansConsistent(stories, people);
        return result;
    }
}

package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The learned tagger beside the rules: names it adds where the rules have no cue, names it reads on where a rule
 * stopped short, and what the word lists keep it from taking. Each row is one sentence and the names the whole
 * extractor finds in it; {@code rulesAlone} says what the rules find without the tagger, so every row shows the
 * tagger's part.
 */
class PersonTaggerTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // no title, verb of speech or listed given name before them: the rules see nothing
                row("ومنح سالم العجالين الهدف الأول للفيصلي في الدقيقة 18.", List.of(), "سالم العجالين"),
                row("وكان ابو عابد أحد أبرز نجوم فريق الفيصلي في عقدي الثمانينات والتسعينات.", List.of(),
                        "ابو عابد"),
                // a rule's name read on to the family name the rule left out
                row("وخطيبا وإماما الدكتور محمد منصور محمد هبالة من علماء وزارة الأوقاف.", List.of("محمد منصور محمد"),
                        "محمد منصور محمد هبالة"),
                row("وتعاقد شباب بلوزداد مع المغربي رشيد الطاوسي تيمنا بمواطنه الزاكي.", List.of(),
                        "رشيد الطاوسي"),
                row("ممثلا محافظ الشمال القاضي رمزي نهرا ولدى وصولهما عزفت فرقة الكشافة.", List.of(),
                        "رمزي نهرا"),
                row("والسيدة مهدية بن بلة نجلة الرئيس الراحل أحمد بن بلة، والوالي المنتدب.", List.of("أحمد بن بلة|بن بلة"),
                        "مهدية بن بلة", "أحمد بن بلة"),
                // what the lists and word shapes keep out of a name: a future verb, a role without the article,
                // a preposition with the article before a common noun
                row("قال جمال حسن إن كمال حسن سيحضر.", List.of("جمال حسن", "كمال حسن"), "جمال حسن", "كمال حسن"),
                // a kunya in quotes or brackets right after a name is the person's nickname, nobody new
                row("ونقل المحافظ تحيات فخامة الرئيس محمود عباس ” أبو مازن ” مستعرضا الظروف الصعبة.",
                        List.of("محمود عباس"), "محمود عباس"),
                row("وقال أبو مازن إن القرار نهائي.", List.of(), "أبو مازن"),
                // a vocalised perfect of the doubled form (بيَّنت) after the name is its verb
                row("من جهتها مسؤولة جناح المنتجات سهير رسلان بيَّنت أنَّ جناحها يضمُّ المنتجات.", List.of("سهير رسلان"),
                        "سهير رسلان"),
                row("وقالت المتحدثة كارين جان بيير للصحفيين إن الرئيس سيعود.", List.of("كارين جان بيير"),
                        "كارين جان بيير"),
                // a listed place opens no name; a masdar behind a preposition or a plural of things closes none
                row("في محيط مستشفى ناصر بمدينة خان يونس جنوب قطاع غزة.", List.of()),
                row("وزار وفد دير الأنبا بيشوي بوادي النطرون الكنيسة.", List.of()),
                // an obituary's epithets and formulae are fixed phrases, no names (the tagger read two of them)
                row("وكان رحمه الله جميل الوفاء كريم الخصال، أسكنه الله فسيح جنات النعيم.", List.of()),
                // a future verb closes no name (the tagger read it as a family name)
                row("وقال إن اللقاء بين الرئيس وحميدتي سيركز على وقف إطلاق النار.", List.of()),
                // و before an unlisted word joins the next item of a list to a name (two singers by one name each)
                row("شهد الحفل تفاعلا جماهيريا كبيرا من ناحية الهتافات والغناء مع عساف وكرزون، مع حضور لافت.",
                        List.of()),
                row("احتفلت الفنانة مي فاروق بتخرج ابنتها.", List.of("مي فاروق"), "مي فاروق"),
                // the definite masdar تفعيل closes a name, for the rules and the tagger
                row("ثم أدرك البديل سامي جلال التعديل للفريق في الدقيقة 64.", List.of("سامي جلال"), "سامي جلال"),
                // a noun with its pronoun closes the name though the texts know the noun only as الزواج
                row("أعلن الفنان كريم فهمي زواجه من مصممة أزياء.", List.of("كريم فهمي"), "كريم فهمي"),
                row("احتفل الفنان محمد العمري بزواجه من المطربة ريم فاروق.", List.of("محمد العمري", "ريم فاروق"),
                        "محمد العمري", "ريم فاروق"),
                row("كما نعى مفتي الجمهورية الدكتور شوقي علام ضحايا الحادث.", List.of("شوقي علام"), "شوقي علام"),
                // nor a plural أفعال, shaped like the masdar إفعال (not after ولد: أمبوها ولد أبلال)
                row("قبل أن يختتم مصطفى محمود أهداف فريقه الأربعة في الدقيقة 90.", List.of("مصطفى محمود"),
                        "مصطفى محمود"),
                // a list that starts with a name only the tagger found goes on with its items (each opening with a
                // listed given name), as after a rule's name
                row("ورحل عن النادي أيضا رضا الكعبي وبديع أوت وحميد أزداد.", List.of(), "رضا الكعبي", "بديع أوت",
                        "حميد أزداد"),
                // a title with the article before a definite common word opens the role after the name
                row("وحضر اللقاء الأستاذ بابكر حسين بابكر الأمين العام للولاية وعدد من القيادات.",
                        List.of("بابكر حسين بابكر"), "بابكر حسين بابكر"),
                // a definite word after a definite common noun is its adjective (الصادق is a given name too); after
                // a role phrase's last noun it is the name
                row("وشكر الوزير أهالي البلدة على الاستقبال الصادق المفعم بالمحبة والوفاء.", List.of()),
                row("جرى اللقاء بحضور الوزير المكلف بديوان رئيس الجمهورية الناني ولد أشروقه، ومعالي الوزير.",
                        List.of("الناني ولد أشروقه"), "الناني ولد أشروقه"),
                // مصرعه, the object of لقي, closes the name the tagger would read on
                row("لقي الشاب حسين فؤاد نصر يحيى مصرعه، يوم الخميس.", List.of("حسين فؤاد نصر يحيى"),
                        "حسين فؤاد نصر يحيى"),
                // a role behind a preposition and a common word in the accusative close the name the tagger reads on
                row("وعين محمد تازي واليا، ومحمد فوزي كمفتش عام للإدارة الترابية.", List.of("محمد تازي", "محمد فوزي"),
                        "محمد تازي", "محمد فوزي"),
                // an assistant (معاون) after the name is its role: the tagger read it as the last word
                row("وانتقل إلى المكان المقدم سامي الدكر والنقيب أحمد عبادة معاون المباحث، لمعاينة الموقف.",
                        List.of("سامي الدكر", "أحمد عبادة"), "سامي الدكر", "أحمد عبادة"),
                row("وترأس المطران عصام يوحنا درويش قداسا احتفاليا في كنيسة السيدة.", List.of("عصام يوحنا درويش"),
                        "عصام يوحنا درويش"),
                // بديلا: an accusative whose noun the mined texts know only with the article (البديل)
                row("وكذلك المدرب أحمد آل عبدالسلام بديلا لوليد السعدي في تدريب نادي صحم.",
                        List.of("أحمد آل عبدالسلام"), "أحمد آل عبدالسلام", "وليد السعدي"),
                // a bare title before a definite noun opens the person's role (سكرتير البابا): the name ends before
                row("والأنبا موسى والقمص ثيودوسيوس حنا سكرتير البابا تواضروس الثاني.", List.of("موسى", "ثيودوسيوس حنا",
                        "تواضروس الثاني"), "موسى", "ثيودوسيوس حنا", "تواضروس الثاني"),
                // a family name no list knows, after a first word only the syllable list has (باو): the tagger reads
                // the pair, the rules alone do not. From a page of a training set, so it pins what the shipped weights
                // read, not how they generalise; a made-up name (ووقع النادي مع المدافع كوفن زيتيش) was on the margin
                // and flipped with each retraining
                row("وفي الدقيقة 3، استغل مبابي خطأ دفاعيا فادحا من باو كوبارسي، لينفرد بالمرمى.", List.of("مبابي"),
                        "مبابي", "باو كوبارسي"),
                // a verb inside is a film's title; a plural behind a preposition closes no name
                row("وشارك في مسرحيات منها “أولاد دراكولا”، و”عبده يتحدى رامبو”، و”الجوكر”.", List.of()),
                // a three-letter imperfect (يضع) after a lone titled name is the headline's verb, no family name
                row("السفير غنام يضع وزير التعليم القطري في صورة آخر المستجدات", List.of()),
                row("وإنا على فراقك يا مهدي لمحزونون ولا نقول إلا ما يرضي ربنا.", List.of()),
                // أمينه is the given name written with ه, no title أمين with a pronoun before a name
                row("وشاركت أمينه رزق في العرض الأول للمسرحية.", List.of("أمينه رزق"), "أمينه رزق"),
                // the masdar تفاعل behind ب closes the name the tagger would read on
                row("وأشاد الوالي المكلف الأستاذ محمد أحمد عبد الرحمن بتجاوب المواطنين مع الحملة.",
                        List.of("محمد أحمد عبد الرحمن"), "محمد أحمد عبد الرحمن"),
                // a definite feminine adjective before a function word describes the woman the rule named
                row("فقد حصلت الدكتورة زينب ياسين محمد حسن التدريسية في مركز التقنيات على براءة اختراع.",
                        List.of("زينب ياسين محمد حسن"), "زينب ياسين محمد حسن"),
                row("والي القضارف يودع قافلة كتائب البراء بن مالك المتجهة الي وادي سيدنا.", List.of()),
                // a name never ends in a chain particle or a kunya's head the tagger read without its name
                row("وحضر الدكتور أحمد مولود ولد أيده الهلال، الاجتماع.", List.of("أحمد مولود"), "أحمد مولود"),
                // a place named in words the tagger reads as a name (خميس مشيط) is no name
                row("وزار الوزير خميس مشيط أمس، ثم عاد إلى سيدي بوزيد.", List.of()),
                // the words a unit noun governs name a place, never a person
                row("وتضمنت الحركة إنهاء مهام فهيم يحي، والي ولاية سيدي بعباس، ابتداء من اليوم.",
                        List.of("فهيم يحي"), "فهيم يحي"),
                // و comes off a name the story names without it, though no list knows its first word
                row("رحل فنان الطمبور السوداني صديق أحمد عن عمر ناهز 68 عاما. وصديق أحمد من أبرز فناني الطمبور.",
                        List.of("صديق أحمد"), "صديق أحمد"),
                // و before hamza or madda is the conjunction, never a name's first letter (وآكار صالح)
                row("من ضربة جزاء، وعمر السعيد، 3 أهداف أخرى، ومصطفى فتحي هدف، وآكار بن شرقي هدف آخر.",
                        List.of("عمر السعيد", "مصطفى فتحي"), "عمر السعيد", "مصطفى فتحي", "آكار بن شرقي"),
                // أمام, the preposition, is no family name though normalised it is إمام's letters (عادل إمام)
                row("وسجل خالد ناصر أمام الجماهير هدفين.", List.of("خالد ناصر"), "خالد ناصر"),
                row("وظهر أحمد زكي وعادل إمام في الفيلم.", List.of("أحمد زكي", "عادل إمام"), "أحمد زكي",
                        "عادل إمام"));
    }

    private static Arguments row(String sentence, List<String> rulesAlone, String... withTagger) {
        return Arguments.of(sentence, rulesAlone, List.of(withTagger));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void findsTheseNamesWithTheRulesAndTheTagger(String sentence, List<String> rulesAlone, List<String> withTagger) {
        assertEquals(FoundPeople.expected(rulesAlone), names(Extractors.RULES_ALONE, sentence),
                "rules alone: " + sentence);
        assertEquals(FoundPeople.expected(withTagger), names(Extractors.FULL, sentence), "with the tagger: " + sentence);
    }

    @Test
    void aNameOnlyTheTaggerFoundSaysSo() {
        CorpusPeople people = FoundPeople.extract(Extractors.FULL,
                "ومنح سالم العجالين الهدف الأول للفيصلي في الدقيقة 18.");
        List<String> rules = new ArrayList<>();
        people.mentions().forEach(m -> m.spans().forEach(span -> rules.addAll(span.rules())));
        assertEquals(List.of(PersonTagger.RULE), rules);
    }

    @Test
    void theShippedWeightsAreWhatTrainingGives() throws IOException {
        byte[] trained = gunzip(new java.io.ByteArrayInputStream(TaggerTraining.train(TaggerTraining.TRAINING_SETS)));
        byte[] shipped;
        try (InputStream in = PersonTagger.class.getResourceAsStream(PersonTagger.RESOURCE)) {
            shipped = gunzip(in);
        }
        // a changed word list or feature changes the weights: retrain with
        // TaggerTraining train src/main/resources/tagger/person-tagger.bin.gz
        assertTrue(shipped.length > 100_000, "weights shipped: " + shipped.length + " bytes");
        assertArrayEquals(trained, shipped, "the shipped weights are stale: run TaggerTraining train");
    }

    private static byte[] gunzip(InputStream in) throws IOException {
        try (GZIPInputStream gzip = new GZIPInputStream(in)) {
            return gzip.readAllBytes();
        }
    }

    private static TreeSet<String> names(PeopleExtractor extractor, String sentence) {
        return FoundPeople.of(FoundPeople.extract(extractor, sentence));
    }
}

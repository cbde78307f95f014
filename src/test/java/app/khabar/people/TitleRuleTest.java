package app.khabar.people;

import static app.khabar.people.FoundPeople.FIRES;
import static app.khabar.people.FoundPeople.SILENT;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The title-led rule ({@link TitleRule}), one short text per row, from the rules alone. A row that must fire says
 * every person found carries the rule id; a row that must not fire says no mention carries it. Either way the text
 * yields exactly the persons listed (surface forms of one person separated by |), so a row that must not fire may
 * still find a name by another rule.
 */
class TitleRuleTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // an office named in two words (أمين سر) or a bare title word that is also a given name before an
                // indefinite complement heads a role; the name after the role is its holder's
                row("وقال أمين سر الحركة رفعت شناعة، في كلمته.", FIRES, "رفعت شناعة"),
                row("وحضر اللقاء أمين فرع الحزب فاضل نجار ومفتي المدينة.", FIRES, "فاضل نجار"),
                row("وتخرج محمد أمين عام 2015 من الجامعة.", SILENT, "محمد أمين"),
                // after a title and a given name, a listed noun in ة is the family name before a comma and the next
                // person's title; before the sentence's end it is the noun (a speech)
                row("بحضور وزير المالية محمد بشارة، ووزير المواصلات المكلف.", FIRES, "محمد بشارة"),
                row("وألقى الوزير محمد كلمة، ثم غادر.", SILENT),
                // after a title and two given names, a bare listed noun closing at a comma is the family name
                row("وذلك بحضور السفير الأستاذ محمد صالح طريق، وعدد من وجهاء الجالية.", FIRES, "محمد صالح طريق"),
                row("وذلك بحضور السفير الأستاذ محمد صالح أمس، وعدد من وجهاء الجالية.", FIRES, "محمد صالح"),
                // after a title, a word that is also a noun opens the name before the father's sure given name,
                // closing at punctuation
                row("وترشح الشاعر سعد عبد الرحمن، والناقد حزين عمر، وغيرهم.", FIRES, "سعد عبد الرحمن", "حزين عمر"),
                // an indefinite complement of a regional office and its region
                row("وأوضح مدير تعليم عسير سعد حاضر، أنه تم إعداد دليل.", FIRES, "سعد حاضر"),
                // a bare head's adjective, though it is a family name too (آل ثاني، إبراهيم رئيسي)
                row("وانتخبت الهيئة نائب ثاني للرئيس في الجلسة.", SILENT),
                row("وعمل مدرب رئيسي لفريق الشباب قبل عامين.", SILENT),
                // after a title and two given names, a word no list knows closing at punctuation is the family name,
                // whatever ordinary word's shape it has (و here, as a conjunction would open the next item)
                row("وحضر الأمين العام السيد أحمد عبد الله وعيس، وسفير الولايات المتحدة.", FIRES, "أحمد عبد الله وعيس"),
                // a tribe completes a chief's title; the place of the tribe too
                row("وحضر رئيس عشيرة الشمر في محافظة البصرة كنعان صديد، وشيخ عشائر كركوك.", FIRES, "كنعان صديد"),
                // a club's foreign player, named by his nationality and one name no list knows
                row("وسجل المحترف البرازيلي غلاوسيو في الدقيقة 20.", FIRES, "غلاوسيو"),
                // a cleric's rank before the title and the name: آية is also a given name
                row("وشيع جثمان سماحة آية الله العظمى السيد محمد سعيد الحكيم أمس.", FIRES, "محمد سعيد الحكيم"),
                // a title, its complement and a nationality, then the name
                row("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن بلاده تدعم الاتفاق.", FIRES, "أنتوني بلينكن"),
                // a country that is also a given name completes an indefinite head before a given name
                row("وقال رئيس تشاد محمد إدريس ديبي إن الانتخابات ستجري في موعدها.", FIRES, "محمد إدريس ديبي"),
                row("وقال الممثل تشاد مايكل موراي إن الفيلم جاهز.", FIRES, "تشاد مايكل موراي"),
                // a word written with hamza before its ال is no definite word: a foreign name starts there
                row("وتغلب على الملاكم الألباني أليندو ماركاي، في النزال الأخير.", FIRES, "أليندو ماركاي"),
                row("وقال المدير العام الأمريكي إلوين هارت، إن الشركة ستتوسع.", FIRES, "إلوين هارت"),
                // the doctor's د without its dot, before a listed given name
                row("وشارك في الندوة د مرتضى الجزولي والوفد المرافق.", FIRES, "مرتضى الجزولي"),
                // a narrow column breaks the line after تحت, an adverb of place that closes no name
                row("مؤتمرها لدعم حكومة\nالأستاذ كمال الحيدري تحت\nشعار الوحدة", FIRES, "كمال الحيدري"),
                // after a title, an unlisted given name in ف is no conjunction where a time or function word
                // goes on after the surname; ف before a verb is still the conjunction
                row("وشاركت رئيسة البلدية الأستاذة فيرا بابون اليوم في الاحتفال.", FIRES, "فيرا بابون"),
                row("وحضرت الأستاذة فيرا بابون في الاحتفال.", FIRES, "فيرا بابون"),
                row("وقال الأستاذ فيرا بابون أمس إن الطريق مغلق.", FIRES, "فيرا بابون"),
                row("وغاب الأستاذ فقدم بابون اليوم استقالته.", SILENT),
                // an indefinite complement with و before a definite word goes on with the ministry's name
                row("وألقى وزير المجاهدين وذوي الحقوق، العيد ربيقة، كلمة تأبينية.", FIRES, "العيد ربيقة"),
                row("وقالت وزيرة التضامن وشؤون المرأة، سلوى الهادي، إن البرنامج بدأ.", FIRES, "سلوى الهادي"),
                // a family name shaped like a plural verb (كتبوا) after one titled man, where the name closes
                row("صرح وزير العدل عبد الرحمن جنقوا الذي ألقى كلمة في المناسبة.", FIRES, "عبد الرحمن جنقوا"),
                // a family name that is a noun in ة, before a role in apposition; not before a quoted title
                row("وحضر اللقاء السيد بدر يونس صبرة نائب رئيس الغرفة.", FIRES, "بدر يونس صبرة"),
                row("ونالت المخرجة هالة لطفي جائزة \"التانيت البرونزي\" عن فيلمها.", FIRES, "هالة لطفي"),
                // a given name written with the article, after a title
                row("وكرمت الجامعة الدكتور القاسم محمد عباس رئيس الجامعة السابق.", FIRES, "القاسم محمد عباس"),
                // a given name shaped like a participle, before its father's and grandfather's names
                row("وحضر الاستاذ متوكل أحمد علي، وتحدث عن خطط النادي على المدى البعيد.", FIRES, "متوكل أحمد علي"),
                row("وألقى الشاعر مستر محمد عبدالرحيم قصيدته، ثم غادر.", FIRES, "محمد عبدالرحيم"),
                // the conjunction typed apart (و الفنون) still joins the complements; the name's و is then its own
                row("نعت وزيرة الثقافة و الفنون وفاء شعلال الراحلة، في بيان وزاري.", FIRES, "وفاء شعلال"),
                // محافظة, a governorate before its place's name, is a family name where the clause closes
                row("وقال وزير التعليم العالي الدكتور عزمي محافظة، إن الجامعات جاهزة.", FIRES, "عزمي محافظة"),
                row("وزار الدكتور عزمي محافظة إربد أمس.", SILENT),
                // باسم after a title that names no spokesman is the given name, before a family name no list knows
                row("والممثل المصري باسم سمرة، والممثلة المغربية نسرين الراضي.", FIRES, "باسم سمرة", "نسرين الراضي"),
                row("وتحدث رئيس الوفد باسم بلاده في الجلسة.", SILENT),
                // a title that names people by one name: the lone name closes before a role in apposition or
                // before و and the next person's title
                row("وترأس الخدمة الإلهية المطران ثيوذوسيوس رئيس أساقفة سبسطية.", FIRES, "ثيوذوسيوس"),
                row("وأشاد بتوجيهات الملك سلمان وولي عهده بالمشروع.", FIRES, "سلمان"),
                // a role with a country's nationality names a foreigner by one name, where the clause closes; not
                // an Arabic given name (a cut name), nor after a relation adjective of institutions
                row("وعين النادي مديرا فنيا خلفا للمدير الفني الصربي برانكو، وذلك في الاجتماع.", FIRES, "برانكو"),
                row("وعين النادي المدرب المصري حسام، وذلك في الاجتماع.", SILENT),
                row("وحضر رئيس المجلس الإقليمي لتارودانت، والنواب.", SILENT),
                // a listed governorate completes the title before the comma's apposition, and a region no name
                // runs into (سوس ماسة عبد الله غازي)
                row("وأكد رئيس مجلس محافظة ديالى، عمر الكروي، الخميس، استنفار فرق الدفاع المدني.", FIRES,
                        "عمر الكروي"),
                // roles of school, sport and song; the referee only with the article (حكم is a ruling)
                row("وكرمت المدرسة المعلمة ثناء هرشه في يوم المعلم.", FIRES, "ثناء هرشه"),
                row("وأدار المباراة الحكم المصري محمد عادل، وسط حضور كبير.", FIRES, "محمد عادل"),
                row("وأنشد المنشد مشاري العفاسي قصيدة.", FIRES, "مشاري العفاسي"),
                row("ويطالب الإقليم بالحكم الذاتي منذ سنوات.", SILENT),
                // a definite given name after a title opens the name before another given name
                row("وحضر وزير المالية والاستاذ الهادي الصادق وزير الزراعة الاجتماع.", FIRES, "الهادي الصادق"),
                // a father's given name that is also a word, before two definite ancestors closing the chain
                row("استقبل سمو الشيخ الدكتور محمد صباح السالم الصباح رئيس مجلس الوزراء في قصر بيان.", FIRES,
                        "محمد صباح السالم الصباح"),
                row("وعاد الوزير محمد صباح الجمعة إلى الكويت.", SILENT),
                // نظير is a counterpart with its pronoun, a given name after a title
                row("وأمّ المصلين الدكتور نظير عياد مفتي الجمهورية.", FIRES, "نظير عياد"),
                row("وبحث الوزير مع نظيره الفرنسي عياد الاتفاق.", SILENT),
                row("وكرم الوزير أحمد علي نظير جهوده في خدمة الوطن.", FIRES, "أحمد علي"),
                row("وكرم المحافظ سالم نظير عمله في الحملة.", SILENT),
                // السوداني is a nationality of the title, though also a surname
                row("وقال رئيس مجلس السيادة السوداني عبد الفتاح البرهان إن الجيش مستعد.", FIRES,
                        "عبد الفتاح البرهان"),
                // وزارة is one word, not و + زارة; coordinated complements (والشباب) go on the title
                row("وقال المتحدث باسم وزارة الخارجية ناصر كنعاني إن طهران ترفض الاتهامات.", FIRES, "ناصر كنعاني"),
                row("وقال وزير الرياضة والشباب أشرف صبحي إن المنتخب جاهز.", FIRES, "أشرف صبحي"),
                // places: one no list knows after a unit noun, a two-word place, a place after an indefinite head
                row("وحضر رئيس بلدية كانتبري براين روبسون الحفل.", FIRES, "براين روبسون"),
                row("وزار المدينة محافظ بيت لحم كامل حميد.", FIRES, "كامل حميد"),
                // a place named in words that also name people (ذي، سيدي) completes the title; no name starts there
                row("وقال محافظ ذي قار مرتضى الإبراهيمي إن المدارس افتتحت.", FIRES, "مرتضى الإبراهيمي"),
                row("وقال محافظ سيدي بوزيد إن الطريق مغلق.", SILENT),
                row("وفي مدينة سيدي بوزيد محمد علي قال إن الطريق مغلق.", SILENT, "محمد علي"),
                row("وقال الأستاذ سيدي عامر ولد محمد إن الطريق مغلق.", FIRES, "سيدي عامر ولد محمد"),
                row("وقال سفير فرنسا فرانك جيليه إن باريس تدعم المبادرة.", FIRES, "فرانك جيليه"),
                // مساعد is a title word though also a name, where more title follows
                row("وحضر نائب مساعد الرئيس للأمن القومي جوناثان فاينر الاجتماع.", FIRES, "جوناثان فاينر"),
                // a complement with a possessive pronoun, its ة written ت
                row("وقالت سفيرة بلادنا جانيت سيبن إن العلاقات متينة.", FIRES, "جانيت سيبن"),
                row("وقال وزير خارجيتها أحمد عطاف إن الجزائر ترفض التدخل.", FIRES, "أحمد عطاف"),
                // an ordinal right after a definite head ranks it, the name between commas
                row("وأكد النائب الأول لرئيس المجلس والنائب الثاني، مصباح دومة، دعمهما للقرار.", FIRES,
                        "مصباح دومة"),
                // an organisation the role belongs to, behind ل
                row("وقال رئيس المكتب السياسي لحركة حماس إسماعيل هنية إن الحركة مستعدة.", FIRES, "إسماعيل هنية"),
                // two titles in a row, then a name no list knows
                row("وافتتح المعرض الدكتور المهندس معد المدلجي.", FIRES, "معد المدلجي"),
                // a given name that is also a title word ends the title before a family name
                row("وقال رئيس البرلمان سلطان البركاني إن المجلس سيجتمع.", FIRES, "سلطان البركاني"),
                // a definite given name before a chain is the name, not more title
                row("واستقبل الضيوف الأمير الحسين بن عبدالله.", FIRES, "الحسين بن عبدالله"),
                // the doctor's abbreviation with its dot starts a title of its own; a colon after the title
                row("وقالت منسقة الوفد د. منى النعيمي إن الوفد وصل.", FIRES, "منى النعيمي"),
                row("وقال وزير الخارجية: ميشال منسى إن لبنان مستعد.", FIRES, "ميشال منسى"),
                // a family name that is also a noun, after a title and a given name: an indefinite title opens
                // the apposition, or the clause ends right after it
                row("وافتتح الدكتور سامي حرب رئيس الجمعية المعرض.", FIRES, "سامي حرب"),
                row("وقال سفير الأردن لدى الرباط خالد قدرة: إن العلاقات متينة.", FIRES, "خالد قدرة"),
                // (an adverb after the given name is no family name: no one is found, the row checks the name reads
                // no further)
                row("وقال الوزير خالد أيضا، إن الاتفاق قريب.", FIRES),
                // a definite word that is also a noun, punctuation right after it (a time word is none)
                row("وحضر اللقاء نائب العميد الدكتور سامي الوحيد، ومدير المكتب.", FIRES, "سامي الوحيد"),
                row("وقال الشيخ محمد اليوم، إن الصلاة ستقام في موعدها.", FIRES),
                // a family name ending like a plural, closing the name with punctuation after two given names
                row("واستقبل سموه رئيس المجلس السابق سالم عبدالعزيز الحمدون، وذلك ضمن المشاورات.", FIRES,
                        "سالم عبدالعزيز الحمدون"),
                // a title with a possessive pronoun (نائبها، نائبتها), and a name no preposition with a pronoun
                // (معه) reads on into
                row("وحضر الحفل رئيس الجمعية ونائبها سامي الأميري، والأعضاء.", FIRES, "سامي الأميري"),
                row("وحضر الحفل رئيس الجمعية ونائبتها سعاد الأميري، والأعضاء.", FIRES, "سعاد الأميري"),
                row("وأكد اللاعب أن المدرب جورج فرنانديز معه في كل خطوة.", FIRES, "جورج فرنانديز"),
                // في and a unit of the place that follows go on with the title
                row("وقال مدير الطرق والجسور في محافظة البصرة سامي رعد إن المشروع اكتمل.", FIRES, "سامي رعد"),
                // a nationality word before بن is the given name, not the title's adjective
                row("وقال رئيس الهيئة المستشار تركي بن عبدالرحمن آل الشيخ، إن الموسم سيبدأ قريبا.", FIRES,
                        "تركي بن عبدالرحمن آل الشيخ"),
                // a royal chain of four generations and the family name: ten words, one name
                row("واستقبل الأمير عبدالرحمن بن خالد بن سلطان بن عبد العزيز آل سعود، سفير المملكة، الوفد.", FIRES,
                        "عبدالرحمن بن خالد بن سلطان بن عبد العزيز آل سعود"),
                // أمين عام is an office, not a third name (the fixed phrase)
                row("وحضر الشيخ ماجد شعبان أمين عام الجمعية الخيرية.", FIRES, "ماجد شعبان"),
                // (before a number عام is the year: أمين is the name's)
                row("وكان المهندس محمد أمين عام 2015 مديرا للمشروع.", FIRES, "محمد أمين"),
                // a title that names people by one name, the name closing its clause
                row("وقال الشاعر أدونيس إن الشعر حي.", FIRES, "أدونيس"),

                // after a title, a word that closes the clause behind a given name is the family name, though it is
                // also a word (a masdar, an imperfect verb)
                row("وأعرب رئيس الاتحاد للملاكمة كريم تكليف عن سعادته بالنتائج.", FIRES, "كريم تكليف"),
                row("وقال رئيس النادي كريم تكليف إن الفريق جاهز.", FIRES, "كريم تكليف"),
                row("وأحيا الحفل الفنان سامي يدار ثم غادر القاعة.", FIRES, "سامي يدار"),
                row("وحضر الاجتماع المهندس وليد يعيش، وعدد من الأعضاء.", FIRES, "وليد يعيش"),
                // not a perfect verb: the lone given name stays
                row("وغنت الفنانة صباح رحلت عن ديارها.", FIRES, "صباح"),
                // شيخة without its article is a woman's name after a title; منت is Mauritania's بنت
                row("وأحيت الأمسية الشاعرة شيخة الكعبي، وسط حضور كبير.", FIRES, "شيخة الكعبي"),
                row("وحضرت الاجتماع السيدة فاطمة منت محمدناه، والمستشار المكلف.", FIRES, "فاطمة منت محمدناه"),
                // a title in the accusative (مساعدا، مدربا) is the role the person takes, not his family name
                row("وطلب الفريق أن يكون مواطنه سامي نور مساعدا له في الجهاز الفني.", FIRES, "سامي نور"),

                // must not fire: a title with no name after it
                row("وقال محافظ شمال الباطنة إن المشروع اكتمل.", SILENT),
                // without its dot, د before anything but a listed given name is no title
                row("وتستغرق الرحلة 45 د كاملة.", SILENT),
                // no family name after a titled given name: an elative before من, an accusative adverb, a place,
                // a time, a listed word shaped like an imperfect verb (where the title names by one name, the given
                // name alone)
                row("وكان السيد نصير أول من منح بلاده الذهب.", SILENT),
                row("وكان المدرب حسن أكثر من غيره حرصا.", SILENT),
                row("ويصبح اللاعب حر انطلاقا من يوليو المقبل.", SILENT),
                row("واستقبل الأمير سلطان عمان في زيارته.", SILENT),
                row("واستقبل الرئيس محمد أمس في القصر وفدا.", SILENT),
                row("وقال اللاعب محمد يعود إلى الملعب غدا.", FIRES, "محمد"),
                row("وقال وزير الخارجية إن الاجتماع كان مثمرا.", SILENT),
                row("وأكد الوزير أن بلاده ستواصل دعمها.", SILENT),
                row("وقال وزير الطاقة والموارد الطبيعية إن الإنتاج ارتفع.", SILENT),
                row("وقال وزير الصحة في حكومة الوحدة الوطنية إن الوضع خطير.", SILENT),
                // a common word behind a preposition; one unlisted word after a title that names nobody by one name
                row("وقال المتحدث باسم الحكومة للصحفيين إن القرار نهائي.", SILENT),
                row("وقال محافظ حضرموت إن الوضع مستقر.", SILENT),
                // a place after a definite head ends the title, and no name starts with it
                row("وقالت رئيسة الحكومة الجديدة جورجيا ميلوني إن روما تدعم كييف.", SILENT, "ميلوني"),
                // a dual title is the group-title rule's; سيد and a given name before ولد is a name, not a title
                row("وعقد وزيرا الخارجية أنتوني بلينكن وسيرغي لافروف، اجتماعا مطولا.", SILENT, "أنتوني بلينكن",
                        "سيرغي لافروف"),
                row("وقال سيد أحمد ولد ابوه إن الحزب مستعد.", SILENT, "سيد أحمد ولد ابوه"),
                // قائمقام: a Lebanese district's governor, his district's name the title's complement, though no
                // list knows it (with و before the head too); after مار an unlisted word is the prelate's name
                row("وحضر الحفل قائمقام جبيل السيدة نتالي مرعي الخوري، ورئيس البلدية.", FIRES, "نتالي مرعي الخوري"),
                row("وحضر القداس قائمقام جبيل نتالي مرعي الخوري، ورئيس البلدية.", FIRES, "نتالي مرعي الخوري"),
                row("وحضر القداس وقائمقام جبيل نتالي مرعي الخوري، ورئيس البلدية.", FIRES, "نتالي مرعي الخوري"),
                row("وحضر مطران زحلة للسريان الأرثوذكس مار يوستينوس بولس سفر، ورئيس البلدية.", FIRES,
                        "يوستينوس بولس سفر"),
                row("وقال قائمقام صور الأسبق حسين قبلان، إن العمل مستمر.", FIRES, "حسين قبلان"),
                // سيد, a title and a given name: right after a title it opens the name, not lengthens the title; not
                // نظير, which after a name is "in return for"
                row("وحضر الدكتور محمود صديق، نائب رئيس الجامعة، والدكتور سيد بكري، نائب رئيس الجامعة.", FIRES,
                        "محمود صديق", "سيد بكري"),
                row("وكرم الوزير المهندس أحمد علي نظير جهوده في المشروع.", FIRES, "أحمد علي"),
                // بيت, a place word and a weak given name: before a definite noun it is the institution the title
                // heads (مدير بيت الشعر); before a given name it is still a name
                row("وقال مدير بيت الشعر، إن الأمسية ناجحة.", SILENT),
                row("ومحمد البريكي مدير بيت الشعر في الشارقة.", SILENT, "محمد البريكي"),
                // a bare title word after a titled given name is his family name before a full stop or a semicolon,
                // as before a comma
                row("وحضر مدير المكتب عيسى ملك. وقال الوزير إن اللقاء مهم.", FIRES, "عيسى ملك"),
                row("وناقشها الدكتور جورج سعادة؛ الدكتور أنطوان صياح، إلى جانب الأصدقاء.", FIRES, "جورج سعادة",
                        "أنطوان صياح"),
                // after two given names, a bare title word before punctuation is the family name (a Somali شيخ), not
                // before a quoted name the role governs; عبد before a bare title is a family name alone
                row("وحضر النائب عبد الرحمن محمد شيخ، ورئيسة الشؤون الاجتماعية.", FIRES, "عبد الرحمن محمد شيخ"),
                row("والتقت المنصة السيد حسام أحمد مدير \"الجمعية الثقافية\" في المدينة.", FIRES, "حسام أحمد"),
                row("وحضر الأستاذ كرار طاهر عبد مدير قسم التربية، والأستاذ حسن السعيدي.", FIRES, "كرار طاهر عبد",
                        "حسن السعيدي"),
                // الطالب heads a role (after a reporting verb too), though it is a Mauritanian given name: that it is
                // after another title and before ولد
                row("وكرم الأمير خلال اللقاء، الطالب موسى بن صالح الزهراني لحصوله على المركز الثاني.", FIRES,
                        "موسى بن صالح الزهراني"),
                row("وذكر الطالب عبدالوهاب محمد أن المسابقة صعبة.", FIRES, "عبدالوهاب محمد"),
                row("واستقبل الوزير السيد الطالب ولد المحجوب في مكتبه.", FIRES, "الطالب ولد المحجوب"),
                row("وقال الطالب ولد المحجوب إن الزيارة مهمة.", SILENT, "الطالب ولد المحجوب"),
                // the arm of the forces after a rank, ركن or مهندس, before a given name, is part of the title; after a
                // given name it is still a family name
                row("وقال اللواء طيار محمد عبد الله إن الطائرة سقطت.", FIRES, "محمد عبد الله"),
                row("وحضر الفريق ركن مهندس بحري إبراهيم جابر إبراهيم، ومدير الجامعة.", FIRES, "إبراهيم جابر إبراهيم"),
                row("وقال الفنان هاني الطيار إن الحفل ناجح.", FIRES, "هاني الطيار"),
                // Maghrebi given names with the article, after a title
                row("وحضر الخبير السيد التوفيق مقديش و النائب السيد معز برك الله.", FIRES, "التوفيق مقديش",
                        "معز برك الله"),
                // في and the body a role is held in continue the title
                row("وقال القيادي في حزب الله محمود قماطي إن المقاومة جاهزة.", FIRES, "محمود قماطي"));
    }

    private static Arguments row(String text, boolean fires, String... persons) {
        return FoundPeople.ruleRow(text, fires, persons);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firesOnlyWhereItShould(String text, boolean fires, List<String> expected) {
        FoundPeople.assertRuleRow(TitleRule.ID, text, fires, expected);
    }
}

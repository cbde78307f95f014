package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One short sentence per rule. Each expectation is one person: the surface forms found in the sentence,
 * separated by |. The sentence yields exactly these persons and nothing else, from the rules alone (the learned
 * tagger that adds to them has its own table, {@code PersonTaggerTest}).
 */
class NameRulesTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                // titles and roles
                rule("قال وزير الدفاع الأمريكي لويد أوستن إن واشنطن ملتزمة بأمن حلفائها.", "لويد أوستن"),
                rule("وقالت المتحدثة باسم البيت الأبيض كارين جان بيير للصحفيين إن الرئيس سيسافر غدا.",
                        "كارين جان بيير"),
                rule("التقى رئيس أركان البيت الأبيض جيف زينتس مع ممثلي الموظفين.", "جيف زينتس"),
                rule("وحضر نائب مساعد الرئيس للأمن القومي جوناثان فاينر الاجتماع.", "جوناثان فاينر"),
                rule("يقدم المبعوث الشخصي للأمين العام للأمم المتحدة، ستافان دي ميستورا، إحاطة للمجلس.",
                        "ستافان دي ميستورا"),
                rule("وزير الدفاع الأمريكي ونظيره الإسرائيلي يبحثان الوضع في غزة"),
                rule("أكد الرئيس ضرورة وقف الحرب وجدد دعمه للمفاوضات."),
                rule("وأكد الوزير أن بلاده ستواصل دعمها."),
                // بعنوان، تحت شعار: the words after a cue of a work's or an event's title are that title
                rule("وأقام المركز أمسية شعرية بعنوان تحية وفاء لشهداء الوطن."),
                rule("وأطلقت الجمعية حملة تحت شعار سارة أمل للأطفال."),
                rule("وألقت الدكتورة سارة أحمد محاضرة بعنوان الأمن الغذائي.", "سارة أحمد"),
                // السامي الاحترام: the courtesy of a letter after a cleric's name is no family name
                rule("وشارك في القداس سيادة المطران حنا علوان السامي الاحترام، وحضر الرعية.", "حنا علوان"),
                // الحصين: ال and four letters in ين is a family name of the shape فعيل, not a plural (المهنئين)
                rule("بحضور المهندس عبد العزيز الحصين وعدد كبير من المهنئين.", "عبد العزيز الحصين"),
                // على is the name علي on a page that writes every final ي as ى (فى، الذى، المصرى), not elsewhere
                rule("وقال المستشار مجدى العجاتى إن المحكمة التى نظرت القضية غرمت المحامين أسامة مبروك وعلى كمال ومحاميا آخر فى الجلسة.",
                        "مجدى العجاتى", "أسامة مبروك", "على كمال"),
                rule("وقال اللواء حسن على خيرى، مدير الأمن المصرى، إن الحادث عارض فى المنطقة.", "حسن على خيرى"),
                rule("وغرمت المحكمة المحامين أسامة مبروك وعلى كمال ومحاميا آخر في الجلسة.", "أسامة مبروك"),
                // جل "most of" is no name after a title
                rule("وقد أولى المدير جل رعايته للقطاع التعليمي."),
                // سيد الموقف: a title that is also a given name, in construct with a definite word, ends the name
                rule("وكان محمد صلاح سيد الموقف في المباراة أمس.", "محمد صلاح"),
                // نجم منتخب مصر: a title that is also a given name, before the team it governs, ends the name
                rule("مما لا شك فيه أن محمد صلاح نجم منتخب مصر في كرة القدم أصبح من الأساطير.", "محمد صلاح"),
                // مساعد رئيس الجامعة: a deputy's title that is also a given name, before the title it governs, is
                // the role (not so سلطان before عضو الاتحاد: a name)
                rule("وحضر الدكتور صبيح الجبوري مساعد رئيس الجامعة للشؤون العلمية.", "صبيح الجبوري"),
                rule("وحضر محمد الأحمد مساعد المدير الحفل.", "محمد الأحمد"),
                rule("ويضم في عضويته كاظم مجيد سلطان عضو الاتحاد.", "كاظم مجيد سلطان"),
                // أمير, a title and a given name: after another title or inside a name it is the name; before the
                // complement, unit or place it governs it is the role (أمير المنطقة، أمير دولة الكويت)
                rule("وأوضح اللواء أمير فضل عبد المنعم مدير شرطة الولاية أن الزيارة مهمة.", "أمير فضل عبد المنعم"),
                rule("وقدم التعازي أمير المنطقة لأسرة الفقيد."),
                rule("واستقبل الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت رئيس المجلس.",
                        "صباح الأحمد الجابر الصباح"),
                // ناظر, the native administration's title: the name before و and the next ناظر closes
                rule("بحضور ناظري عموم القبائل والحباب علي ابراهيم دقلل وناظر الهدندوة.", "علي ابراهيم دقلل"),
                rule("وسجل كريم فؤاد نجم ليفربول هدفا في الشوط الأول.", "كريم فؤاد"),
                // لولا دا سيلفا: before a Romance particle a function word is a name word; on one page the name's
                // tail from that word is the full name
                rule("وأعلن الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا أن بلاده ستشارك.",
                        "لويس إيناسيو لولا دا سيلفا"),
                rule("وقال لولا دا سيلفا إن الاتفاق مهم، وأضاف الرئيس لويس إيناسيو لولا دا سيلفا أن بلاده ستشارك.",
                        "لولا دا سيلفا|لويس إيناسيو لولا دا سيلفا"),
                // الشيخ between a given name and the next is the father's honorific, part of the name; not after a
                // place unit, nor before a name with its own chain
                rule("وحضر الأستاذ الدكتور أحمد الشيخ علي الحفل.", "أحمد الشيخ علي"),
                rule("وشيعت المدينة الشيخ محمد الشيخ عبد المحمود أمس.", "محمد الشيخ عبد المحمود"),
                rule("واستقبل الرئيس محمد الشيخ تميم بن حمد في القصر.", "تميم بن حمد"),
                // an organisation named by its head and a definite adjective in ي is whole: a sure given name after it
                // opens a person
                rule("وسجل الهدف الأول لنادي الصفاقسي حسام دقدوق في الدقيقة 51.", "حسام دقدوق"),
                rule("وزار الوفد مستشفى الملك فهد الجامعي أمس."),
                // after a prize's category, a name followed by من and a place, where its holder comes from
                rule("وفي جائزة الراوي العربي مصطفى عثمان من مصر.", "مصطفى عثمان"),
                rule("فاز بجائزة الرواية محمد أحمد من مصر.", "محمد أحمد"),
                // a definite given name that is also a title (الأمين) completes a sure given name before the father's
                rule("وحضر الأستاذ محمد الأمين محمد المهدي، عميد الكلية.", "محمد الأمين محمد المهدي"),
                // a father's given name that is also a word (كامل), before the grandfather's sure given name
                rule("قام رئيس الوزراء السيد عبد القادر كامل محمد بزيارة إلى المدينة.", "عبد القادر كامل محمد"),
                // after a person's title, two to four words between quotes are the name however ordinary its words;
                // not what an indefinite title governs, nor a body's name
                rule("واجتمع رئيس اللجنة الدكتور \"عقيل طالب الفريجي\" مع شيوخ العشائر.", "عقيل طالب الفريجي"),
                rule("وأشاد رئيس الحكومة بالشيخ القارئ “مفتاح السلطني” باعتباره أول من سجل القراءات.",
                        "مفتاح السلطني"),
                rule("وقال مراسل “المساء برس” إن الهجوم وقع صباحا."),
                rule("وعقد قائد قوات “المقاومة الوطنية حراس الجمهورية” اجتماعا."),
                // after a title, a listed noun family name closes before the verb whose subject the name is
                rule("وفي هذا الإطار الدكتور علي جمعة يوضح حكم المسألة.", "علي جمعة"),
                // مسئول, the Egyptian spelling of مسؤول, is a common word after a name, as مسؤول is
                rule("وحضر المهندس صبري حسن مسئول الأبنية التعليمية بأسوان.", "صبري حسن"),
                // before و and the next person's title or given name, the word after two words of a name is its last
                rule("أعفى الرئيس وزير الداخلية عبدي فرح سعيد جحا ووزيرة التجارة خضرة أحمد من منصبيهما.",
                        "عبدي فرح سعيد جحا", "خضرة أحمد"),
                rule("وشمل الوقف كلا من إبراهيم الهندي وفاطمة عبد الله الكويتي وكاظم العطار.", "إبراهيم الهندي",
                        "فاطمة عبد الله الكويتي", "كاظم العطار"),
                // (not the role of an appointment: خالد النقر مساعدا)
                rule("وعين النادي المدرب خالد النقر مساعدا وأحمد علي مدربا للحراس.", "خالد النقر", "أحمد علي"),
                // ركن, the staff a rank is of, goes on in the title (اللواء ركن)
                rule("وحضر اللواء ركن محمد علي سعيد قائد الفرقة الأولى مشاة.", "محمد علي سعيد"),
                // two name-shaped words before a list of names joined by و are its first item; an organisation is not
                rule("والتقى المجلس النواب المتمثلين في رمضان شمبش وإبراهيم زغيد وسعد البدري.", "رمضان شمبش",
                        "إبراهيم زغيد", "سعد البدري"),
                rule("وأشاد بجهود وزارة الصحة وإبراهيم زغيد وسعد البدري.", "إبراهيم زغيد", "سعد البدري"),
                rule("رمضان شمبش وإبراهيم زغيد وسعد البدري نواب المدينة.", "رمضان شمبش", "إبراهيم زغيد", "سعد البدري"),
                // a bare title word before a comma after a given name is the family name; in the accusative it is
                // the role the person came in
                rule("وترأس القداس المطران بطرس قسيس، راعي الأبرشية.", "بطرس قسيس"),
                rule("وحضر الاجتماع أحمد نائبا، عن الوزير."),
                // a family name shaped like an elative before a comma after a sure given name; a listed elative is none
                rule("وقال سعد أردش، إن المسرح يحتاج إلى دعم.", "سعد أردش"),
                rule("وكان خالد أسرع، من الجميع في السباق."),
                // a definite family name, even one a list holds as a word, after two words of a name and before a
                // comma; an epithet no list takes as a nisba is no family name there
                rule("استقبل مدير عام التربية في كربلاء، عباس عودة السلطاني، في مكتبه وفدا.", "عباس عودة السلطاني"),
                rule("وقدم النواب طلبا وقعه وليد الطبطبائي ومحمد براك المطير، إلى المجلس.", "وليد الطبطبائي",
                        "محمد براك المطير"),
                rule("واستقبل السلطان قابوس بن سعيد المعظم، الضيوف في القصر.", "قابوس بن سعيد"),
                // علي after given names before punctuation or ب and a noun is the name: على governs a noun
                rule("وأدار الندوة الشاعر محمد نجيب محمد علي.. وحضرها كثيرون على غير العادة.", "محمد نجيب محمد علي"),
                rule("افتتح المدير التنفيذي عامر عثمان علي بحضور المفوض مركزا على الطريق.", "عامر عثمان علي"),
                // سن and a stem with ا before its last letter is a family name, no first-person future verb
                rule("وقال أحمد سنجاب، مراسل القناة من بيروت، إن لبنان كان حاضرا.", "أحمد سنجاب"),
                // a given name, then a father's given name and a family name before و and the next given name
                rule("ومن الحضور ممثل المرجع في الكويت محمد باقر المهري وأسامة الصائغ مدير الوقف.", "محمد باقر المهري",
                        "أسامة الصائغ"),
                // a listed family name that is also a noun closes a name of two words before punctuation
                rule("وألقت المديرة التربوية، الأستاذة غالية قندفجي عطايا، كلمة الإدارة.", "غالية قندفجي عطايا"),
                // after a title, a given name, بن and the ancestor closing the clause are a name of their own
                rule("ليترحم على روح رائد النهضة الإمام عبد الحميد بن باديس.", "عبد الحميد بن باديس"),
                // a lone word no list knows, between two names of a list of names, is a name; a listed word is not
                rule("وحضر الحفل نجوم كثيرون، منهم: دنيا سمير غانم، محمد رمضان، حسن الرداد، روجينا، مي عمر، تامر حسني.",
                        "دنيا سمير غانم", "محمد رمضان", "حسن الرداد", "روجينا", "مي عمر", "تامر حسني"),
                rule("وحضر الحفل نجوم كثيرون، منهم: دنيا سمير غانم، محمد رمضان، حسن الرداد، وغيرهم، مي عمر، تامر حسني.",
                        "دنيا سمير غانم", "محمد رمضان", "حسن الرداد", "مي عمر", "تامر حسني"),
                // عن طريق, "by way of": the scorer after it, no road named after him
                rule("تقدم المريخ بالهدف الأول عن طريق أحمد بيبو من ضربة جزاء.", "أحمد بيبو"),
                rule("وتم ذلك عن طريق التواصل مع الوزارة."),
                // بطولة before a given name is the cast ("starring"), before a king's name and number a championship
                rule("المسلسل من بطولة هبة الدري وحمد العماني وحسين المهدي.", "هبة الدري", "حمد العماني",
                        "حسين المهدي"),
                rule("وفاز المنتخب في بطولة محمد السادس الدولية للكاراتيه."),
                // an imperfect of three letters (تعد، تضع) is the verb after the name, no family name
                rule("وقالت: داريا تضع يدها بيد كل المخلصين."),
                // ل and an imperfect open a clause after a name, no next item of a list; وجود is a noun, not و + جود
                rule("بحنجرة الرادود الحسيني عمار الكناني، لتنهال مدامع كل من حضر.", "عمار الكناني"),
                rule("وكان مفيدا جدا وجود مرشد يتحدث لنا عن المكان."),
                // علي before a masdar of three letters in construct is على written with ي; before عبد, the name
                rule("ورحب بالوفد مؤكدا علي عمق العلاقات بين الولايتين."),
                // a dual title in construct needs its genitive: before punctuation or a title it is the family name
                rule("وقال مصطفى وزيري، الأمين العام للمجلس الأعلى للآثار، إن الكشف مهم.", "مصطفى وزيري"),
                rule("واجتمع محمد وزيري الخارجية والدفاع أمس."),
                // a family name of colour closes before و and the next person's given name
                rule("ولعب في الوسط حمزة الأحمر ومحمد أمين بن عمر.", "حمزة الأحمر", "محمد أمين بن عمر"),
                rule("وشهدت الولاية مراسم تنصيب علي عبد القادر حاكما للإقليم.", "علي عبد القادر"),
                // a person never in any lexicon, found from the title alone
                rule("قال وزير الخارجية الفنلندي ألكسندر ستوب إن بلاده تدعم العقوبات.", "ألكسندر ستوب"),
                rule("وقال وزير الخارجية الإستوني مارغوس تساهكنا للصحفيين إن الاتحاد يجب أن يتحرك.",
                        "مارغوس تساهكنا"),
                rule("قالت المتحدثة باسم الخارجية الصينية ماو نينغ إن بكين تعارض العقوبات.", "ماو نينغ"),
                // a definite given name after a title opens the name when a word no list knows follows it
                rule("وحضر السيد الحسين أوشني وكذا عميد كلية العلوم.", "الحسين أوشني"),
                rule("وقال النائب الأمين العام للحزب إن الانتخابات ستجري."),
                // a family name ending in وا with no consonant before it is no plural verb (كانوا، أتوا are)
                rule("وسلم أوراق اعتماده إلى نائب رئيس السلفادور فيليكس أويوا.", "فيليكس أويوا"),
                // a family name that is also a noun, before a role in apposition (وكيل وزارة), not before a verb's
                // object or after a title's place
                rule("وحضر الاجتماع سعد غراب رئيس مدينة دمنهور، ومحمد عصر وكيل وزارة التموين.", "سعد غراب",
                        "محمد عصر"),
                rule("وحضر ممثل جلالة سلطان عمان وزير الثقافة الحفل."),
                // a compound the lists hold written as one (شرفالدين) is a family name though its first word is a noun
                rule("ووزير الصحة العامة والسكان الدكتور علي شيبان شرف الدين، ورئيس الهيئة العامة للعلوم.",
                        "علي شيبان شرف الدين"),
                // a place in the shape of a nisba (الشدادي، القامشلي) after given names is the family named after it
                rule("وحضر الوزير، ومحمد علي الشدادي نائب رئيس مجلس النواب.", "محمد علي الشدادي"),
                rule("وقال محمد علي القامشلي إن الوضع صعب.", "محمد علي القامشلي"),
                // nor is a five-letter definite word in وا (الشوا): the article opens no plural verb of that length
                rule("ووقّعت الكاتبة ناهد الشوا على كتابها الأول.", "ناهد الشوا"),
                // بشكل رسمي: ب + شكل "manner", no family name
                rule("ومن المتوقع أن تعلن الإدارة عن صفقة المهاجم ليوناردو بشكل رسمي خلال الساعات القادمة.", "ليوناردو"),
                // أشاد بدور: ب + دور "the role", not the given name بدور
                rule("وأشاد الرئيس بدور أبناء محافظة تعز في الدفاع عنها."),
                // the given name علي ends a three-part name on a page that writes the preposition على with ى (and
                // after which أن، ما and quantifiers stay the preposition's)
                rule("واستقبل اللواء محمود محمد علي المدير الجديد لشرطة الإقليم، وأطلعه على الخطة.",
                        "محمود محمد علي"),
                rule("وقال الوالي محمود حسن علي إن القوات جاهزة على الحدود.", "محمود حسن علي"),
                rule("ووافق الوزير محمد حسن علي أن يتم ذلك على الفور.", "محمد حسن"),
                rule("وشدد الوزير محمد حسن علي إنشاء الطرق على الحدود.", "محمد حسن"),
                rule("وحصل اللاعب محمد حسن على الجائزة.", "محمد حسن"),
                // a page that writes على as علي too: no telling the name from the preposition
                rule("وقال الوالي محمود حسن علي إن القوات جاهزة علي الحدود.", "محمود حسن"),
                // inside a title, the word after a state's noun names the state, listed or not
                rule("وندد رئيس ولاية بونتلاند سعيد دني بقرار الحكومة الفيدرالية.", "سعيد دني"),
                // Korean names read like Chinese ones: a family syllable and two given syllables
                rule("ونقل الوزير تحياته إلى الرئيس الكوري الجنوبي لي جيه ميونغ خلال اللقاء.", "لي جيه ميونغ"),
                rule("وصرح وزير الخارجية الكوري تشو تاي يول بأن المحادثات مستمرة.", "تشو تاي يول"),
                // a page typed on a Persian keyboard (ی for ي): the lexicon still knows the title and the name
                rule("وأقيم الحفل بحضور الأمین العام أنطونیو غوتیريش وشخصیات بارزة.", "أنطونیو غوتیريش"),
                // clitics
                rule("اتصل لويد أوستن بـ جالانت، ثم التقى يوآف جالانت في البنتاغون.", "لويد أوستن",
                        "جالانت|يوآف جالانت"),
                rule("بحث بيني غانتس ويائير لابيد الأزمة، وقال لابيد إن الحكومة فشلت.", "بيني غانتس",
                        "يائير لابيد|لابيد"),
                rule("التقى أنتوني بلينكن في الرياض، وقال بلينكن إن المحادثات مثمرة.", "أنتوني بلينكن|بلينكن"),
                // quoted names and glued words
                rule("وأكد وزير الدفاع الأمريكي \"لويد أوستن\" دعم بلاده.", "لويد أوستن"),
                rule("اقرأ أيضاًمصطفى بكري يطالب بتنفيذ الحكم", "مصطفى بكري"),
                // byline
                rule("زنقة20| علي التومي", "علي التومي"),
                // organisations and places named after people (those after an organisation word: OrganisationRuleTest)
                rule("وصلت حاملة الطائرات أيزنهاور إلى البحر الأحمر."),
                rule("أعلنت حركة حماس وقالت إسرائيل إن واشنطن والبنتاغون يدعمان الاتفاق."),
                // two people with one surname: the bare surname stays unresolved
                rule("قال إد ميليباند إن شقيقه ديفيد ميليباند سيعود، وأضاف ميليباند أن القرار لم يحسم.",
                        "إد ميليباند", "ديفيد ميليباند"),
                // father and son, Kim Jong-un and Kim Jong-il
                rule("قارن المحللون بين جورج بوش الأب وجورج بوش الابن.", "جورج بوش الأب", "جورج بوش الابن"),
                rule("أشرف الزعيم كيم جونغ أون على التجربة في ذكرى ميلاد والده كيم جونغ إيل.", "كيم جونغ أون",
                        "كيم جونغ إيل"),
                // transliteration variants in one text resolve to one person
                rule("التقى يوآف غالانت ثم قال يؤاف جالانت إن الحرب ستستمر.", "يوآف غالانت|يؤاف جالانت"),
                rule("قال إيتمار بن غفير إن الحكومة ستسقط، ورد إيتمار بن جفير على منتقديه.",
                        "إيتمار بن غفير|إيتمار بن جفير"),
                // reporting verbs and particles
                rule("وأضاف سموتريتش بعد أن صرح بتسلئيل سموتريتش للإذاعة بأن الميزانية جاهزة.",
                        "سموتريتش|بتسلئيل سموتريتش"),
                rule("استقبل ولي العهد الأمير محمد بن سلمان وزير الخارجية الأمير فيصل بن فرحان.",
                        "محمد بن سلمان", "فيصل بن فرحان"),
                rule("وقال حسن نصر الله في خطاب متلفز إن المقاومة مستعدة.", "حسن نصر الله"),
                rule("استقبل الرئيس عبد الفتاح السيسي وزير الخارجية بدر عبد العاطي.", "عبد الفتاح السيسي",
                        "بدر عبد العاطي"),
                // a given name that is also an ordinary word does not start a name alone
                rule("احتلال كامل لقطاع غزة وتعاون جميل بين البلدين."),
                rule("يسري القرار الجديد من الشهر المقبل ويزيد عدد المستفيدين في شهر رمضان المبارك."),
                // where a name stops: verbs, accusatives, prepositions
                rule("أعلن الاتحاد تعيين حسام حسن مديرا فنيا، وسجل محمد صلاح هدفين في المباراة.", "حسام حسن",
                        "محمد صلاح"),
                rule("قال جمال حسن إن كمال حسن سيحضر.", "جمال حسن", "كمال حسن"),
                rule("أشرف الزعيم كيم جونغ أون على التجربة.", "كيم جونغ أون"),
                rule("سيلتقي رئيس الوزراء العراقي محمد شياع السوداني في بغداد.", "محمد شياع السوداني"),
                rule("ردت رئيسة المفوضية الأوروبية أورسولا فون دير لاين بأن أوروبا مستعدة.",
                        "أورسولا فون دير لاين"),
                // Arabic names are never merged on a transliteration skeleton
                rule("التقى محمد عباس مع محمود عباس.", "محمد عباس", "محمود عباس"),
                rule("وقال المدرب حسن علي إن الفريق جاهز، وأكد اللاعب حسين علي أن المباراة صعبة.", "حسن علي",
                        "حسين علي"),
                rule("وقالت الوزيرة ليلى حداد إن الخطة جاهزة، وأضافت النائبة ليلى حدادي أن التصويت قريب.",
                        "ليلى حداد", "ليلى حدادي"),
                rule("وقال أحمد الناصر إن الشركة رابحة، وأكد أحمد الأنصاري أن السوق مستقرة.", "أحمد الناصر",
                        "أحمد الأنصاري"),
                // a foreign final vowel written ه or ي: one person, only when the whole name is foreign
                rule("قال الأمين العام لحلف الناتو مارك روتي إن الحلف مستعد، وأكد مارك روته أن الإنفاق سيرتفع.",
                        "مارك روتي|مارك روته"),
                rule("قالت رئيسة الوزراء ميته فريدريكسن إن بلادها مستعدة، وأضافت ميتي فريدريكسن أن الحوار ممكن.",
                        "ميته فريدريكسن|ميتي فريدريكسن"),
                rule("وقال الوزير بيتر هاردي إن الاتفاق ممكن، وقال النائب بيتر هاردينغ إن التصويت قريب.",
                        "بيتر هاردي", "بيتر هاردينغ"),
                // a role word followed by an ordinary word is no person
                rule("وقال رئيس النادي إن الفريق جاهز للبطولة."),
                // sources without a name after a reporting verb or a nationality have their own tables
                // (ReportedSpeechRuleTest, NationalityRuleTest); an adverbial participle before أن names nobody
                rule("مؤكدا أن اللاعب يتطور بسرعة في التدريبات."),
                // job titles, names ending in ه, a group's name as a family name, lists, د.
                rule("سجل المهاجم المصري عمر مرموش هدفين، وغاب الحارس إيدرسون بسبب الإصابة.", "عمر مرموش",
                        "إيدرسون"),
                rule("قالت رئيسة الوزراء الدنماركية ميته فريدريكسن إن بلادها لن تبيع الجزيرة.", "ميته فريدريكسن"),
                rule("وأشار إلى أن زعيم الجماعة عبد الملك الحوثي يرفض كل المبادرات.", "عبد الملك الحوثي"),
                rule("وضمت الحكومة: سامي الجبوري وزيرا للمالية، ونبيل فهمي وزيرا للخارجية.", "سامي الجبوري",
                        "نبيل فهمي"),
                rule("وشارك د. جمال سند السويدي في الجلسة.", "جمال سند السويدي"),
                rule("وأكد المحامي خالد علي أن الحكم سيستأنف، وجلس علي الطاولة.", "خالد علي"),
                // family names that are also nouns, only where a title or a verb of speech announced the person
                rule("وقال سمير حرب، رئيس البلدية، إن الطريق أغلق.", "سمير حرب"),
                rule("وهنأ الرئيس فؤاد سلام، في بيان، الحكومة الجديدة.", "فؤاد سلام"),
                rule("ودعا إلى السلام والحرب على الفساد في البلاد."),
                // a chain whose first word reads as ب + noun, a grandfather before a kunya family name
                rule("بعد استقالة الدكتور بشير هاني الطراونة من منصبه.", "بشير هاني الطراونة"),
                rule("يعين المهندس وليد منير رفعت أبو الهيجاء وزيرا للنقل.", "وليد منير رفعت أبو الهيجاء"),
                // a king's father after his regnal number
                rule("نحن حسين الأول ابن طلال، ملك البلاد، نأمر بما هو آت.", "حسين الأول ابن طلال"),
                // a definite family name in ة closing a name or a chain
                rule("ووصل سعود بن فهد العطيشة وزير الدولة إلى المطار.", "سعود بن فهد العطيشة"),
                // list cues and lists joined by و
                rule("ونعاه فنانون كثيرون، منهم هالة صدقي وأحمد كمال إمام وسوسن بدر.", "هالة صدقي", "أحمد كمال إمام",
                        "سوسن بدر"),
                // Chinese names: a family syllable and given syllables
                rule("وقال رئيس مجلس الدولة الصيني وين جيا باو إن النمو سيتواصل.", "وين جيا باو"),
                // verbs, participles and masdars after a name or a title are not names
                rule("وقال الوزير سامر القيسي مخاطبا النواب إن الموازنة جاهزة.", "سامر القيسي"),
                rule("ويتهم الوزير بتحويل ملكية أراض عامة."),
                rule("أمير البلاد يقيم حفل استقبال على شرف الضيوف."),
                rule("وأفاد وزير المالية المقبل، سيرفع تقريره إلى البرلمان."),
                // Mauritanian chains: a definite given name before بنت/ولد, سيد/سيدي + a given name as one given name
                rule("كما تم تعيين المختار ولد محمد سالم، وزيرا للصحة.", "المختار ولد محمد سالم"),
                rule("وعين يحيى ولد سيدي محمد ولد أحمد، وزيرا للمالية.", "يحيى ولد سيدي محمد ولد أحمد"),
                // ... and with a compound عبد name; a king's number before ولد is part of a given name (no king's
                // chain has ولد); سيد + a given name is the father's name with no particle before it either
                rule("وحضر نائب المقاطعة محمد الخامس ولد سيدي عبد الله اللقاء.", "محمد الخامس ولد سيدي عبد الله"),
                rule("وقال المدير العام محمد المختار سيد أحمد إن البرنامج جاهز.", "محمد المختار سيد أحمد"),
                rule("وألقى الملك محمد السادس خطابا أمام البرلمان.", "محمد السادس"),
                // a word in ة no list knows opens a name before بنت and a listed given name, in a list after its و
                rule("وكرمت الجمعية الكاتبة نصرية بنت سالم المعمري في الحفل.", "نصرية بنت سالم المعمري"),
                rule("وكرمت الجمعية فاطمة بنت علي الشيدي، ونصرية بنت سالم المعمري.", "فاطمة بنت علي الشيدي",
                        "نصرية بنت سالم المعمري"),
                rule("وزار وفد من مدرسة بنت جبيل الثانوية المعرض."),
                // after a given name and a chain particle, a definite word closing at punctuation is the father's
                // name though an adjective too
                rule("وحضرت فاطمة منت التقي، والأمين العام للوزارة.", "فاطمة منت التقي"),
                // علي before a family nisba is the father's name (علي الرغم is a phrase); a name closes before a
                // function word behind a clitic (بهذا) and before an imperfect verb of the shape يفاعل
                rule("وقال الزميل سعود علي العتيبي رئيس القسم إن العمل مستمر.", "سعود علي العتيبي"),
                rule("وأشاد الأستاذ محمد علي الحوثي بهذا الإنجاز الكبير.", "محمد علي الحوثي"),
                rule("وأشاد الأستاذ أحمد علي الزبيدي بالإنجاز.", "أحمد علي الزبيدي"),
                rule("وأكد محمد علي الرغم من الصعوبات."),
                rule("وطالب المستشار البرلماني محمد كمال يسائل وزير الفلاحة عن الأسعار.", "محمد كمال"),
                // hamza tells words from names that normalise alike: الآن is "now" (الان, Alan), بأنه and بأول a clitic
                // before a word (بانه، باول are names); an adverb in ـيا (أساسيا) is no family name
                rule("وأفاد العضو سالم الفيتوري، بأنه لم يتقرر شيء بعد.", "سالم الفيتوري"),
                rule("ولم تُرشح حتى الآن ـ أسماء لتولي المنصب."),
                rule("وسجل يوسف السفري بأول انتصار للفريق.", "يوسف السفري"),
                rule("ويعود المدافع كريم بلعباس أساسيا في محور الدفاع.", "كريم بلعباس"),
                // fixed expressions of name-like words are no names, and no name reads on into one
                rule("ونقول لكم رمضان كريم وكل عام وأنتم بخير."),
                rule("وحصل على شهادة حسن السلوك من المدرسة."),
                rule("احتفلت الكنيسة ببرامون عيد الميلاد المجيد في البطريركية."),
                rule("وقال حسن الترابي إن الحوار مستمر.", "حسن الترابي"),
                rule("وقال إن الفوز بالجائزة توفيق الله لى وللفريق كله."),
                // a preposition, a noun and a pronoun (بدوره), or a plural object (الفائزين), after a title and a
                // given name is no family name
                rule("وقال الوزير محمد بدوره إن الخطة جاهزة."),
                rule("وكرم المحافظ سامي الفائزين."),
                // the accusative of a participle (شاكرا) is no family name
                rule("وأشاد الأستاذ نبيل شاكرا له جهوده في خدمة البلدة."),
                // a definite noun behind ل is no given name before ولد (the Mauritanian chain)
                rule("وقال إن كلامه يحيل للمسيء ولد امبارك ولشريحة كاملة."),
                // a tatweel standing alone is a dash: no name reads on into the aside it opens
                rule("وأشاد بالنهضة التي أطلقها الشيخ زايد ـ طيب الله ثراه ـ في عام 1971."),
                // صباح اليوم, فجر أمس: a time of day after a name closes it, though صباح and فجر are given names
                rule("وعقد الأستاذ علي محمد سالم البخاري صباح اليوم اجتماعا.", "علي محمد سالم البخاري"),
                rule("وقال الأستاذ علي محمد البخاري صباح اليوم إن المشروع اكتمل.", "علي محمد البخاري"),
                rule("وقالت الفنانة صباح إن الحفل نجح.", "صباح"),
                // آيت opens a family's name: the word after it is its root, whatever else it is; أولاد is "children"
                rule("وعين السيد خالد آيت طالب، واليا على جهة فاس.", "خالد آيت طالب"),
                rule("واستقبل سعيد أولاد الشهداء في مكتبه."),
                // a definite given name before an unlisted word that closes the clause ends a title's complement
                rule("واستدعى المدرب حارس الجيش الملكي المهدي بنعبيد.", "المهدي بنعبيد"),
                // باسم is the name before a given name after a title phrase; "in the name of" in a spokesman's title,
                // after a word of naming and outside a title
                rule("وحضر رئيس المنطقة التربوية في الجنوب باسم عباس، والمطران شكرالله نبيل الحاج.", "باسم عباس",
                        "شكرالله نبيل الحاج"),
                rule("وقال المتحدث باسم محمد بن سلمان إن الزيارة ناجحة.", "محمد بن سلمان"),
                rule("وقال الناطق الرسمي باسم محمد بن سلمان إن الزيارة ناجحة.", "محمد بن سلمان"),
                rule("وقال المتحدث الإعلامي باسم محمد بن راشد إن الزيارة ناجحة.", "محمد بن راشد"),
                rule("وألقى كلمة باسم محمد بن راشد آل مكتوم في الحفل.", "محمد بن راشد آل مكتوم"),
                rule("وكان الرجل المعروف باسم دودي يدير النادي منذ سنوات."),
                // السيد and الحاج before the next given name are the father's name in a chain after a sure given
                // name; after a title's complement or a verb, السيد is the honorific before another name
                rule("وتم تكريم الحفظة وهم: يوسف السيد عبدالحافظ و خديجة السيد حسن.", "يوسف السيد عبدالحافظ",
                        "خديجة السيد حسن"),
                rule("وحضر العلامة السيد علي السيد ناصر السلمان وغيره من العلماء.", "علي السيد ناصر السلمان"),
                rule("وكرمت المدرسة خديجة السيد عبد الرحمن أمس.", "خديجة السيد عبد الرحمن"),
                rule("واستقبل مصطفى مدبولي السيد أحمد أبو الغيط في مكتبه.", "مصطفى مدبولي", "أحمد أبو الغيط"),
                rule("وقد اشرف السيد فؤاد حاجي على الحملة.", "فؤاد حاجي"),
                rule("وكان في الاستقبال عمدة بلدية تفرغ زينه السيد الطالب ولد المحجوب أمس.",
                        "الطالب ولد المحجوب"),
                // a participle title before another title governs it: the name ends before it; a noun title or a
                // given name as often a word before a role is the name's last word
                rule("وحضر اللواء رجب عبدالعال مساعد وزير الداخلية الاجتماع.", "رجب عبدالعال"),
                rule("ويضم في عضويته كاظم مجيد سلطان عضو الاتحاد.", "كاظم مجيد سلطان"),
                // the participle of a derived form in the accusative is the role the sentence gives the name
                rule("وناقشت اللجنة الرسالة على مدى ساعتين، والدكتور حسام محمد علي مراقبا للجلسة.", "حسام محمد علي"),
                rule("وعين الوزير خالد سالم مشرفا على الحملة.", "خالد سالم"),
                // a title, words up to a comma, and the same title again in apposition: those words are the whole
                // name, however few of them any list knows; not a noun with its pronoun
                rule("وسعادة السفير سايمر بالا، سفير جمهورية ألبانيا؛ وسعادة السفيرة نور العين جبيرة باجا، سفيرة"
                        + " جمهورية الفلبين.", "سايمر بالا", "نور العين جبيرة باجا"),
                rule("ابتدأ الاحتفال بكلمة ألقاها سعادة عبدالله الحر، سفير دولة قطر ورئيس مجلس الأمناء.",
                        "عبدالله الحر"),
                rule("الفنان صوت وطنه، الفنان صوته سلاحه ليصرخ بالحرية."),
                // و and a title after the comma open the list's next item: no apposition
                rule("وضم الوفد وزير العدل وحافظ الأختام عبد الرشيد طبي، ووزير التعليم العالي كمال بداري.",
                        "كمال بداري"),
                // districts named after people are places (لقاء الولاة المنتدبين)
                rule("ويخص التنصيب مقاطعات الحراش، حسين داي، رويبة وبئر مراد رايس."),
                // after ولد or بنت the father's name may be a common word, where the clause ends or a function word
                // follows; ولد before a function word is the verb "was born"
                rule("رافق الوزير السفير محمد الحنشي ولد الكتاب؛ مدير التعاون الثنائي.", "محمد الحنشي ولد الكتاب"),
                rule("وقد عين محمد عبدالله ولد خطرة في منصبه الجديد.", "محمد عبدالله ولد خطرة"),
                rule("وقال إن محمد ولد في القاهرة عام 1950."),
                rule("وقال إن محمد عبدالله ولد بالقاهرة في عام 1950.", "محمد عبدالله"),
                rule("وقالت إن فاطمة علي بنت المدرسة في قريتها.", "فاطمة علي"),
                // the churches' press names its clergy by one religious name
                rule("والرئيس الروحي للدير الراهب أخيليوس. بعد الضيافة توجه الوفد إلى الكنيسة.", "أخيليوس"),
                rule("وترأس القداس الأنبا بطرس والأنبا موسى أسقف الشباب.", "بطرس", "موسى"),
                // الفريق is a rank (and a team), never a family name
                rule("وقال مدرب الزوراء حيدر عبد الأمير الفريق جاهز للمباراة.", "حيدر عبد الأمير"),
                rule("وأشاد الفريق ياسر العطا بجهود القوات.", "ياسر العطا"),
                // a later word and الله, a given name the lists hold as one word (خيرالله), are one word of the name
                rule("بحضور حميد يوسف رئيس الاتحاد البحريني، وفوزي فتح الله رئيس الاتحاد الليبي للشطرنج.", "حميد يوسف",
                        "فوزي فتح الله"),
                rule("وتعادل محمد عزت مع الأستاذ الاتحادي اللبناني فيصل خير الله.", "محمد عزت", "فيصل خير الله"),
                rule("وقال أحمد حفظه الله إن الاتفاق قريب."),
                // a word and a definite word the lists hold as one given name (تاجالسر) open a name as one word
                rule("وفاز التونسي على الأستاذ الاتحادي السوداني تاج السر أبو بكر، فيما تعادل الآخرون.",
                        "تاج السر أبو بكر"),
                // الهادئ, normalised, is the given name الهادي: only المحيط الهادئ is the Pacific
                rule("واستقبل الوزير السفير أسامة الهادي سفير جمهورية مصر العربية.", "أسامة الهادي"),
                rule("وتقع الجزر في المحيط الهادئ قرب أستراليا."),
                // the masdar تفعيل in the accusative is no family name, even after a title
                rule("وهي خطوة اتخذها رئيس البلاد المنتخب لقيت ترحيبا واسع النطاق."),
                // before ولد, الشيخ is a Mauritanian given name, not the honorific (which comes before بن); a text
                // that also names him ولد and the same word without الشيخ keeps الشيخ his honorific
                rule("وحضر الاجتماع السيد الشيخ ولد بد، مدير الشركة.", "الشيخ ولد بد"),
                rule("وقال المستشار الشيخ ولد امحيميد إن الحملة بدأت.", "الشيخ ولد امحيميد"),
                rule("وهو نجل الولي الصالح الحاج ولد فحفو، وقد عرف بكرم الأخلاق.", "الحاج ولد فحفو"),
                rule("وحضر أحمد ولد بد والسيد الشيخ ولد بد، مدير الشركة.", "أحمد ولد بد", "الشيخ ولد بد"),
                rule("وقال الشيخ بن سليمان إن الحملة بدأت."),
                rule("وأفتى الشيخ ولد فتى، الملقب \"ولد فتى\"، في المسألة."),
                // وعلي before a given name is و and the name علي, unless written وعلى ("and on")
                rule("وحضر الحفل خالد سالم وعلي محمد النصراوي أمس.", "خالد سالم", "علي محمد النصراوي"),
                rule("وعلى محمد أن يقرر مصيره بنفسه."),
                rule("وعلي هدى توجيهات الرئيس بدأت الوزارة العمل."),
                // before a family name: a nisba, or a word after which the clause closes; "and on" takes a noun
                rule("وحضر عبد السلام الحتاش عامل الإقليم وعلي الجغاوي رئيس المجلس.", "عبد السلام الحتاش",
                        "علي الجغاوي"),
                rule("وضمت القائمة أسامة الحدادي (الإفريقي) وعلي معلول (الأهلي).", "أسامة الحدادي", "علي معلول"),
                rule("وعلي ضوء ذلك قررت اللجنة تأجيل المباراة."),
                rule("وعلي التوالي فاز الفريق بالمباراة الثالثة."),
                // the second half of a compound given name opens no name of its own (لمحمد الصغير: behind ل)
                rule("واستهل كلمته بمقطع شعري لمحمد الصغير أولاد أحمد عن البلاد."),
                // a noun with a pronoun after a two-word name is not its third word
                rule("وأكد سامي فؤاد قوله إن الاتفاق قريب.", "سامي فؤاد"),
                // an announced family name that is also a title or a role word, closing the name
                rule("وسلمه رسالة من الرئيس إبراهيم رئيسي، وأكد على أهمية الحوار.", "إبراهيم رئيسي"),
                rule("والتقى وزير الخارجية حسين أمير عبداللهيان، نظيره العماني.", "حسين أمير عبداللهيان"),
                rule("كلف الرئيس التونسي الباجي قائد السبسي اليوم الحكومة.", "الباجي قائد السبسي"),
                rule("وخطب القارئ الشيخ إسماعيل السيد الطنطاوي، في المصلين.", "إسماعيل السيد الطنطاوي"),
                rule("وقال الرئيس محمد أمس إن الحكومة ستستقيل."),
                rule("وعرض المهرجان فيلم المخرج يوسف شريف رزق الله، في الافتتاح.", "يوسف شريف رزق الله"),
                rule("وقال المدرب ألبيرتو فرناندز المنضم إلى الفريق إن الموسم صعب.", "ألبيرتو فرناندز"),
                rule("واستقبل الأمير فيصل وفدا من رجال الأعمال.", "فيصل"),
                // a noun and its adjective agree in their endings, as the words of a name do not
                rule("وقال إن الأغاني التي أضافت رصيدا فنيا غنيا للأجيال."),
                rule("وقال إن الفنان ترك رصيدا كبيرا."),
                // كرام is a word of its own, not ك + a listed word; كامل before a noun is the adjective
                rule("وشارك في اللجنة الدكتور حسن سفيان والدكتورة زهور كرام، والدكتور محمد بو عزة.", "حسن سفيان",
                        "زهور كرام", "محمد بو عزة"),
                rule("نقل الرئيس اليمني عبد ربه منصور هادي كامل صلاحياته إلى المجلس.", "عبد ربه منصور هادي"),
                // after a title, a given name and a family name before a preposition on a definite noun
                rule("وحكم القاضي على الدكتور متروك الفالح بالسجن ست سنوات.", "متروك الفالح"),
                // a lone stage name closes before ل and a noun, which is no family name; a noun with its pronoun
                // (حضورها) is no third word
                rule("تستعد المطربة أصالة لطرح ألبومها الغنائي الجديد.", "أصالة"),
                rule("وتسجل الفنانة أمل عرفة حضورها في الموسم.", "أمل عرفة"),
                // the masdar إفعال starts no list item; و before a given name joins the next person; a plural nisba
                // (اداريين) is no family name; الشيخ closing before a preposition; a given third word before a role
                rule("ويضم ألحان الموسيقار طلال، وإشراف خالد أبو منذر، منها أغنيات.", "خالد أبو منذر"),
                rule("وضم الوفد همام حمدي طبيبا وحقي إبراهيم وصبيح محسن اداريين إضافة إلى اللاعبين.", "همام حمدي",
                        "صبيح محسن"),
                rule("وأخرج المطرب البحريني خالد الشيخ عن عزلته.", "خالد الشيخ"),
                // the feminine plural of a common word (مساحات of مساحة) closes a name
                rule("ولم يجد المهاجم سامر مساحات للتحرك بحرية."),
                // a patriarch's family name after his regnal number; a short noun or verb or an honorific is none
                rule("ترأس البطريرك يوحنا العاشر يازجي قداس الميلاد.", "يوحنا العاشر يازجي"),
                rule("وزار الملك عبدالله الثاني أرض المعركة.", "عبدالله الثاني"),
                rule("واستقبل الملك محمد السادس نصره الله الوفد.", "محمد السادس"),
                // any title word with the article closing the clause after a given name is the family name; before
                // more words it opens an apposition
                rule("وفاز بالمقعد عضو المجلس البلدي عبد الرحمن المهندس.", "عبد الرحمن المهندس"),
                rule("والعمل من تأليف سامي عبد الله القاضي، وبطولة نخبة من الشباب.", "سامي عبد الله القاضي"),
                rule("وقال سامي عبد الله القاضي المختص في شؤون البلدية إن المشروع تأخر.", "سامي عبد الله"),
                rule("وأصدر الوالي قرارا بتعيين موسى أوشيك محمد وزيرا للمالية.", "موسى أوشيك محمد"),
                // after a title, an imperfect verb, ل on a three-letter masdar, or ل and a noun after an unknown
                // word start no name
                rule("وكانت الجماهير تتسابق لتحظى بنظرة أخيرة على الفقيد."),
                rule("وقررت المحكمة إحالة أوراق المتهمين إلى المفتي لأخذ الرأي الشرعي في إعدامهم."),
                rule("وكانت المباراة التي قادها الحكم انتهت لمصلحة الفريق الضيف."),
                // a common word (البالغ), the masdar مفاعلة (مسابقة) and a defective imperfect (تبدو) end a name
                rule("وأعلن النادي ضم اللاعب سعود البالغ من العمر عشرين عاما."),
                rule("وكان عمر مسابقة الدوري قصيرا هذا الموسم."),
                // the masdar مفاعلة with a pronoun (معاملته) and the masdar افتعال (ارتداء) end no name either
                rule("وأجمع المنتسبون على حسن معاملته لهم وسعيه الدائم."),
                rule("وحرص المشيعون علي ارتداء \"الكمامات\" الطبية."),
                rule("هكذا قال سام ألتمان المؤسس المشارك للشركة.", "سام ألتمان"),
                // after في a given name that is also a word is the word (فتح the movement, جو the air)
                rule("وألقى القيادي في فتح زكريا الأغا كلمة في الحفل.", "زكريا الأغا"),
                rule("وشيع الجثمان في جو مهيب ووسط حضور كبير."),
                // an accusative written with ا after the hamza (لقاءا) ends a name; definite nouns joined by و in quotes
                // after a title are a body's name
                rule("وعقدت لحامعة القاضي عياض لقاءا وطنيا خاصا بالدكاترة."),
                rule("وعقد المدرب سمير لقاءا وديا مع اللاعبين."),
                // a definite family name ending like a plural (الجرادات) after a sure given name, closed by the next
                // item of a list or by punctuation
                rule("وحضر الاجتماع الشيخ محمود الجرادات وبسام المعايطه وضامن المعايطه.", "محمود الجرادات",
                        "بسام المعايطه", "ضامن المعايطه"),
                rule("وحصل على البطاقة الحمراء محمد العوضات، في الدقيقة الأخيرة.", "محمد العوضات"),
                // after "each of" (كل من، لكل من, before a colon too), lone given names are people where the items that
                // follow are given names too; a lone place is not
                rule("وكانت والدة لكل من: إبراهيم، وخديجة، وفاطمة.", "إبراهيم", "خديجة", "فاطمة"),
                rule("وزار الوفد كل من مأرب وعدن."),
                // a plural pronoun opens no name after a role (… لدى مجلس الغرف هم صالح السيد)
                // after وعلي a word no list knows is the family name before a function word too; "and on" takes a
                // listed noun
                rule("وفاز بالجائزة في مجال التطوع، وعلي بهبهاني في الإعلام.", "علي بهبهاني"),
                rule("وعلي صعيد آخر في المدينة تستمر الأشغال."),
                // (صالح, also a word, is left to the tagger there)
                rule("والمتنافسون على ممثل الغرفة لدى مجلس الغرف هم صالح الفراج ومحمد السيد.", "محمد السيد"),
                // a title word opening a quotation right after a name is that person's role, though a given name too
                rule("وأدار المباراة طاقم من سمير جمال \"مساعد حكم أول\"، وأحمد توفيق \"مساعد حكم ثاني\".",
                        "سمير جمال", "أحمد توفيق"),
                rule("بحضور عضو كتلة \"التنمية والتحرير\" النائب عبد المجيد صالح، في المدينة.", "عبد المجيد صالح"),
                rule("وقالت إن الفنانة ليلى خليفة تبدو سعيدة بالدور.", "ليلى خليفة"),
                // a definite given name in a Mauritanian chain, completing the given name or closing the chain
                rule("واستقبله وزير الداخلية السيد محمد احمد ولد محمد الأمين، وعدد من أعضاء الحكومة.",
                        "محمد احمد ولد محمد الأمين"),
                rule("وعين محمد الأمين ولد الرقاني، مكلفا بمهمة بديوان الوزير الأول.", "محمد الأمين ولد الرقاني"),
                rule("واستقبل وزير الديوان الأميري الشيخ ناصر صباح الأحمد الجابر الصباح، ثم غادر.",
                        "ناصر صباح الأحمد الجابر الصباح"),
                // a run of definite ancestors and the family name after a given name (Kuwait), closing
                rule("وكان رئيس الوزراء الشيخ جابر المبارك الحمد الصباح استقبل عصر أمس محافظ البصرة.",
                        "جابر المبارك الحمد الصباح"),
                rule("ووجهت الحكومة رسالتين رسميتين إلى مجلس الأمن."),
                rule("وأكد الكاتب أن الرواية ليست شيئا مملا على الإطلاق."),
                rule("وقالت الكاتبة ماريا كوستا إن الرواية جديدة.", "ماريا كوستا"),
                // shapes only ordinary words take end a name: a case ending, a preposition on a feminine noun
                rule("وأحيت الفنانة شيرين حفلا خاصا في الدوحة.", "شيرين"),
                rule("وأصيبت الفنانة شادية بجلطة في المخ.", "شادية"),
                rule("وقال اللاعب عدي معتذراً إن الفريق لعب جيدا.", "عدي"),
                // Maghreb family names that start like a preposition
                rule("وقال الرئيس عبد العزيز بوتفليقة إن الانتخابات ستجرى في موعدها.", "عبد العزيز بوتفليقة"),
                rule("وأعلن وزير الخارجية رمطان لعمامرة أن الجزائر ترفض التدخل.", "رمطان لعمامرة"),
                // a lone given name is a person only after a title that names people by one name, closing there
                rule("وتم تعيين السيدة سناء العطية مديرة للمركز."),
                rule("ترأس رئيس مجلس الوزراء نواف سلام جلسة لمجلس الوزراء."),
                rule("وقدمت المطربة يارا، أغاني جديدة.", "يارا"),
                rule("ومكتب جلالة الملك الحسين، طيب الله ثراه.", "الحسين"),
                // the Shia phrases after a marja's or an imam's name are no name of their own
                rule("وأقيم الحفل في مقام الإمام المهدي عجل الله تعالى فرجه الشريف في كربلاء.", "المهدي"),
                rule("ونقل الوفد رسالة من سماحة المرجع علي السيستاني دام ظله إلى الحكومة.", "علي السيستاني"),
                // an obituary post's الله before its verb is no half of a name; after a chain, a listed noun with
                // its pronoun is no name word
                rule("وفاة أخينا مشاري البلام الله يرحمك يا طيب.", "مشاري البلام"),
                rule("وناقش الباحث محمدو ولد الداه ولد أيد أطروحته للدكتوراه.", "محمدو ولد الداه ولد أيد"),
                // imperfect verbs after a name
                rule("وقال إن شيرين تغني في المهرجان."),
                rule("وأكد أن قيس سعيد ينتقل إلى القصر.", "قيس سعيد"),
                rule("وعين السيد زايد بن يدير مديرا للمركز.", "زايد بن يدير"),
                // line-ups and lists of appointments have their own table: LineupRuleTest
                // participles, plural verbs, accusatives and على written علي are no names
                rule("وقال الخبير مختص إن اللاعب محترف منذ سنوات."),
                rule("وأكد المدير أنهم كانوا حاضرين، ووصلوا علي الفور."),
                rule("وحضر علي الخالد، مدير الإذاعة، الاجتماع.", "علي الخالد"),
                rule("وحقق المصري محمد مصباح ذهبيتان في البطولة.", "محمد مصباح"),
                // a family name closing a chain or a name before the clause's end, a title or an appointment
                rule("وكان في الاستقبال أمين محافظة جدة صالح بن علي التركي، والقائم بالأعمال.", "صالح بن علي التركي"),
                rule("وودعه معالي الدكتور عمر بن عبدالمنعم الزواوي المستشار الخاص.", "عمر بن عبدالمنعم الزواوي"),
                rule("وعين محافظ عدن أحمد حامد لملس وزيرا للدولة.", "أحمد حامد لملس"),
                // ranks and sport roles are titles; the doctor's abbreviation after a role starts a title of its own
                rule("ونقل المركز عن النقيب جميل الهمداني، نائب مدير الشرطة، قوله إن الأجهزة تلاحق العصابة.",
                        "جميل الهمداني"),
                rule("وأعادهم المغرب إلى الذهب عبر العداء سعيد عويطة الذي فاز بذهبية 5 آلاف متر.", "سعيد عويطة"),
                rule("وحضر رئيس الوفد ومنسقة الوفد د. منى النعيمي الاجتماع.", "منى النعيمي"),
                // an unlisted word alone after a title is a person only after a title that names people by one name
                rule("تدرب على قيادة الطائرات ثم تخرج كقائد طيار في عام 1978."),
                rule("وأعلن المدرب حضوره، وقال رئيس الاتحاد سنويا إن الدوري ينطلق."),
                rule("لجأت إلى أخيها الشاعر الكبير أدونيس، ففتح لي قلبه.", "أدونيس"),
                // a chain closed by definite family names, by one in ية before a title, or by بن and a plain word at
                // the clause's end; an adjective in ية after a chain is no family name; سعادة is an honorific
                rule("وصل الدكتور فهد بن الخضر الزهراني القحطاني، مساء اليوم إلى المدينة.",
                        "فهد بن الخضر الزهراني القحطاني"),
                rule("وحضر الحفل وسعادة راشد بن سالم الصبيحية وزير الدولة.", "راشد بن سالم الصبيحية"),
                rule("واستقبله محافظ المنطقة، السيد خالد بن علي بن حسني، ومدير الشرطة.", "خالد بن علي بن حسني"),
                rule("وانتهت زيارة الأمير محمد بن سلمان الرسمية إلى فرنسا.", "محمد بن سلمان"),
                // a word with a case ending starts no name; a third word closes before و and the next given name
                rule("وعاونه العضوان الأصغر سناً رامي فرنجية وكمال عيسى.", "رامي فرنجية", "كمال عيسى"),
                rule("والتقى نائبي رئيس الوزراء العراقي سامي نوري شاوس وبهاء الكعبي، أمس.", "سامي نوري شاوس",
                        "بهاء الكعبي"),
                rule("وانتخب عن جهة سوس ماسة عبد الله غازي، فيما انتخب عن جهة أخرى محمد علي.", "عبد الله غازي",
                        "محمد علي"),
                // a word the text names as a place (منطقة رماح), though no list knows it, is no person alone after
                // a title (أمير رماح)
                rule("وقال أمير منطقة رماح إن العمل مستمر، وجاءت تصريحات أمير رماح خلال لقائه بالإعلاميين."),
                rule("وجاءت تصريحات المطرب رماح خلال لقائه بالإعلاميين.", "رماح"),
                // words that read as a clitic and a given name: برقية ولاء، لصالح جماعات
                rule("وبعث أعضاء المجلس برقية ولاء وإخلاص إلى الملك، وتقدمت القوات لصالح جماعات المعارضة."),
                // after an indefinite unit noun, the word no list knows is the unit's place, and the person follows
                rule("وحضر رئيس بلدية كانتبري براين روبسون، ونائب مدينة بانكستاون تانيا ميهالوك الحفل.",
                        "براين روبسون", "تانيا ميهالوك"),
                rule("وزار وفد من بلدية كانتبري المدرسة."),
                rule("ونظم نائب مقاطعة افديرك خداد ولد المختار لقاء مع السكان.", "خداد ولد المختار"),
                // a compass word in construct names a region, though شمال is also a given name
                rule("وقال محافظ شمال الباطنة إن المدارس جاهزة."),
                // after a title, an unlisted word of three letters is a verb, unless a definite family nisba follows
                rule("وشارك في الجولة الدكتور المهندس معد المدلجي ونائبه.", "معد المدلجي"),
                rule("وقال إن الفنان ترك الساحة مبكرا."),
                // the plural of a participle is a group, no family name; a foreign name of that shape writes its ي
                rule("بحضور السفير أمجد العضايلة، وضباط متقاعدون من القوات المسلحة.", "أمجد العضايلة"),
                rule("وقال الرئيس ريتشارد ماهيتسون إن المفوضية جاهزة.", "ريتشارد ماهيتسون"),
                // the broken plural فعايا (ضحايا، هدايا) closes no name; a family name of that shape is listed
                rule("كما نعى مفتي الجمهورية الدكتور شوقي علام ضحايا الحادث.", "شوقي علام"),
                rule("وقدم الوزير محمد حسين هدايا للأطفال.", "محمد حسين"),
                rule("وقال الفنان جورج عطايا إن الحفل تأجل.", "جورج عطايا"),
                // بطولة before a performer's title credits the person ("starring"); before a rank's honorific it is
                // a tournament named after someone
                rule("والمسلسل من بطولة النجمة يسرا، وتدور أحداثه في القاهرة.", "يسرا"),
                rule("وتوج الفريق باللقب في بطولة الأمير فيصل بن فهد للأندية."),
                // after a full name, و with a given name and a name word starts the next person; وهبة alone closes a name
                rule("ويقوم ببطولته الفنان حمادة هلال وهبة مجدى ودنيا عبدالعزيز، وانضم للعمل آخرون.", "حمادة هلال",
                        "هبة مجدى", "دنيا عبدالعزيز"),
                rule("وقال المفكر مراد وهبة إن الكتاب جاهز.", "مراد وهبة"),
                // an ancestor named with his honorific, a compound with عبد too
                rule("وتوفي الرئيس الأسبق سيدي محمد ولد الشيخ عبد الله عن عمر ناهز 82 عاما.",
                        "سيدي محمد ولد الشيخ عبد الله"),
                // فضل and نداء are given names after a title or in a list of names, nouns elsewhere
                rule("كما قدمت أغنية للفنان اللبناني فضل شاكر، وأغاني أخرى.", "فضل شاكر"),
                rule("بما قدمه الأردنيان محمود سلطان ونداء شرارة من أغنيات.", "محمود سلطان", "نداء شرارة"),
                rule("وتمكن الفريق بفضل الله من الفوز، وأطلق نداء استغاثة."),
                // a masdar تفعّل behind ب closes no name (تامر after ب is a given name's shape, but بتونس a place)
                rule("احتفلت الفنانة مي فاروق بتخرج ابنتها.", "مي فاروق"),
                rule("وتولى الملحن توما مهمة التوزيع."), // مهمة, a common noun, is no family name
                // after a title, علي between a weak given name and a name closing the clause is the father's name
                rule("ويتواجد معها الفنان اللبناني رفيق علي أحمد. المسلسل جديد.", "رفيق علي أحمد"),
                rule("ورد الوزير رفيق علي الاتهامات."),
                // a complement with a possessive pronoun continues the title; a time word ends a list of names
                rule("وقالت سفيرة بلادنا جانيت سيبن إن التعاون مستمر.", "جانيت سيبن"),
                rule("وكان في استقباله السفير راجح بادي، صباح اليوم في المطار.", "راجح بادي"),
                // an ordinal right after a title's head, before a comma, ranks the title; the name follows the comma
                rule("وحضر النائب الأول، فوزي النويري، والنائب الثاني، مصباح دومة، الجلسة.", "فوزي النويري",
                        "مصباح دومة"),
                // a clitic on a two-letter word is a word of its own (واد = وادي), not و + the name إد
                rule("وتعبيد طريق واد خضير وطريق واد نون."),
                // behind ب/ل/ك with no cue: a given name that is also a noun, or one before a definite noun, is a noun;
                // a plain given name before a family name stays a name
                rule("واحتفلت الكنيسة بعيد ميلاد المسيح، ونعاه أصدقاؤه لتمتعه بحسن السلوك."),
                rule("وبعث الرئيس برقية لمحمد حسين روبل.", "محمد حسين روبل"),
                // a known family name with the article after a title is the name alone, before a noun in construct
                rule("وقال إن الرئيس السيسي صاحب تجربة رائدة في البناء.", "السيسي"),
                // common nouns after a given name are no family name (محمود برصيد، علي مواقع التواصل)
                rule("وفاز محمود برصيد كبير، وانتشر الخبر علي مواقع التواصل."),
                // a mother's kunya is a whole name; أم between two names is "or"
                rule("وغنت أم كلثوم في الحفل، وسئل هل يفوز محمد أم علي بالجائزة.", "أم كلثوم"),
                // verbs by shape: the perfect plural فعلوا and the feminine فاعلت end a name,
                rule("وقال إن جمهور زياد حضروا الحفل، وإن نبيلة عاشرت الفنانين."),
                // and the feminine of تفعّل and تفاعل (توجهت، تعاونت)
                rule("وعندما رأته شيرين توجهت نحوه، وقالت إن سهير تعاونت معه."),
                rule("ووصل الوزير البريطاني نورمان تيبيت إلى لندن.", "نورمان تيبيت"),
                // the feminine of أفعل and the perfect of افتعل (أشرقت، اجتمعت، امتزج), not السبت or the name اشتية
                rule("وقال إن رنا يامن أشرقت في الحفل، وقال إن سعاد كمال اجتمعت بالوزير.", "رنا يامن", "سعاد كمال"),
                rule("وذكر أن حسن نبيل امتزج صوته بالموسيقى.", "حسن نبيل"),
                rule("وقال رئيس الوزراء محمد اشتية إن الوضع صعب، وكان يوم السبت هادئا."
                        + " وقال المدير العام سالم الصلت، إن الوضع صعب.", "محمد اشتية", "سالم الصلت"),
                // in a list, وائل is the Arabic name, not و + the Korean إيل; a word with the accusative's tanween
                // is no family name, though its letters spell one (وحيد)
                rule("باستشهاد نجله حمزة، وفاة والدة وائل الدحدوح. واليوم يقف وائل وحيدًا في الميدان.", "حمزة",
                        "وائل الدحدوح"),
                // a family name of أبو written as one word closes a name of two given names (its ه is its own
                // letter, no pronoun); بوابة is a noun, بوساطة ب before one
                rule("قاد مدير المديرية علي ناصر أبوعشه في القرية وساطة. وقال المدرب محمد علي بوعكازة، إن الفريق جاهز."
                        + " وقال الوزير خالد سالم بوابة العبور مفتوحة. وقام الشيخ سالم أحمد بوساطة بين القبيلتين.",
                        "علي ناصر أبوعشه", "محمد علي بوعكازة", "خالد سالم", "سالم أحمد"),
                // the father's and grandfather's given names with the article, then the family name, closing
                rule("وأوضح بروفيسور عماد الدين الأمين الطاهر عرديب، مدير جامعة الخرطوم.",
                        "عماد الدين الأمين الطاهر عرديب"),
                // زهر الدين: a first word no list knows, whose compound is a listed given name, is a given name
                rule("ورئيس بلدية الشفا زهر الدين العرود وعضو اللامركزية عمر أنجادات.", "زهر الدين العرود",
                        "عمر أنجادات"),
                // اصطحب: the perfect افتعل whose ت is said ط after ص opens no line's roster item
                rule("اصطحب محمد عبداللطيف، وزير التربية والتعليم، الأميرة في جولتها.", "محمد عبداللطيف"),
                // بلقايد: a Maghreb family name, no ب + ل + قايد (two prepositions never stand together); لل is
                // ل before the article
                rule("فازت الباحثة ياسمين بلقايد، أمس الأحد بجائزة. وقال الوزير أحمد بلقايد إن الحكومة جاهزة."
                        + " وقال المدرب خالد للقائد إن الفريق جاهز.", "ياسمين بلقايد", "أحمد بلقايد"),
                // a family name of colour closes a name of two given names; before a noun it describes the noun
                rule("وأكد علي محسن الأحمر، أن الوضع صعب. وقال فواز حامد الأصفر إن الفريق جاهز."
                        + " ورفع محمد سالم الأحمر الراية البيضاء.", "علي محسن الأحمر", "فواز حامد الأصفر", "محمد سالم"),
                // after a chain of بن too, before a title, a function word or a role in the accusative
                rule("حضروا تنصيب الشيخ صادق بن عبدالله بن حسين الأحمر شيخاً لحاشد. وحرص أنجال الشيخ عبدالله بن حسين"
                        + " الأحمر على الظهور.", "صادق بن عبدالله بن حسين الأحمر", "عبدالله بن حسين الأحمر"),
                // after one sure given name too, where the name closes; not before a noun's complement
                rule("وجمع اللقاء الفنان بالمنتج نايف الأحمر على مأدبة غداء. وارتدى خالد الأحمر قميصا جديدا.",
                        "نايف الأحمر"),
                // a derived participle in the accusative goes on about the person; it is no family name
                rule("وجاء أداء خديجة سلمان متناسقا مع الفرقة."
                        + " وجاء أداء الفنانة خديجة متناسقا مع الفرقة.", "خديجة سلمان"),
                // an adjective فعلان after a title is no name (سكران), a given name of the shape is (سلمان)
                rule("وغضب المتابعون بعد ظهور أمير سكران في ملهى ليلي."),
                // a Maghreb family name in بن is no ب + a plural in ون of a three-letter noun (نجل)
                rule("وقال رئيس المجموعة، أحمد بنجلون، إن الأرباح ارتفعت.", "أحمد بنجلون"),
                // chains: و + علي before بن, an unlisted three-letter given name before بن
                rule("وحضر مستشار رئيس الدولة، وعلي بن حماد الشامسي الأمين العام للمجلس.", "علي بن حماد الشامسي"),
                rule("وقضى التاسع بتعيين الشيخ نصل بن هلال بن خليفة العلوي رئيسا لجهاز الرقابة.",
                        "نصل بن هلال بن خليفة العلوي"),
                // a family name of the shape مفعول, a given name that is also a title before a family name
                rule("شيع الآلاف العلامة الشيخ علي المرهون ولو للحظة.", "علي المرهون"),
                rule("وحاول رئيس البرلمان سلطان البركاني عقد جلسة في عدن.", "سلطان البركاني"),
                // a weak given name, a nisba family name and the role: an appointment list
                rule("وهم لطفي باشريف وزير الاتصالات، ومراد الحالمي وزير النقل.", "لطفي باشريف", "مراد الحالمي"),
                // a foreign name after a nationality that stands for a person, though it ends in ا
                rule("وفازت أنس جابر اليوم على التشيكية بيترا كفيتوفا المصنفة تاسعة عالميا.", "أنس جابر",
                        "بيترا كفيتوفا"),
                // an unknown word and an indefinite feminine nisba are a noun and its adjective; بانة is also بأنه
                rule("وقد قدم مفتي الجمهورية خالص تهانيه لفضيلة الإمام الأكبر لعودته سالما."),
                rule("هو الآن مدرب رديف مولودية الجزائر ونادي الخلود."),
                rule("وأعلن الشيخ علي الجراح بأنه امتثالا لمتطلبات السلامة فإن الديوان يغلق أبوابه.", "علي الجراح"),
                // مار and كيريوس head a prelate's name like a title; they are not part of the name
                rule("بحضور المطران مار يوحنا بطرس موشي راعي أبرشية الموصل.", "يوحنا بطرس موشي"),
                // شيخ without the article inside a Somali name, between given names; with a definite noun it is a title
                rule("عيّن رئيس جمهورية الصومال حسن شيخ محمود اليوم حمزة عبدي بري رئيساً للحكومة.", "حسن شيخ محمود",
                        "حمزة عبدي بري"),
                rule("والتقى محمد شيخ الأزهر في القاهرة."),
                // after a title, a definite given name and a definite family name closed by a time word
                rule("يؤدي رئيس الحكومة الحبيب الصيد اليوم الجمعة زيارة عمل إلى الجهة.", "الحبيب الصيد"),
                // a kinship noun with its possessive names relatives, by their given name alone too; a title after
                // it reads the name itself
                rule("ولبى الدعوة القنصل شربل معكرون وعقيلته جويل، إلى مأدبة غداء.", "شربل معكرون", "جويل"),
                rule("أطفالهما سهير وأيمن وأدهم كانوا من بين الفارين، وابنهما أيمن يعيش الآن في ألمانيا.", "سهير",
                        "أيمن", "أدهم"),
                rule("فاقبل أنت وأخوك عبد المجيد، وأخواتك منى وحنان ودرية وأصهاركم وجيرانكم.", "عبد المجيد", "منى",
                        "حنان", "درية"),
                rule("أصدر الملك حمد بن عيسى آل خليفة مرسوما بتعيين نجله ولي العهد الأمير سلمان بن حمد رئيسا للوزراء.",
                        "حمد بن عيسى آل خليفة", "سلمان بن حمد"),
                // وائل is no و + another given name (the Korean إيل): a whole given name after a nationality
                rule("بينهم التونسي صابر الرباعي، اللبناني وائل جسار، والمغربي فؤاد زبادي.", "صابر الرباعي",
                        "وائل جسار", "فؤاد زبادي"),
                // أليسي is written with hamza, so it has no article; an adverb before the nationality (غدا)
                rule("تأهلت أنس جابر بفوزها على البلجيكية أليسي ميرتينز.", "أنس جابر", "أليسي ميرتينز"),
                rule("وستواجه أنس جابر في الدور القادم غدا الأسترالية أجلا توملانوفيتش المصنفة 46 عالميا.",
                        "أنس جابر", "أجلا توملانوفيتش"),
                rule("والأغنية من ألحان إيهاب عبد الواحد، وتوزيع موسيقي فهد.", "إيهاب عبد الواحد"),
                // a plain third word after a strong given name and another, before و and the next name of a pair
                rule("مشيرا إلى غياب محمد أمين توجاي ويان سان، لكنه يراهن على الخبرة.", "محمد أمين توجاي", "يان سان"),
                // a name after a nationality alone has its own table: NationalityRuleTest
                // the players announced before a colon are a line-up; يونس is a name, بيونس أيرس a place
                rule("وفي خط الدفاع اللاعبين: ريبين سولاقا، مناف يونس، علي فائز، شيركو كريم", "ريبين سولاقا",
                        "مناف يونس", "علي فائز", "شيركو كريم"),
                rule("ووصل مادورو إلى العاصمة الأرجنتينية بيونس أيرس اليوم.", "مادورو"),
                // a plain third word before a role, a preposition's noun, or و and a function word
                rule("أكد طارق راشد رحمى محافظ الغربية أن المشروع اكتمل.", "طارق راشد رحمى"),
                rule("كما تقرر نقل محمد محمود صحصاح لتولي مهام السكرتير العام.", "محمد محمود صحصاح"),
                rule("قرأه القارئ فيصل بن محمد مزمل وبعد ذلك ألقى العميد كلمته.", "فيصل بن محمد مزمل"),
                // و and a role after the plain word: the next item, so the plain word closed the name
                rule("واستقبله مدير الجامعة الدكتور بكري بن معتوق عساس ووكيل الجامعة الدكتور هاني غازي.",
                        "بكري بن معتوق عساس", "هاني غازي"),
                // after a title and three given names or more, a definite word closing at punctuation is the family
                // name, though a noun too (القضاة: the judges)
                rule("وفاز في فئة الدراسات الدكتور سامي محمد أمين أحمد القضاة، من الأردن.", "سامي محمد أمين أحمد القضاة"),
                // after بن any plain word is the father's name (طالب is a listed verb) where a family nisba closes it
                rule("حضر المقابلة سعادة الدكتور علي بن طالب الهنائي - وكيل وزارة الصحة لشؤون التخطيط.",
                        "علي بن طالب الهنائي"),
                // أنا/انا is the pronoun, آنا (Anna) the name, though normalised alike
                rule("وقال : انا سعيد جدا بالعودة لبيتي الذي بزغ فيه نجمي."),
                rule("وقالت الممثلة آنا دي أرماس إن الفيلم جاهز.", "آنا دي أرماس"),
                // "and others" closes a name as a function word does
                rule("وحبس وزير الدفاع السابق خالد الجراح، ووكيل وزارة الدفاع السابق جسار الجسار وآخرون.",
                        "خالد الجراح", "جسار الجسار"),
                // a later given name the lists hold as one word, written as two (تاج السر، أبو النصر)
                rule("وعلى رأسهم الدكتور أبشر الطيب وحسن تاج السر والفاتح حمدتو.", "أبشر الطيب", "حسن تاج السر",
                        "الفاتح حمدتو"),
                rule("وحضر محافظ ريف دمشق معتز أبو النصر جمران، ومدير التربية.", "معتز أبو النصر جمران"),
                // a title word closing a name before a time is the family name (السيد اليوم)
                rule("التقى وزير الأوقاف الدكتور محمد عبد الستار السيد اليوم علماء الدين.", "محمد عبد الستار السيد"),
                // a time after a chain closes it (البارحة، اليوم)
                rule("تفقد وزير الصحة المهندس خالد بن عبد العزيز الفالح البارحة، عددا من المنشآت.",
                        "خالد بن عبد العزيز الفالح"),
                // a definite noun after a title and a given name, where و and the next person's role follow
                rule("وحضر الجنازة المنتج جمال العدل والفنان فتوح أحمد.", "جمال العدل", "فتوح أحمد"),
                // the role of an appointment after a Mauritanian chain closes it
                rule("وعين محمد الامين ولد أيده مديرا عاما مساعدا للبنى التحتية.", "محمد الامين ولد أيده"),
                // كل من announces a list where a whole name opening with a given name follows; a lone word after
                // it is a place or a verb as often
                rule("وأحرز هدفي الاتحاد كلٌ من جمعة الشوشان وسليمان عمر، بينما أحرز هدف الأهلي لاعبه.",
                        "جمعة الشوشان", "سليمان عمر"),
                rule("ويأتي الملتقى امتدادا للملتقيات في كل من مروى، وواو حول أجندة النمو."),
                rule("وتنفيذ الأشد منها في حق كل من أدين بالتهم."),
                // a future after a conjunction, and ب with a bare masdar before its noun, close a name
                rule("أما الجاني محمود فسيقضي نحو 23 عاما خلف القضبان."),
                rule("الذي أصدره والي الخرطوم أيمن نمر بمنع الحفلات.", "أيمن نمر"),
                // قد takes a verb: the word after it opens no name (حافظ: kept; a given name too)
                rule("فقد حافظ نصر الدين يوبي، الأستاذ الفخري بجامعة مراكش، على مكانته.", "نصر الدين يوبي"),
                rule("وقد سامح أحمد العلوي خصومه.", "أحمد العلوي"),
                rule("ويقود محمد صلاح أمام بولونيا هجوم الفريق.", "محمد صلاح"),
                rule("وأبقى القرار محمد حمدان دقلو نائبا لرئيس المجلس.", "محمد حمدان دقلو"),
                rule("وأدى الوالي زيارة لدائرة حي الحبيب ودائرة سيدي منصور واطلع على الأشغال."),
                // a weak given name and a nisba family name that closes the name
                rule("في أغنى محافظات العراق.. قصة أسعد العيداني الذي تنقل بين الأحزاب.", "أسعد العيداني"),
                rule("وتضم القائمة نواف العقيدي وسالم الدوسري، إلى جانب مواهب شابة.", "نواف العقيدي", "سالم الدوسري"),
                rule("وعبرت السفينة البحر الكاريبي نحو فنزويلا."),
                rule("خيبة جديدة تحت قيادة جمال بلماضي، لتتم إقالته وتعيين مدرب آخر.", "جمال بلماضي"),
                // a noun with a pronoun after it is no family name; فلاته is one
                rule("قررت المحكمة إحالة أوراق المتهمين لمفتي الجمهورية تمهيدا لإعدامهم."),
                rule("وضمت القائمة أيمن فلاته وسالم الدوسري، إلى جانب الشباب.", "أيمن فلاته", "سالم الدوسري"),
                // an ancestor named with his honorific inside a chain
                rule("في حجر والده الشيخ عبدالمجيد بن الشيخ علي بن الشيخ جعفر البحراني، وفي حضن والدته.",
                        "عبدالمجيد بن الشيخ علي بن الشيخ جعفر البحراني"),
                // a definite participle after a name describes the person
                rule("وتم استدعاء وليد الأحمد بدلا من سعد الموسى المصاب بكسر في الكاحل.", "وليد الأحمد",
                        "سعد الموسى"),
                rule("ومن اللاعبين المحترفين مهند آل سعد المحترف في لوزان.", "مهند آل سعد"),
                rule("وقال الوزير يحيى المتوكل إن الحكومة مستمرة.", "يحيى المتوكل"),
                // imperfect verbs of the derived forms end a name
                rule("وقال المدرب غراهام أرنولد يختار اللاعبين بعناية.", "غراهام أرنولد"),
                rule("والمطرب أحمد جمال يختتم جولته الليلة.", "أحمد جمال"),
                // a definite masdar of a derived form is no family name
                rule("وترأس الوزير محمد العلي الاجتماع الطارئ للجنة.", "محمد العلي"),
                rule("وحضر المهندس سيف الإسلام القذافي الاحتفال.", "سيف الإسلام القذافي"),
                // a role nisba after a title and a given name is the family name when the name closes there
                rule("وسجل اللاعب مروان الصحفي هدفا في الدقيقة العاشرة.", "مروان الصحفي"),
                rule("وقال الرئيس الحبيب بورقيبة إن الاستقلال تحقق.", "الحبيب بورقيبة"),
                rule("وأعلنت الوزارة أن الشهيد علي حسن حرب، الذي طعنه مستوطنون، توفي.", "علي حسن حرب"),
                // after a role closed by a comma, a word with a preposition goes on the sentence
                rule("وكشف أشرف زكي، نقيب المهن التمثيلية، لوسائل إعلام مصرية سبب الوفاة.", "أشرف زكي"),
                rule("أعلن المدير الفني للمنتخب السعودي، هيرفي رينارد، يوم الأحد عن قائمته.", "هيرفي رينارد"),
                // ل of purpose on an imperfect verb starts no name
                rule("وانضم إلى الفريق ليشغل منصب المدير التنفيذي."),
                // an organisation named after a titled person holds no mention; a title word closing the clause
                // after a patronymic chain is its family name
                rule("وحضر مدير جامعة الملك فهد للبترول والمعادن الدكتور خالد بن صالح السلطان.",
                        "خالد بن صالح السلطان"),
                // an organisation's name runs on to no word after a comma
                rule("إضافة إلى أعضاء مؤسسة المهرجان، فيصل العرايشي، وسعد العماني.", "فيصل العرايشي", "سعد العماني"),
                // عز "glory" is a sure given name with الدين; فاطمة الزهراء is one given name written as two
                rule("إضافة إلى أعضاء المؤسسة، عز الدين بنموسى، وسعد العماني.", "عز الدين بنموسى", "سعد العماني"),
                rule("وقالت فاطمة الزهراء المنصوري إن المشروع جاهز.", "فاطمة الزهراء المنصوري"),
                // a slash between a title and the name; after a title and two given names, a definite family name
                // where the name closes (و with the next item's definite word)
                rule("ووزير الصحة الدكتور / طه أحمد المتوكل والأشغال العامة المهندس / غالب مطلق.", "طه أحمد المتوكل",
                        "غالب مطلق"),
                // retired, as Sudan writes it after a rank, is part of the role; the wali is a title
                rule("وعقد رئيس اللجنة اللواء معاش بشير الباهي اجتماعا اليوم.", "بشير الباهي"),
                rule("وترأست الجمع السيدة زينب العدوي الوالي المفتش العام بوزارة الداخلية.", "زينب العدوي"),
                // a supervisor after the name is its role, not its last word; bare, مشرف is a family name
                rule("وتسلم أيمن محمد مشرف الجائزة من الوزير.", "أيمن محمد مشرف"),
                rule("وقدم الأستاذ خالد بن سعد الصالح المشرف على البرنامج شرحا للمشاركين.", "خالد بن سعد الصالح"),
                // a given name after a place word is the rest of the place where the two are one listed place
                rule("وأشار إلى أن بلدية خان يونس تبذل جهودًا مستمرة من أجل السكان."),
                rule("حيث تم اختيار رافد عبد الأمير عبد الزهرة بديلاً عنه.", "رافد عبد الأمير عبد الزهرة"),
                // after أبو a common noun is the family's name (سنينة read as سنين + ه is a common word)
                rule("وهنأ الوزير فضيلة الشيخ يوسف أبو سنينة بتسميته كبيرا للخطباء.", "يوسف أبو سنينة"),
                // a plural behind a preposition, و with a masdar and a praised quality with its pronoun are no
                // family names
                rule("وإنا على فراقك يا مهدي لمحزونون ولا نقول إلا ما يرضي ربنا."),
                rule("وإعادة منحهم القروض بشروط ميسرة وتقسيط الديون المترتبة عليهم."),
                rule("وتخللت فقراته شهادات عن الفقيد وحسن أخلاقه وحبه للوطن."),
                // و before a definite word opens the next item: no word of the name before it
                rule("بالإضافة لكاتب المجلس كريم الحوزي والبامي لمفضل، إضافة إلى غياب المعارضة.", "كريم الحوزي"),
                // and before a preposition with a pronoun (ومعه): the family name read alone is the page's person
                rule("تفقد محافظ إب عبدالواحد محمد صلاح العبارات. فقد اطلع المحافظ صلاح ومعه عضو مجلس الشورى نبيل"
                        + " الحبيشي.", "صلاح|عبدالواحد محمد صلاح", "نبيل الحبيشي"),
                // a blessing after the Prophet's name is no word of a name
                rule("وهي ذكرى ميلاد خير الأنام نبينا محمد صلى الله عليه وسلم، وعليه أفضل الصلاة والسلام."));
    }

    private static Arguments rule(String text, String... persons) {
        return Arguments.of(text, List.of(persons));
    }

    @Test
    void sameInputSameOutput() {
        List<StoryText> stories = new ArrayList<>();
        rules().forEach(a -> stories.add(new StoryText("s" + stories.size(), "p" + stories.size() % 3,
                (String) a.get()[0])));
        assertEquals(Extractors.FULL.extract(stories), Extractors.FULL.extract(List.copyOf(stories)));
    }

    @Test
    void aShortFormOnAnotherPageEndingInAGivenNameIsSomeoneElse() {
        // محمد سليمان may be Muhammad son of Suleiman: on another page it is not محمد الفكي سليمان; on the same
        // page, after the full name, it is
        List<StoryText> apart = List.of(
                new StoryText("a", "pa", "وضم المجلس السيادي محمد الفكي سليمان، وعائشة موسى."),
                new StoryText("b", "pb", "وشارك في المباراة اللاعب محمد سليمان، ثم خرج مصابا."));
        assertEquals(2, suleimans(Extractors.FULL.extract(apart)));
        List<StoryText> together = List.of(
                new StoryText("a", "pa", "وقال عضو المجلس محمد الفكي سليمان، إن الاتفاق قريب. وأضاف محمد سليمان، أن"
                        + " الحوار مستمر."));
        assertEquals(1, suleimans(Extractors.FULL.extract(together)));
    }

    @Test
    void aNameOfTwoGivenNamesIsOnePersonOnItsPageOnly() {
        // محمود حسن, a name and his father's that many share: the actor of one page is not the official of another
        assertOnePersonOnOnePageTwoApart("والعرض من بطولة الفنان محمود حسن.",
                "وقال رئيس مكتب التسويق محمود حسن إن الموسم جيد.");
        // the list of well-known people still joins its own across pages
        CorpusPeople known = Extractors.FULL.extract(List.of(
                new StoryText("a", "pa", "وقال الرئيس محمود عباس إن الاتفاق قريب."),
                new StoryText("b", "pb", "وقال محمود عباس، إن السلام ممكن.")));
        assertEquals(1, known.persons().size(), known.persons().toString());
    }

    @Test
    void aForeignWordsFinalVowelVariesBesideAnArabicNameOnItsPageOnly() {
        // كاوه محمود and كاوا محمود on one page are one minister; on two pages two people as likely
        assertOnePersonOnOnePageTwoApart("وحضر الحفل وزير الثقافة الدكتور كاوه محمود.",
                "وألقى الوزير كاوا محمود كلمة في الختام.");
    }

    @Test
    void aShortFormLeavingOutTheLineageIsThePersonOfItsPageOnly() {
        // خالد المنيفي after خالد بن سعود المنيفي on the same page is him; on another page, a cousin as likely
        assertOnePersonOnOnePageTwoApart("وترأس الوفد خالد بن سعود المنيفي، مدير الشركة.",
                "وفي الختام شكر خالد المنيفي الحضور.");
    }

    @Test
    void aShortFormLeavingOutTheGrandfatherIsThePersonOfItsPageOnly() {
        // جاسم محمد after جاسم محمد علي on the same page is him, whichever comes first; on another page, as likely
        // a man whose grandfather is someone else
        assertOnePersonOnOnePageTwoApart("وقال المدير جاسم محمد علي إن العمل مستمر على الموعد.",
                "وأضاف جاسم محمد أن المشروع اكتمل.");
        assertOnePersonOnOnePageTwoApart("وأضاف جاسم محمد أن المشروع اكتمل.",
                "وقال المدير جاسم محمد علي إن العمل مستمر على الموعد.");
    }

    @Test
    void aFamilyNameWithAndWithoutItsArticleIsOnePersonOnItsPageOnly() {
        // عزيز دويك and عزيز الدويك on one page are the speaker; on two pages two people as likely
        assertOnePersonOnOnePageTwoApart("وتقدم الموكب الدكتور عزيز دويك رئيس المجلس التشريعي.",
                "ووصل النواب والدكتور عزيز الدويك إلى قاعة البلدية.");
        // and where the full name has the father's name too (وسيم أحمد زيود, then وسيم الزيود)
        assertOnePersonOnOnePageTwoApart("واستشهد الشاب وسيم أحمد زيود برصاص الاحتلال فجر اليوم.",
                "وأكمل موكب تشييع الشهيد وسيم الزيود طريقه إلى بلدته.");
    }

    @Test
    void aGivenNameWithAndWithoutTheArticleStaysTwoPeopleOnOnePage() {
        // محمد حسن and محمد الحسن: حسن is a given name, so the second may be another man as well as a family name
        CorpusPeople people = Extractors.FULL.extract(List.of(new StoryText("a", "pa",
                "وقال الدكتور محمد حسن إن المشروع اكتمل. وأضاف المهندس محمد الحسن أن العمل مستمر.")));
        assertEquals(2, people.persons().size(), people.persons().toString());
    }

    @Test
    void aPersonIsNamedInArabicLettersWhereAPageTypedThemOnAPersianKeyboard() {
        // الأمین with the Persian yeh on the first page, الأمين on the second: one person, shown in Arabic letters
        CorpusPeople people = Extractors.FULL.extract(List.of(
                new StoryText("a", "pa", "وقال السفير محمد أحمد ولد محمد الأمین إن العلاقات متينة."),
                new StoryText("b", "pb", "وقال الوزير محمد أحمد ولد محمد الأمين إن العمل مستمر.")));
        assertEquals(1, people.persons().size(), people.persons().toString());
        assertEquals("محمد أحمد ولد محمد الأمين", people.persons().get(0).name());
    }

    @Test
    void aShortFormLeavingOutAnAncestorBetweenItsWordsIsThePerson() {
        // نواف الأحمد الصباح is نواف الأحمد الجابر الصباح, on his page and on another: a family name that is no given
        // name closes both
        String full = "وأعلن الديوان أن أمير الكويت الشيخ نواف الأحمد الجابر الصباح دخل المستشفى.";
        String shorter = "وتلقى الشيخ نواف الأحمد الصباح برقيات التهنئة.";
        for (List<StoryText> stories : List.of(List.of(new StoryText("a", "pa", full + " " + shorter)),
                List.of(new StoryText("a", "pa", full), new StoryText("b", "pb", shorter)))) {
            CorpusPeople people = Extractors.FULL.extract(stories);
            assertEquals(List.of("نواف الأحمد الجابر الصباح"),
                    people.persons().stream().map(PersonRecord::name).toList(), people.persons().toString());
        }
    }

    @Test
    void anAncestorCarryingTheGivenNameOrAFathersWholeNameIsSomeoneElse() {
        // عبد الله الحربي is the father of عبد الرحمن عبد الله الحربي (عبد الله is one given name), أحمد الجابر الصباح
        // the grandfather of أحمد الفهد الأحمد الجابر الصباح: on one page, two people each
        for (String text : List.of("وقال عبد الرحمن عبد الله الحربي إن والده عبد الله الحربي أسس الشركة.",
                "وقال الشيخ أحمد الفهد الأحمد الجابر الصباح إن جده الشيخ أحمد الجابر الصباح بنى المدرسة.")) {
            CorpusPeople people = Extractors.FULL.extract(List.of(new StoryText("a", "pa", text)));
            assertEquals(2, people.persons().size(), people.persons().toString());
        }
    }

    @Test
    void aKunyaBeforeAWholeNameIsInTheMentionNotInThePersonsName() {
        // أبو أسامة is how يوسف جربوع is called: the mention shows it, the person is named without it and is the man
        // another page names plainly; أبو بكر is a given name of its own
        CorpusPeople people = Extractors.FULL.extract(List.of(
                new StoryText("a", "pa", "وحضر الاجتماع الشيخ أبو أسامة يوسف جربوع، والشيخ أبو وائل حمود الحناوي."
                        + " وقال الدكتور أبو بكر عبد المنعم أحمد إن الوضع صعب."),
                new StoryText("b", "pb", "وقال الشيخ يوسف جربوع إن الوضع هادئ.")));
        assertEquals(List.of("أبو بكر عبد المنعم أحمد", "حمود الحناوي", "يوسف جربوع"),
                people.persons().stream().map(PersonRecord::name).sorted().toList(), people.persons().toString());
        assertTrue(people.mentions().stream().anyMatch(m -> m.surfaceForms().contains("أبو أسامة يوسف جربوع")),
                people.mentions().toString());
    }

    /** Two sentences naming one person each: one person when they share a page, two when they stand apart. */
    private static void assertOnePersonOnOnePageTwoApart(String first, String second) {
        CorpusPeople samePage = Extractors.FULL.extract(List.of(new StoryText("a", "pa", first + " " + second)));
        assertEquals(1, samePage.persons().size(), samePage.persons().toString());
        CorpusPeople apart = Extractors.FULL.extract(List.of(new StoryText("a", "pa", first),
                new StoryText("b", "pb", second)));
        assertEquals(2, apart.persons().size(), apart.persons().toString());
    }

    @Test
    void aLoneFirstNameAfterATitleIsTheOnePersonOfThePageWithThatFirstName() {
        // للسلطان هيثم after السلطان هيثم بن طارق: one person; with two princes named محمد on the page, الأمير محمد
        // is not given to either of them
        CorpusPeople one = Extractors.FULL.extract(List.of(new StoryText("a", "pa",
                "اتصل الرئيس بالسلطان هيثم بن طارق سلطان عمان، وتمنى التوفيق للسلطان هيثم في خدمة شعبه.")));
        assertEquals(1, one.persons().size(), one.persons().toString());
        CorpusPeople two = Extractors.FULL.extract(List.of(new StoryText("b", "pb",
                "استقبل الأمير محمد بن سلمان الأمير محمد بن نايف، ثم غادر الأمير محمد في المساء.")));
        assertTrue(two.persons().stream().noneMatch(p -> two.mentions().stream()
                .filter(m -> m.personKey().equals(p.key())).flatMap(m -> m.surfaceForms().stream())
                .anyMatch("محمد"::equals) && p.name().contains("بن")), two.mentions().toString());
    }

    @Test
    void chainsSharingTheirFirstThreeWordsAreOnePersonOnlyWhereOneLineageFitsTheOther() {
        // محمد ولد محمد: given name and father, as many men's in Mauritania; a different lineage after it is another man
        CorpusPeople two = Extractors.FULL.extract(List.of(new StoryText("a", "pa",
                "وتضم البعثة قائد الأركان محمد ولد محمد أحمد ولد الشيخ؛ ووزير الداخلية محمد ولد محمد سالم ؛ ووزير "
                        + "النقل سيدي ولد أحمد.")));
        assertEquals(3, two.persons().size(), two.mentions().toString());
        // the short chain and the whole lineage, on two pages: one man
        CorpusPeople one = Extractors.FULL.extract(List.of(
                new StoryText("b", "pb", "استقبل الشيخ محمد بن راشد بن سعيد آل مكتوم الوفد الزائر."),
                new StoryText("c", "pc", "وقال الشيخ محمد بن راشد آل مكتوم إن المشروع سيفتتح قريبا.")));
        assertEquals(1, one.persons().size(), one.mentions().toString());
        // a compound given name (عبد الرحمن) opens the chain as one word
        CorpusPeople compound = Extractors.FULL.extract(List.of(new StoryText("d", "pd",
                "استقبل الأمير عبدالرحمن بن ناصر بن عبدالعزيز آل سعود محافظ الخرج القنصل. من جهة ثانية، أكد الأمير "
                        + "عبدالرحمن بن ناصر محافظ الخرج أن المجتمع متسامح.")));
        assertEquals(1, compound.persons().size(), compound.mentions().toString());
    }

    @Test
    void aLoneNameBesideTheSameNameWithItsGenerationIsOnePersonOnItsPage() {
        // البابا تواضروس after البابا تواضروس الثاني: the generation left out, one person
        CorpusPeople one = Extractors.FULL.extract(List.of(new StoryText("a", "pa",
                "دشن البابا تواضروس الثاني كنيسة القديسة رفقة. وقال البابا تواضروس إن الكنيسة تفتح أبوابها. وأضاف"
                        + " البابا تواضروس أن الكنيسة للجميع.")));
        assertEquals(1, one.persons().size(), one.persons().toString());
        assertEquals("تواضروس الثاني", one.persons().get(0).name(), "the fuller form names him");
        // under another title the lone name is someone else
        CorpusPeople two = Extractors.FULL.extract(List.of(new StoryText("b", "pb",
                "استقبل الملك محمد السادس الوفد الرياضي. وقال اللاعب محمد إن الاستقبال كان رائعا.")));
        assertEquals(2, two.persons().size(), two.persons().toString());
    }

    private static long suleimans(CorpusPeople people) {
        return people.persons().stream().filter(p -> p.name().endsWith("سليمان")).count();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void findsExactlyThesePeople(String text, List<String> expected) {
        CorpusPeople people = FoundPeople.extract(Extractors.RULES_ALONE, text);
        assertEquals(FoundPeople.expected(expected), FoundPeople.of(people), text);
    }
}

package app.khabar.people;

import static app.khabar.people.WordShapes.endsInBareAccusative;
import static app.khabar.people.WordShapes.endsLikeSoundPlural;
import static app.khabar.people.WordShapes.endsWithTanween;
import static app.khabar.people.WordShapes.hasArticle;
import static app.khabar.people.WordShapes.hasVerbPattern;
import static app.khabar.people.WordShapes.isAccusativeParticiple;
import static app.khabar.people.WordShapes.isDefiniteAugmentedMasdar;
import static app.khabar.people.WordShapes.isDefiniteParticiple;
import static app.khabar.people.WordShapes.isFunctionWordByItsHamza;
import static app.khabar.people.WordShapes.isFutureVerb;
import static app.khabar.people.WordShapes.isIfaalMasdar;
import static app.khabar.people.WordShapes.isImperfectVerbShape;
import static app.khabar.people.WordShapes.isPerfectVerbShape;
import static app.khabar.people.WordShapes.isTaf3eelMasdar;
import static app.khabar.people.WordShapes.isTaf3ilaMasdar;
import static app.khabar.people.WordShapes.isTafa33ulMasdar;
import static app.khabar.people.WordShapes.nounEnding;
import static app.khabar.people.WordShapes.writesVowel;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;

/**
 * What a word can be in or around a person's name, asked by the name reader and every rule alike: whether it can
 * be a family name (أحمد علي الزبيدي) or is an ordinary word's shape (مراقبا، بمنع), a verb, a title in construct, the
 * end of a clause, or the start of the next person; what a chain particle, a kunya or a quote around a name
 * mean. Each answer reads the story's words and the {@link Lexicon}; the word lists stay in {@code lexicon/}.
 * Stateless and thread-safe.
 */
final class NameWords {

    private static final Pattern ONLY_A_COMMA = Pattern.compile("\\s*[،,]\\s*");
    /** What the preposition على takes besides a noun (على ما، على هذا، على نحو): after علي, no end of a name. */
    private static final Set<String> PREPOSITION_ALA_OBJECTS = Set.of("ما", "هذا", "هذه", "ذلك", "تلك", "كل", "نحو",
            "بعض", "جميع", "غير", "اي");
    /** "Others" after و at the end of a list of names (جسار الجسار وآخرون، وغيرهم). */
    private static final Set<String> AND_OTHERS = Set.of("اخرون", "اخرين", "غيرهم", "غيرهما", "غيرهن", "سواهم");
    /** في، من، عن، مع: prepositions that open what is said of a name just read. */
    private static final Set<String> PREPOSITIONS_AFTER_NAME = Set.of("في", "من", "عن", "مع");
    /** قد and its conjoined forms take a verb: the word after them is no name. */
    private static final Set<String> VERB_PARTICLES = Set.of("قد", "وقد", "فقد", "لقد", "ولقد");
    /** أن/إن and their pronoun forms, told apart only by the hamza as written. */
    private static final Set<String> THAT = Set.of("ان", "انه", "انها", "انهم");

    private final Lexicon lexicon;

    NameWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean closesClauseAsFamilyName(List<Word> words, int k) {
        Word word = words.get(k);
        String norm = word.norm();
        String after = endsClause(words, k + 1) ? null : words.get(k + 1).norm();
        if (word.gap() != Word.Gap.NONE || !word.arabic() || norm.length() < 3
                || after != null && !lexicon.isOpenerAfterName(after)) {
            return false;
        }
        boolean behindClitic = Clitics.isProclitic(norm.charAt(0)) && !lexicon.isAnyGivenName(norm)
                && !lexicon.isKnownSurname(norm);
        boolean verbShape = isFutureVerb(norm) || isPerfectVerbShape(norm)
                || isImperfectVerbShape(norm) && lexicon.isCommonWord(norm); // يعود، يلعب
        // (وزير المالية شكري بشارة، ووزير: a listed noun in ة is the family name where a comma and the next
        // person's title follow, as a speech would not: ألقى الوزير محمد كلمة)
        boolean listedAccusativeOrNoun = lexicon.isCommonWord(norm) && (norm.endsWith("ه") || norm.endsWith("ا"))
                && !(norm.endsWith("ه") && nextPersonAfterComma(words, k + 1));
        boolean elative = norm.charAt(0) == 'ا' && (norm.length() == 3 || norm.length() == 4 && !writesVowel(norm))
                && "من".equals(after); // أول من، أكثر من
        return !(ArabicText.isStopWord(norm) || lexicon.isTimeAfterName(norm) || lexicon.isVerb(norm)
                || isTitleWord(word) || lexicon.isNationality(norm) || lexicon.isChainParticle(norm) || lexicon.isPlace(norm)
                || lexicon.fixedPhraseLength(words, k) > 0 || lexicon.honorificLength(words, k) > 0
                || hasArticle(norm) || behindClitic || endsWithTanween(word) || verbShape || listedAccusativeOrNoun
                || isAccusativeParticiple(norm) || elative
                // الأمير فيصل عدد من أفراد الأسرة: a listed noun before من is a partitive, no family name
                || "من".equals(after) && lexicon.isListedNotName(norm));
    }

    /** Only a comma (and spaces) between the word before {@code next} and it. */
    static boolean commaBefore(String text, List<Word> words, int next) {
        return ONLY_A_COMMA.matcher(text.substring(words.get(next - 1).end(), words.get(next).start())).matches();
    }

    /**
     * وزير الدفاع: ميشال منسى، الدكتور / طه أحمد المتوكل: a colon or a slash on the same line between a title and the
     * word at {@code next}.
     */
    static boolean colonOrSlashAfter(String text, List<Word> words, int next) {
        return next > 0 && text.substring(words.get(next - 1).end(), words.get(next).start()).matches("[ \t]*[:/][ \t]*");
    }

    static boolean opensQuote(String gap) {
        String mark = gap.strip();
        return mark.length() == 1 && Word.isQuote(mark.charAt(0));
    }

    /** The quote closes right after the word, before any punctuation that follows it. */
    static boolean closesQuote(String gap) {
        String mark = gap.strip();
        return !mark.isEmpty() && Word.isQuote(mark.charAt(0));
    }

    /**
     * تاج السر: a word no list takes for a given name and a definite word after it, the two written as one a sure
     * given name of the lists (تاجالسر), as the second words of compound names listed apart (الدين، الله) are.
     */
    boolean isSplitGivenName(List<Word> words, int j) {
        if (!joinsNext(words, j) || !words.get(j).arabic()) {
            return false;
        }
        String first = words.get(j).norm();
        String second = words.get(j + 1).norm();
        return second.startsWith("ال") && second.length() >= 4 && !lexicon.isAnyGivenName(first)
                && lexicon.isSureGivenName(first + second);
    }

    /** وعبدالقوي → عبدالقوي: a given name after the conjunction و, where the word itself is none; else null. */
    String givenNameAfterConjunction(String norm) {
        return norm.length() > 3 && norm.charAt(0) == 'و' && !lexicon.isAnyGivenName(norm)
                && lexicon.isAnyGivenName(norm.substring(1)) ? norm.substring(1) : null;
    }

    /** ووزير، والسفير: و and a title, the next item of a list (وزير itself starts with the letter و). */
    boolean opensWithConjoinedTitle(String norm) {
        return norm.length() > 3 && norm.charAt(0) == 'و' && !lexicon.isTitle(norm)
                && (norm.startsWith("وال") || lexicon.isTitle(norm.substring(1)));
    }

    /**
     * كلٌ من، كلا من: "each of", which announces a list (أحرز الهدفين كلٌ من جمعة الشوشان وسليمان عمر), where a given
     * name follows; before anything else it is "whoever" (كل من أدين) or opens a list of places or things (في كل من
     * مروي، كل من صانعي الألعاب).
     */
    boolean isAllOfBeforeGivenName(List<Word> words, int i) {
        // (والدة لكل من: إبراهيم، وخديجة: with ل, and before a colon too)
        if (!words.get(i).norm().equals("من") || i == 0 || words.get(i).gap() != Word.Gap.NONE
                || i + 1 >= words.size() || !words.get(i + 1).arabic() || words.get(i + 1).lineBreakBefore()
                || !joinsNext(words, i) && words.get(i + 1).gap() != Word.Gap.HARD) {
            return false;
        }
        String before = words.get(i - 1).norm();
        String next = words.get(i + 1).norm();
        return (before.equals("كل") || before.equals("كلا") || before.equals("لكل"))
                && (lexicon.isAnyGivenName(next) || next.equals("عبد") || next.equals("ابو"));
    }

    /**
     * وأرشد، بنزيف، باول: a word opening with و, ب, ل, ف or ك that may be the clitic and a word, where the second half
     * of a name would start: the whole word is no listed given name, or what follows the letter is a function word,
     * a listed word or a given name (لولا: ل + ولا).
     */
    boolean mayOpenWithClitic(String norm) {
        if (norm.length() < 4 || !Clitics.isProclitic(norm.charAt(0))) {
            return false;
        }
        String rest = norm.substring(1);
        return !lexicon.isAnyGivenName(norm) || Clitics.isFunctionWordBehindProclitic(norm)
                || lexicon.isCommonWord(rest) || lexicon.isAnyGivenName(rest);
    }

    /** يستقبل، يسائل: shaped like an imperfect verb and listed as no given name or surname. */
    boolean isUnlistedImperfectVerb(String norm) {
        return isImperfectVerbShape(norm) && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm);
    }

    /** العتيبي after علي: a family nisba no list calls a word or a place (علي الرغم is a phrase). */
    boolean nisbaFollows(List<Word> words, int next) {
        String norm = joinsNext(words, next - 1) ? words.get(next).norm() : null;
        return norm != null && isNisba(norm) && !lexicon.isCommonWord(norm)
                && (!lexicon.isPlace(norm) || lexicon.isNisbaShapedPlace(norm)); // (سعود علي القامشلي)
    }

    /** وعقيلته، ابنتهما: a kinship noun, with or without a clitic, before the name. */
    boolean isKinCue(Word word) {
        if (!lexicon.mayBeCue(word.norm())) {
            return false; // the cheap exit: most words start with no cue's letter
        }
        for (Clitics.Reading reading : Clitics.readings(word.norm())) {
            if (lexicon.isKinCue(reading.form())) {
                return true;
            }
        }
        return false;
    }

    /** جلالة الملك، الفنانة الشابة، صاحب السمو الملكي الأمير: a title with a word that names people by one name. */
    boolean namesByOneName(String role) {
        for (String word : ArabicText.normalize(role.strip()).split("\\s+")) {
            if (lexicon.isSingleNameTitle(word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * المدرب الفرنسي جارزيتو، للمدير الفني الصربي برانكو: a role with a nationality names a foreigner by one name,
     * a name no list of Arabic names holds (المدرب المصري حسام is a cut name).
     */
    boolean namesForeignerByOneName(String role, String token) {
        if (lexicon.isArabicName(token) || token.length() < 5) {
            return false;
        }
        for (String word : ArabicText.normalize(role.strip()).split("\\s+")) {
            String bare = hasArticle(word) ? word.substring(2) : word;
            if (lexicon.isNationality(word) && !lexicon.isGroupAdjective(bare)) {
                return true; // (رئيس المجلس الإقليمي لتارودانت: a relation adjective of institutions, no country)
            }
        }
        return false;
    }

    /**
     * What may follow a given name that is a whole name: the clause ends, a function word, a verb, a preposition
     * on a definite noun (الحارس أليسون بالدقيقة), or a chain particle and its ancestor (الأمير الحسين بن عبدالله).
     * Any other word suggests a family name that was not read.
     */
    boolean closesLoneName(List<Word> words, int next) {
        if (endsClause(words, next) || functionWordFollows(words, next)) {
            return true;
        }
        String norm = words.get(next).norm();
        return looksLikeVerb(norm) || isPerfectVerbShape(norm) || isImperfectVerbShape(norm)
                || lexicon.honorificLength(words, next) > 0 // الملك الحسين طيب الله ثراه
                || prepositionalNounFollows(words, next) // الحارس إيدرسون بسبب الإصابة
                || prepositionWordFollows(words, next) // المطربة أصالة لطرح ألبومها
                || !lexicon.isAnyGivenName(norm) && isOrdinaryWordShape(words.get(next)) // المطربة شيرين حفلا
                || norm.length() > 4 && (norm.startsWith("بال") || norm.startsWith("لل") || norm.startsWith("وال"))
                || lexicon.isChainParticle(norm) && next + 1 < words.size()
                && words.get(next + 1).gap() == Word.Gap.NONE
                // المطران ثيوذوسيوس رئيس أساقفة سبسطية، الملك سلمان وولي عهده: a role in apposition, or و and the
                // next person's title or given name
                || roleInApposition(words, next) || opensWithConjoinedTitle(norm)
                || givenNameAfterConjunction(norm) != null;
    }

    /**
     * رئيس أساقفة سبسطية، متروبوليت: a bare title heading a role right after a lone name; never one that is also a
     * name or an honorific (الشيخ، أمير، معالي: قيس الشيخ نجيب، عبد الحميد معالي are family names).
     */
    boolean roleInApposition(List<Word> words, int next) {
        if (!titleFollows(words, next) || !joinsNext(words, next)) {
            return false;
        }
        String norm = words.get(next).norm();
        return !hasArticle(norm) && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                && !lexicon.isRoleHonorific(norm) && !lexicon.isRoleHonorific("ال" + norm);
    }

    /**
     * من بطولة النجمة يسرا: a word that credits a part in a work, before a title with the article, names the person
     * the title introduces, not an organisation (بطولة كأس العالم stays a championship).
     */
    private boolean creditsTitledPerson(List<Word> words, int i) {
        if (i + 1 >= words.size() || words.get(i + 1).gap() != Word.Gap.NONE) {
            return false;
        }
        String next = words.get(i + 1).norm();
        boolean credit = false;
        for (Clitics.Reading reading : Clitics.readings(words.get(i).norm())) {
            credit |= lexicon.isCreditWord(reading.form());
        }
        // (بطولة الأمير فيصل بن فهد is a tournament named after a prince: a rank's honorific keeps it one)
        return credit && next.startsWith("ال") && next.length() > 3 && lexicon.isTitle(next.substring(2))
                && !lexicon.isRoleHonorific(next) && !lexicon.isRoleHonorific(next.substring(2));
    }

    /** بعنوان تحية وفاء: the words right after a cue of a work's or an event's title are that title. */
    boolean followsWorkTitleCue(List<Word> words, int i) {
        return i > 0 && words.get(i).gap() != Word.Gap.HARD && lexicon.isWorkTitleCue(words.get(i - 1).norm());
    }

    /** Word i follows قد or a conjoined form of it, which takes a verb (فقد حافظ نصر الدين يوبي، وقد سامح). */
    static boolean followsVerbParticle(List<Word> words, int i) {
        return i > 0 && words.get(i).gap() == Word.Gap.NONE && VERB_PARTICLES.contains(words.get(i - 1).norm());
    }

    /**
     * بلدية خان يونس تبذل: a given name right after a place word is the rest of the place's name where the two,
     * written as one, are a listed place (خانيونس); a country's name before a person (ليبيا ستيفاني وليامز) is not.
     */
    boolean secondWordOfPlace(List<Word> words, int i) {
        if (i == 0 || words.get(i).gap() != Word.Gap.NONE || !words.get(i - 1).arabic()) {
            return false;
        }
        String before = words.get(i - 1).norm();
        return lexicon.isPlace(before) && lexicon.isPlace(before + words.get(i).norm());
    }

    /** عن طريق أحمد بيبو: "by way of", the scorer or the agent after it, no road named after a person. */
    private static boolean isMeansPhrase(List<Word> words, int i) {
        return i > 0 && words.get(i).norm().equals("طريق") && words.get(i).gap() == Word.Gap.NONE
                && words.get(i - 1).norm().equals("عن");
    }

    /**
     * من بطولة إلهام شاهين، وبطولة منى هلا: "starring", the cast after it, no championship named after a person
     * (بطولة محمد السادس: a king's regnal number after the name keeps the championship).
     */
    private boolean isCastCue(List<Word> words, int i) {
        String norm = words.get(i).norm();
        if (!(norm.equals("بطوله") || norm.equals("وبطوله")) || !joinsNext(words, i)) {
            return false;
        }
        return lexicon.isAnyGivenName(words.get(i + 1).norm())
                && !(joinsNext(words, i + 1) && lexicon.isGenerationSuffix(words.get(i + 2).norm()));
    }

    /**
     * Word i is an organisation's head word, and what follows it is the organisation's name (مدرسة عمر بن الخطاب),
     * not a person it credits (بطولة الفنان، بطولة إلهام شاهين) or the agent of عن طريق.
     */
    boolean opensOrganisationName(List<Word> words, int i) {
        return isOrganisationHead(words.get(i)) && !creditsTitledPerson(words, i) && !isMeansPhrase(words, i)
                && !isCastCue(words, i);
    }

    /** مؤسسة، لشركة: an organisation's head word, with or without a clitic. */
    boolean isOrganisationHead(Word word) {
        return word.arabic() && lexicon.isOrgHeadBehindClitic(word.norm());
    }

    /** The word after the organisation head at {@code head} and up to three definite words after it. */
    int definiteWordsAfter(List<Word> words, int head) {
        int k = head + 1;
        while (k < words.size() && k <= head + 3 && words.get(k).gap() == Word.Gap.NONE && words.get(k).arabic()
                && hasArticle(words.get(k).norm()) && !lexicon.isKnownSurname(words.get(k).norm())
                && !lexicon.isDefiniteGivenName(words.get(k).norm())) {
            k++;
        }
        return k;
    }

    /** An unlisted word shaped like a verb, its perfect or imperfect, right after the name (not a place: إربد). */
    boolean verbFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return (lexicon.isVerb(norm) || isImperfectVerbShape(norm) || isPerfectVerbShape(norm))
                && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm) && !lexicon.isPlace(norm);
    }

    /**
     * أبو أسامة يوسف جربوع، أبو نظير منيب ملاعب: أبو and a given name of one word (no given name of its own, as أبوبكر
     * is), then a sure given name and at least one more word of a name that is no chain (أبو حفص عمر بن الخطاب is
     * read as written: a chain may be the kunya's own lineage).
     */
    boolean isKunyaBeforeWholeName(List<String> tokens, int units) {
        return units >= 3 && tokens.size() >= 4 && tokens.get(0).equals("ابو") && !tokens.get(1).equals("عبد")
                && !lexicon.isAnyGivenName("ابو" + tokens.get(1)) && lexicon.isSureGivenName(tokens.get(2))
                && !lexicon.isChainParticle(tokens.get(3));
    }

    /**
     * سيد الموقف، أمين الصندوق: a title that is also a given name, before a definite word that names no family, is
     * in construct with it ("master of", "keeper of"), so it is no word of the name before it; so is a participle
     * title before a bare title (مساعد وزير الداخلية: "assistant of the minister").
     */
    boolean isTitleInConstruct(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (k + 1 >= words.size() || !lexicon.isTitleWord(norm)) {
            return false;
        }
        Word next = words.get(k + 1);
        if (next.gap() == Word.Gap.NONE && next.arabic() && lexicon.isTitle(next.norm()) && !hasArticle(next.norm())
                && !lexicon.isAnyGivenName(next.norm()) && !lexicon.isWeakGivenName(norm) && norm.charAt(0) == 'م') {
            // رجب عبدالعال مساعد وزير الداخلية: a participle title governs the title after it ("assistant of the
            // minister"); a noun title (كاظم مجيد سلطان عضو الاتحاد) or a given name as often a word (خالد محمد
            // أمين رئيس الحزب) before a role is the name's last word
            return true;
        }
        return lexicon.isWeakGivenName(norm) && next.gap() == Word.Gap.NONE && next.arabic() && hasArticle(next.norm())
                && !lexicon.isKnownSurname(next.norm()) && !lexicon.isDefiniteGivenName(next.norm());
    }

    /**
     * See {@link NameRecognizer#acceptsLaterWord}: a word that can close a name before the next person of a list, any word but a
     * function word, a verb, a time, a place, a title, a listed non-name, a chain particle, a word with tanween, the
     * role of an appointment (وزيرا، مساعدا), a sound plural (تحيات، المعلمين) or a clitic on an unlisted word.
     */
    boolean isLastWordBeforeNextPerson(List<Word> words, int k) {
        Word word = words.get(k);
        String norm = word.norm();
        if (!word.arabic() || norm.length() < 3 || isAccusativeRole(words, k) || endsLikeSoundPlural(norm)
                || !hasArticle(norm) && norm.endsWith("ا") && norm.length() >= 5) {
            return false;
        }
        boolean listed = lexicon.isAnyGivenName(norm) || lexicon.isKnownSurname(norm);
        return !ArabicText.isStopWord(norm) && !lexicon.isVerb(norm) && !looksLikeVerb(norm) && !isFutureVerb(norm)
                && !lexicon.isTimeAfterName(norm) && !lexicon.isPlace(norm) && !lexicon.isTitle(norm)
                && !lexicon.isTitleWord(norm) && !endsWithTanween(word) && !lexicon.isListedNotName(norm)
                && !lexicon.isChainParticle(norm)
                && !(Clitics.isProclitic(norm.charAt(0)) && norm.length() >= 5 && !hasArticle(norm) && !listed);
    }

    /**
     * وقال نواف سلام ناعيا، مؤكدا، مستنكرا: the speaker's state in the accusative after the name, a participle فاعلا or
     * of a derived verb with its case ending; the name closes before it.
     */
    boolean isCircumstantialParticiple(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return isAccusativeParticiple(norm) || norm.length() == 5 && norm.charAt(1) == 'ا' && norm.endsWith("ا")
                && !norm.endsWith("نا") && !norm.endsWith("ها") && !lexicon.isAnyGivenName(norm)
                && !lexicon.isKnownSurname(norm) && !lexicon.isPlace(norm);
    }

    /** See {@link NameRecognizer#acceptsLaterWord}: a definite family name closing the name at punctuation or the text's end. */
    boolean isPunctuatedFamilyName(List<Word> words, int k) {
        String norm = words.get(k).norm();
        // (قابوس بن سعيد المعظم، : a word no nisba is an epithet as often as a name, so it must be no listed word)
        return closesAtPunctuation(words, k + 1) && isFamilyName(norm)
                && (norm.endsWith("ي") || !lexicon.isCommonWord(norm)) && !lexicon.isNamingWord(norm)
                && !lexicon.isTitle(norm) && !lexicon.isTitleWord(norm) && !lexicon.isPlace(norm)
                && !lexicon.isListedNotName(norm) && !lexicon.isTimeAfterName(norm)
                && !ArabicText.isStopWord(norm) && !endsWithTanween(words.get(k));
    }

    /**
     * والبامي، وأبو ذكرى، ومعه: و before a definite word the lists know (a nisba, a common word, a family name, a
     * place), before أبو, or before a function word (with a pronoun) is the conjunction, so the next item and no word
     * of the name before it; a listed name spelt so (والي) is the name's own word, and a foreign one stays whole
     * (والكوت، ووكر). Compare {@link #isConjunctionWithWord}, which asks the same of a name's first word.
     */
    boolean isConjunctionBeforeItem(Word word) {
        String norm = word.norm();
        if (norm.length() < 3 || norm.charAt(0) != 'و' || lexicon.isAnyGivenName(norm) || lexicon.isKnownSurname(norm)
                || lexicon.isChainParticle(norm)) {
            return false;
        }
        String rest = norm.substring(1);
        String base = Clitics.withoutPronoun(rest, word.lastLetter() == 'ه', 2);
        boolean definiteWord = hasArticle(rest) && rest.length() >= 5 && (isNisba(rest) || lexicon.isCommonWord(rest)
                || lexicon.isKnownSurname(rest) || lexicon.isPlace(rest));
        return definiteWord || rest.startsWith("ابو") || ArabicText.isStopWord(rest)
                || base != null && ArabicText.isStopWord(base);
    }

    /**
     * و and then a word of two letters (a doubled root: رد، مد) or a listed verb or word: a name's first word read as
     * the conjunction (compare {@link #isConjunctionBeforeItem}, for a word inside a name).
     */
    boolean isConjunctionWithWord(String norm) {
        String rest = norm.substring(1);
        return rest.length() == 2 || lexicon.isVerb(rest) || lexicon.isCommonWord(rest) || lexicon.isNotName(rest);
    }

    void addToken(List<String> tokens, String norm) {
        lexicon.addNameToken(tokens, norm);
    }

    /** موكب، مكتب، منزل: a noun of place or instrument (م + root), not a given name unless the lexicon says so. */
    boolean isMimNoun(Word word) {
        String norm = word.norm();
        return norm.length() >= 4 && norm.charAt(0) == 'م' && !lexicon.isAnyGivenName(norm);
    }

    /** سيد أحمد، سيدي محمد: سيد or سيدي and a given name, one compound given name (Mauritania, Maghreb). */
    boolean isSidiCompound(List<Word> words, int j) {
        if (j + 1 >= words.size() || words.get(j + 1).gap() != Word.Gap.NONE || !words.get(j + 1).arabic()) {
            return false;
        }
        String head = words.get(j).norm();
        String name = words.get(j + 1).norm();
        return lexicon.isCompoundGivenHead(head)
                && (lexicon.isAnyGivenName(name) || lexicon.isDefiniteGivenName(name));
    }

    /**
     * السيد الشيخ ولد بد، المستشار الشيخ ولد امحيميد، الولي الصالح الحاج ولد فحفو: before ولد, الشيخ and الحاج are the
     * given names they so often are in Mauritania, not the honorifics (which Gulf and Yemeni pages put before بن:
     * الشيخ بن سليمان). Where the text also names him ولد and that word without الشيخ (الملقب "ولد فتى"), الشيخ is his
     * honorific.
     */
    boolean isSheikhBeforeOuld(List<Word> words, int j) {
        String head = words.get(j).norm();
        if (!(head.equals("الشيخ") || head.equals("الحاج")) || !particleFollows(words, j)
                || !words.get(j + 1).norm().equals("ولد") || !words.get(j + 2).arabic()) {
            return false;
        }
        String father = words.get(j + 2).norm();
        if (lexicon.isNotName(father)) {
            return false; // الشيخ ولد في: "the sheikh was born in"
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            // the same ولد and father standing with no given name before them (الملقب "ولد فتى"), not a brother's
            // name (أحمد ولد فتى)
            String before = i == 0 || words.get(i).gap() != Word.Gap.NONE ? "" : words.get(i - 1).norm();
            if (words.get(i).norm().equals("ولد") && words.get(i + 1).norm().equals(father)
                    && !before.equals(head) && !lexicon.isAnyGivenName(before)) {
                return false;
            }
        }
        return true;
    }

    /** A chain particle (بن، ولد، بنت) comes next: what precedes it is a given name. */
    boolean particleFollows(List<Word> words, int j) {
        return j + 2 < words.size() && words.get(j + 1).gap() == Word.Gap.NONE
                && words.get(j + 2).gap() == Word.Gap.NONE && lexicon.isChainParticle(words.get(j + 1).norm());
    }

    /**
     * وزيرا، وزيرة، رئيسا، مديرا للـ...، مراقبا: the role of an appointment in a list of names (or an adverb of the
     * same shape, مجددا, which ends a name as well).
     */
    boolean isAccusativeRole(List<Word> words, int k) {
        if (k >= words.size() || words.get(k).gap() != Word.Gap.NONE || !words.get(k).arabic()) {
            return false;
        }
        String norm = words.get(k).norm();
        return (norm.length() >= 4 && (norm.endsWith("ا") || norm.endsWith("ه"))
                && lexicon.isTitle(norm.substring(0, norm.length() - 1))) || isDerivedParticipleAccusative(norm);
    }

    /** الحوثي، السوداني، المصري: the masculine singular of a nisba, with the article. */
    boolean isMasculineNisba(String norm) {
        return norm.startsWith("ال") && norm.length() >= 5 && norm.endsWith("ي") && lexicon.isNationality(norm);
    }

    /** إيدرسون بسبب الإصابة: a preposition glued to a common noun. */
    boolean prepositionalNounFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE) {
            return false;
        }
        String norm = words.get(next).norm();
        return norm.length() >= 4 && (norm.charAt(0) == 'ب' || norm.charAt(0) == 'ل')
                && lexicon.isCommonWord(norm.substring(1));
    }

    /**
     * سعد أردش، : a word shaped like an elative or a perfect أفعل that no list knows, before a comma (the elatives and
     * the verbs of the news are listed: قال محمد أكثر، is not read so).
     */
    boolean isAfalFamilyName(List<Word> words, int k) {
        String norm = words.get(k).norm();
        return norm.length() == 4 && norm.charAt(0) == 'ا' && !writesVowel(norm) && !lexicon.isCommonWord(norm)
                && !lexicon.isVerb(norm) && !lexicon.isNotName(norm) && k + 1 < words.size()
                && words.get(k + 1).gap() == Word.Gap.SOFT;
    }

    /**
     * نجم منتخب مصر، نجم ليفربول: a title that is also a given name (نجم، أمين), before the team, organisation or place
     * it governs in a construct, opens a role in apposition after a name of two words or more.
     */
    boolean isTitleWordInConstruct(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (!lexicon.isTitleWord(norm) || !lexicon.isWeakGivenName(norm) || !joinsNext(words, k)) {
            return false;
        }
        String next = words.get(k + 1).norm();
        return words.get(k + 1).arabic() && !lexicon.isAnyGivenName(next) && !lexicon.isKnownSurname(next)
                && !lexicon.isCompoundNameEnd(next)
                && (lexicon.isComplement(next) || lexicon.isOrgHead(next) || lexicon.isPlace(next));
    }

    /**
     * أمير المنطقة، أمير دولة الكويت، أمير قطر: a title that is also a weak given name, before the complement, unit,
     * organisation or place it governs, with the article or without, is the role.
     */
    boolean isTitleWordBeforeItsComplement(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (!lexicon.isTitleWord(norm) || !lexicon.isWeakGivenName(norm) || !joinsNext(words, k)) {
            return false;
        }
        String next = words.get(k + 1).norm();
        String bare = Lexicon.withoutArticle(next);
        return !lexicon.isAnyGivenName(next) && !lexicon.isKnownSurname(next)
                && (lexicon.isComplement(bare) || lexicon.isOrgHead(bare) || lexicon.isPlaceOrItsUnit(next));
    }

    /**
     * مساعد رئيس الجامعة، مساعد المدير: a deputy's title that is also a given name, before another title it governs,
     * is the role "assistant of", never a word of a name, wherever it stands (not so سلطان before عضو الاتحاد).
     */
    boolean isTitleWordBeforeTitle(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (!lexicon.isDeputyTitle(norm) || !joinsNext(words, k)) {
            return false;
        }
        String next = words.get(k + 1).norm();
        return words.get(k + 1).arabic() && lexicon.isTitle(next) && !lexicon.isAnyGivenName(next)
                && !lexicon.isKnownSurname(next);
    }

    /**
     * نظير جهوده، نائب رئيسه: a title word (that may also be a given name) before a noun with its pronoun governs
     * that noun; it is no word of a name.
     */
    boolean isTitleWordGoverningPronounNoun(List<Word> words, int k) {
        if (k >= words.size() || !lexicon.isTitleWord(words.get(k).norm()) || !joinsNext(words, k)) {
            return false;
        }
        Word next = words.get(k + 1);
        return next.norm().charAt(0) != 'و' && Clitics.withoutPronoun(next, 3) != null
                && !lexicon.isAnyGivenName(next.norm())
                && !lexicon.isKnownSurname(next.norm());
    }

    /** أطروحته، رسالتها: a listed feminine noun, its ة written ت, with a third-person pronoun after it. */
    boolean isFeminineNounWithPronoun(Word word) {
        String base = Clitics.withoutPronoun(word, 3);
        return base != null && base.endsWith("ت") && !lexicon.isAnyGivenName(word.norm())
                && !lexicon.isKnownSurname(word.norm())
                && lexicon.isCommonWord(base.substring(0, base.length() - 1) + "ه");
    }

    /** الأستاذة فيرا بابون اليوم: a time word (اليوم، أمس) goes on with the clause after a name. */
    boolean timeFollows(List<Word> words, int next) {
        return next < words.size() && words.get(next).gap() == Word.Gap.NONE
                && lexicon.isTimeAfterName(words.get(next).norm());
    }

    /** كيم جونغ أون على، شي جين بينغ في: a preposition or conjunction closes the name. */
    static boolean functionWordFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE) {
            return false;
        }
        Word word = words.get(next);
        String norm = word.norm();
        // (بهذا، لذلك: a function word behind a clitic; معه، عنها: a preposition with a pronoun; وآخرون: "and
        // others", which closes a list of names)
        return ArabicText.isStopWord(norm) || Clitics.isFunctionWordBehindProclitic(norm)
                || isFunctionWordWithPronoun(word) || norm.length() > 4 && norm.charAt(0) == 'و'
                && AND_OTHERS.contains(norm.substring(1));
    }

    /**
     * معه، عنها، منهم: a function word of Lucene's list (a preposition mostly) with a pronoun after it. Bases of one
     * letter (له، بها) are left out: ل and ب begin too many names.
     */
    private static boolean isFunctionWordWithPronoun(Word word) {
        String base = Clitics.withoutPronoun(word, 2);
        return base != null && ArabicText.isStopWord(base);
    }

    /**
     * وهبة مجدى after a full name: و and a listed given name that is no ordinary word, then a word of a name (a given
     * name or a family name) in the same clause, start a second person; وهبة alone is a family name as often.
     */
    boolean startsNextPerson(List<Word> words, int k) {
        if (!isConjoinedGivenName(words.get(k).norm()) || k + 1 >= words.size()
                || words.get(k + 1).gap() != Word.Gap.NONE || !words.get(k + 1).arabic()) {
            return false;
        }
        String next = words.get(k + 1).norm();
        return lexicon.isAnyGivenName(next) || lexicon.isKnownSurname(next) || isNisba(next);
    }

    /**
     * علي محسن الأحمر، / … الأحمر على / … الأحمر رئيس / … الأحمر شيخا: the name closes after a family name of colour or
     * body (a role in the accusative closes it as a title does).
     */
    boolean closesAdjectiveSurname(List<Word> words, int next) {
        return endsClause(words, next) || functionWordFollows(words, next) || titleFollows(words, next)
                || isAccusativeRole(words, next) || nextIsConjoinedGivenName(words, next); // حمزة الأحمر ومحمد
    }

    /**
     * وعلي الجغاوي رئيس، وعلي معلول (الأهلي): after وعلي, a word no list calls a word or a given name is a family
     * name when it is a nisba or the clause closes after it; "and on" is followed by a noun and goes on (وعلي ضوء ذلك).
     */
    boolean isFamilyNameAfterConjoinedAli(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (lexicon.isCommonWord(norm) || lexicon.isAnyGivenName(norm) || lexicon.isPlace(norm) || norm.length() < 3) {
            return false;
        }
        // (وعلي بهبهاني في الإعلام: before a preposition too, not before a demonstrative: وعلي ضوء ذلك)
        return hasArticle(norm) ? isNisba(norm) : endsClause(words, k + 1) || titleFollows(words, k + 1)
                || k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE
                && PREPOSITIONS_AFTER_NAME.contains(words.get(k + 1).norm());
    }

    /** الهنائي، العبدلي: a family nisba no list calls a word or a place. */
    boolean isUnlistedFamilyNisba(String norm) {
        return isNisba(norm) && isFamilyName(norm) && !lexicon.isCommonWord(norm) && !lexicon.isPlace(norm);
    }

    /** وهبة: و and a listed given name that is no ordinary word (هبة), whatever the whole word is too. */
    boolean isConjoinedGivenName(String norm) {
        // (وائل is the Arabic name, not و + the Korean إيل: an Arabic name is read whole before a foreign one)
        return norm.length() > 3 && norm.charAt(0) == 'و' && lexicon.isSureGivenName(norm.substring(1))
                && !(lexicon.isArabicName(norm) && !lexicon.isArabicName(norm.substring(1)));
    }

    /** What may follow a full name: the clause ends, a function word, a verb, or the next item of a list (والفنزويلي). */
    boolean closesName(List<Word> words, int next) {
        if (endsClause(words, next) || functionWordFollows(words, next) || fixedPhraseFollows(words, next)) {
            return true;
        }
        String norm = words.get(next).norm();
        return norm.startsWith("وال") || lexicon.isVerb(norm) || lexicon.isTitle(norm)
                || norm.length() > 3 && norm.charAt(0) == 'و' && lexicon.isAnyGivenName(norm.substring(1));
    }

    /**
     * لمحمد الصغير: a given name (behind any clitic) right before word j, so a definite given name at j is the second
     * half of a compound given name and opens no name of its own.
     */
    boolean followsGivenName(List<Word> words, int j) {
        if (j == 0 || words.get(j).gap() != Word.Gap.NONE || words.get(j - 1).endsWithAlefMaqsura()) {
            return false; // (على الحسين: the preposition)
        }
        for (Clitics.Reading reading : Clitics.readings(words.get(j - 1).norm())) {
            if (lexicon.isAnyGivenName(reading.form())) {
                return true;
            }
        }
        return false;
    }

    /** علي محمد سالم البخاري صباح اليوم: no name reads on into a fixed phrase, whatever names its words are. */
    private boolean fixedPhraseFollows(List<Word> words, int next) {
        return next < words.size() && lexicon.fixedPhraseLength(words, next) > 0;
    }

    /**
     * طريق، كبير: a listed noun without the article or a clitic letter, no accusative or tanween, and no verb, time,
     * title, place, nationality or function word; no ة either unless {@code taMarbutaToo} (صبرة).
     */
    boolean isBareNounFamilyName(Word word, boolean taMarbutaToo) {
        String norm = word.norm();
        return word.arabic() && norm.length() >= 3 && lexicon.isCommonWord(norm) && !hasArticle(norm)
                && !Clitics.isProclitic(norm.charAt(0)) && !(norm.endsWith("ه") && !(taMarbutaToo && word.lastLetter() == 'ة'))
                && !norm.endsWith("ا")
                && !endsWithTanween(word) && !lexicon.isVerb(norm) && !looksLikeVerb(norm)
                && !lexicon.isTimeAfterName(norm) && !lexicon.isTitleWord(norm) && !lexicon.isPlace(norm)
                && !lexicon.isNationality(norm) && !ArabicText.isStopWord(norm);
    }

    /** Punctuation right after word next - 1 (not the text's end, nor the complementiser of reported speech). */
    static boolean punctuationFollows(List<Word> words, int next) {
        return next < words.size() && words.get(next).gap() != Word.Gap.NONE;
    }

    /** Punctuation or the text's end right after the name: {@link #endsClause} without the complementiser. */
    static boolean closesAtPunctuation(List<Word> words, int next) {
        return next >= words.size() || words.get(next).gap() != Word.Gap.NONE;
    }

    /** Nothing follows the name in its clause: punctuation, the end, or the complementiser of reported speech. */
    static boolean endsClause(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE) {
            return true;
        }
        String norm = words.get(next).norm();
        return norm.equals("ان") || norm.equals("انه") || norm.equals("انها");
    }

    static boolean joinsNext(List<Word> words, int j) {
        return j + 1 < words.size() && words.get(j + 1).gap() == Word.Gap.NONE && words.get(j + 1).arabic();
    }

    /**
     * أيمن نمر بمنع الحفلات، بدعم الفريق: ب and three letters without a long vowel (a bare masdar) before a definite
     * noun it governs, no name word.
     */
    static boolean isBaBeforeMasdarInConstruct(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (norm.length() != 4 || norm.charAt(0) != 'ب' || !nextHasArticle(words, k + 1)) {
            return false;
        }
        for (int c = 1; c < 4; c++) {
            if ("اويىه".indexOf(norm.charAt(c)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Shapes only ordinary words take, whatever their letters: a case ending (معتذراً، حفلا، جسدا: an indefinite
     * accusative, written with its tanween or as a bare ا after consonants only), a future verb (سيكون), the masdar
     * تفعيل (تشكيل), أمام and الآن by their hamza, an adverb in ـيا (أساسيا), a participle or a title in the
     * accusative (شاكرا، مساعدا), and a preposition on a listed word (the whole word asked, as one or two proclitics
     * that can stand together), a masdar or (ب) a feminine noun (لرئاسة، بامتياز، بجلطة). Listed names are asked about
     * before this.
     */
    boolean isOrdinaryWordShape(Word word) {
        String norm = word.norm();
        if (endsWithTanween(word) || isTaf3eelMasdar(norm) || isFunctionWordByItsHamza(word)) {
            return true;
        }
        if (norm.length() == 6 && norm.endsWith("ا") && isTaf3eelMasdar(norm.substring(0, 5))) {
            return true; // لقيت ترحيبا، تقديرا: the masdar تفعيل in the accusative, its tanween unwritten
        }
        if (isFutureVerb(norm) && "اوي".indexOf(norm.charAt(2)) < 0 && "اويه".indexOf(norm.charAt(norm.length() - 1)) < 0) {
            return true; // سيكون (سنوسي، سيرجيو write a vowel)
        }
        if (WordShapes.isConjoinedFutureVerb(norm)) {
            return true;
        }
        if (endsInBareAccusative(norm)) {
            return true;
        }
        if (norm.length() >= 5 && norm.endsWith("يا") && lexicon.isCommonWord(norm.substring(0, norm.length() - 1))
                && !lexicon.isAnyGivenName(norm)) {
            return true; // أساسيا، رسميا، دوليا: the accusative of a nisba adjective, an adverb (ماريا is listed)
        }
        if (WordShapes.isParticipleAccusative(norm, lexicon) || isTitleInAccusative(norm)
                || isDerivedParticipleAccusative(norm)) {
            return true; // شاكرا، حاملا; مساعدا، مدربا (يكون محمد نور مساعدا له: a role in the accusative); مراقبا
        }
        if (norm.length() >= 6 && (norm.endsWith("يتان") || norm.endsWith("يتين"))) {
            return true; // ذهبيتان: the dual of a feminine adjective
        }
        if (norm.length() >= 5 && (norm.charAt(0) == 'ب' || norm.charAt(0) == 'ل')) {
            // بوتفليقة، لعمامرة، لحسن: Maghreb names start with these letters, so only a listed word or a masdar
            // after the preposition, or (after ب) a feminine noun, counts
            String rest = norm.substring(1);
            if (lexicon.isPlaceUnitBehindPreposition(norm)) {
                return true; // بوادي النطرون، بمدينة: a preposition before a place
            }
            return !hasArticle(rest) && !rest.startsWith("و") && !lexicon.isAnyGivenName(rest)
                    && !lexicon.isKnownSurname(rest) && (isIfaalMasdar(rest) || isTaf3eelMasdar(rest)
                    || isTafa33ulMasdar(rest) || WordShapes.isTafaa3ulMasdar(rest) // بتجاوب، بتعاون
                    // (the whole word asked, so that the clitics it reads stand together: بلقايد is no ب + ل + قايد)
                    || lexicon.isCommonWord(norm) || norm.charAt(0) == 'ب' && word.lastLetter() == 'ة'
                    || WordShapes.isPluralBehindPreposition(norm));
        }
        return false;
    }

    /**
     * مراقبا: the participle of a derived form (مُفاعِل, or مُفعِل in five letters) in the indefinite accusative, a
     * role the sentence gives the name before it (والدكتور حسام محمد علي مراقبا للجلسة), or an adverb made so
     * (مجددا); its bare form an ordinary word or a title, neither it nor the bare form a listed name (مشرف is).
     */
    private boolean isDerivedParticipleAccusative(String norm) {
        int n = norm.length();
        if (n < 5 || n > 6 || norm.charAt(0) != 'م' || norm.charAt(n - 1) != 'ا' || n == 6 && norm.charAt(2) != 'ا') {
            return false;
        }
        String bare = norm.substring(0, n - 1);
        return (lexicon.isCommonWord(bare) || lexicon.isTitleWord(bare)) && !lexicon.isAnyGivenName(norm)
                && !lexicon.isKnownSurname(norm) && !lexicon.isAnyGivenName(bare) && !lexicon.isKnownSurname(bare);
    }

    /** مساعدا، مديرا، مدربا: a title with the accusative's bare ا, never a listed name itself. */
    private boolean isTitleInAccusative(String norm) {
        int n = norm.length();
        return n >= 5 && norm.charAt(n - 1) == 'ا' && lexicon.isTitleWord(norm.substring(0, n - 1))
                && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm);
    }

    /** التومي، الحلبوسي: family names of relation; nationalities and common adjectives excluded. */
    boolean isNisba(String norm) {
        return norm.length() >= 5 && norm.endsWith("ي") && !lexicon.isNotName(norm)
                && !lexicon.isNationality(norm);
    }

    /**
     * An Arabic family name with the article after a given name (يحيى السنوار، بشار الأسد): anything but a
     * listed word or a plural or feminine noun.
     */
    boolean isFamilyName(String norm) {
        if (!norm.startsWith("ال") || norm.length() < 5 || lexicon.isNotName(norm) || lexicon.isNationality(norm)) {
            return false;
        }
        // اللقاء، البناء، التعديل: definite masdars; الأول: a generation, never a family name
        boolean maf3ul = norm.length() == 7 && norm.startsWith("الم") && norm.charAt(5) == 'و'; // المرهون، المأمون
        // الحصين، الحسين: ال and four letters ending in ين is the shape فعيل of a root ending in ن; a plural in ين
        // needs three letters before its ending (المهنئين، الطرفين)
        boolean fu3ayn = norm.length() == 6 && norm.charAt(4) == 'ي';
        return !(norm.endsWith("ه") || norm.endsWith("ات") || norm.endsWith("ون") && !maf3ul || norm.endsWith("ين") && !fu3ayn
                || norm.endsWith("اء") || lexicon.isGenerationSuffix(norm) || isDefiniteAugmentedMasdar(norm)
                || WordShapes.isDefiniteTaf3eelMasdar(norm)
                || isDefiniteParticiple(norm) && !lexicon.isDefiniteGivenName(norm) && !lexicon.isKnownSurname(norm));
    }

    /**
     * السعدون، الخلدون، الجرادات، العوضات: a definite word ending like a masculine or feminine plural that no list
     * knows as a word.
     */
    boolean endsLikePluralFamily(Word word) {
        String norm = word.norm();
        return word.arabic() && norm.startsWith("ال") && (norm.length() >= 6 && norm.endsWith("ون")
                || norm.length() >= 7 && norm.endsWith("ات"))
                && !lexicon.isCommonWord(norm) && !lexicon.isNotName(norm) && !lexicon.isNationality(norm)
                && !lexicon.isTitle(norm.substring(2)) && !lexicon.isPlace(norm);
    }

    /**
     * حزين عمر، : a listed word at {@code index}, bare (no article or clitic letter, no verb, case ending or other
     * ordinary shape, no word that is never a name), before a sure listed given name that closes at punctuation.
     */
    boolean isCommonWordBeforeFathersName(List<Word> words, int index) {
        Word word = words.get(index);
        String norm = word.norm();
        if (!joinsNext(words, index) || norm.length() < 3 || hasArticle(norm) || Clitics.isProclitic(norm.charAt(0))
                || lexicon.isNotName(norm) || looksLikeVerb(norm) || isOrdinaryWordShape(word)
                || lexicon.isTitleWord(norm) || lexicon.isPlace(norm) || lexicon.isNationality(norm)) {
            return false;
        }
        return sureGivenNameFollows(words, index) && closesAtPunctuation(words, index + 2);
    }

    /** حزين عمر، سمراء لقمان: a listed given name that is no other word (the father's) joins the word at k. */
    boolean sureGivenNameFollows(List<Word> words, int k) {
        if (k + 1 >= words.size() || words.get(k + 1).gap() != Word.Gap.NONE) {
            return false;
        }
        String next = words.get(k + 1).norm();
        return lexicon.isSureGivenName(next);
    }

    /** A title head, bare or after a clitic (كرئيس، لوزير). */
    boolean isTitleWord(Word word) {
        for (Clitics.Reading reading : Clitics.readings(word.norm())) {
            if (lexicon.isTitle(reading.form())) {
                return true;
            }
        }
        return false;
    }

    /** A word only a foreign name can be: not listed, not common, no article, no noun ending, writes a vowel. */
    boolean isForeignWord(Word word) {
        return isForeignWord(word, false);
    }

    /** {@code allowOn}: إيدرسون، أندرسون may end like a plural (-ون) when a vowel is written before it. */
    boolean isForeignWord(Word word, boolean allowOn) {
        String norm = word.norm();
        boolean on = allowOn && norm.length() >= 6 && (norm.endsWith("ون") || norm.endsWith("ين"))
                && word.lastLetter() != 'ة'
                && writesVowel(norm.substring(0, norm.length() - 2));
        return word.arabic() && norm.length() >= 4 && !hasArticle(norm) && !lexicon.isNotName(norm)
                && !lexicon.isCommonWord(norm) && !lexicon.isAnyGivenName(norm) && !looksLikeVerb(norm)
                && (!nounEnding(word) || on) && word.lastLetter() != 'ه' && writesVowel(norm);
    }

    /** العطية، الصبيحية: a definite word in ية that no list claims, as the family name ending a chain. */
    boolean isChainNisbaFamilyName(String norm) {
        return norm.startsWith("ال") && norm.length() >= 6 && norm.endsWith("يه") && !lexicon.isCommonWord(norm)
                && !lexicon.isNationality(norm) && !lexicon.isTitle(norm) && !lexicon.isPlace(norm)
                && !lexicon.isNotName(norm) && !lexicon.isCommonWord(norm.substring(0, norm.length() - 1));
    }

    /**
     * After a title and a given name, a definite family name the general rule refuses: a feminine-looking one
     * (عبد الحميد الدبيبة) unless it is a common word, or a place name (مها الرباط) where the clause ends.
     */
    /** A definite word no closed class claims (a title, a nationality, a place, a verb, a generation, a particle). */
    boolean isDefiniteWordAfterGivenNames(String norm) {
        return norm.startsWith("ال") && norm.length() >= 5 && !lexicon.isTitle(norm) && !lexicon.isNationality(norm)
                && !lexicon.isPlace(norm) && !lexicon.isVerb(norm) && !ArabicText.isStopWord(norm)
                && !lexicon.isGenerationSuffix(norm) && !lexicon.isTimeAfterName(norm);
    }

    boolean isTitledFamilyName(List<Word> words, int k) {
        String norm = words.get(k).norm();
        if (!norm.startsWith("ال") || norm.length() < 5 || lexicon.isNationality(norm) || lexicon.isTitle(norm)
                || lexicon.isVerb(norm) || ArabicText.isStopWord(norm) || lexicon.isGenerationSuffix(norm)) {
            return false;
        }
        if (lexicon.isPlace(norm)) {
            return endsClause(words, k + 1);
        }
        return norm.endsWith("ه") && !lexicon.isCommonWord(norm) && !norm.endsWith("يه");
    }

    /**
     * The family name after a title and a listed given name, where the general rules refuse a word only for what
     * else it can mean: الرئيس إبراهيم رئيسي، / وزيرة التضامن غادة والي بالإشراف / وزير الخارجية حسين أمير
     * عبداللهيان، / الشيخ إسماعيل السيد الطنطاوي، . An indefinite word after a definite title and name can only be
     * a name unless a closed class claims it (an adverb, a verb, a function word, a word with a pronoun or a case
     * ending), so one such word, or two where the second looks like a family name, is taken when the name closes
     * right after it. Returns the end of the family name, or k when the rule does not apply.
     */
    int announcedFamilyEnd(List<Word> words, int k) {
        String first = words.get(k).norm();
        boolean leads = isAnnouncedNameWord(words.get(k), false);
        // اللاعب مروان الصحفي هدفا: a definite nisba that is also a role word can be the whole family name
        boolean endsAlone = hasArticle(first) ? isAnnouncedNameWord(words.get(k), true)
                : leads && !lexicon.isTitle(first);
        if (!leads && !endsAlone) {
            return k;
        }
        for (int w = k + 1; w <= k + 2 && w < words.size() && words.get(w).gap() == Word.Gap.NONE; w++) {
            if (lexicon.isCompoundNameEnd(words.get(w).norm())) {
                return k; // يوسف شريف رزق الله: the name goes on; the general rules read it
            }
        }
        if (endsAlone && announcedNameCloses(words, k + 1)) {
            return k + 1;
        }
        if (leads && k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE
                && isAnnouncedNameWord(words.get(k + 1), true) && announcedNameCloses(words, k + 2)) {
            return k + 2;
        }
        return k;
    }

    /**
     * A word that may stand in an announced family name: not a function word, adverb, verb, place, nationality or
     * generation; no case ending or pronoun. With the article only as a nisba family name ({@code last}; المنضم
     * after a name is an adjective) or as the
     * honorific a family name can be (السيد، الشيخ). Titles and role words may (أمير، قائد، والي، رئيسي): families
     * carry them.
     */
    private boolean isAnnouncedNameWord(Word word, boolean last) {
        String norm = word.norm();
        if (!word.arabic() || norm.length() < 3 || lexicon.isClosedClassNotName(norm) || looksLikeVerb(norm)
                || !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                && (isOrdinaryWordShape(word) || isImperfectVerbShape(norm)) // محمد بولعيش يسائل وزير
                || isPerfectVerbShape(norm) && !lexicon.isAnyGivenName(norm)
                || isFutureVerb(norm) || endsWithTanween(word) || nounEnding(word) || isTaf3eelMasdar(norm)
                || isTaf3ilaMasdar(word) || lexicon.isPlace(norm) || lexicon.isNationality(norm)
                || lexicon.isGenerationSuffix(norm) || lexicon.isChainParticle(norm) || lexicon.isParticle(norm)
                || word.lastLetter() == 'ه' && norm.length() >= 4 && !lexicon.isAnyGivenName(norm)
                // محمود رئيسا للصومال: an unlisted word in ا is an accusative (a role, a state), not a name here
                || norm.endsWith("ا") && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                || norm.charAt(0) == 'و' && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)) {
            return false;
        }
        if (hasArticle(norm)) {
            // a role nisba is a family name here (الصحفي، القاضي): the title and given name came before it
            return last ? norm.length() >= 5 && norm.endsWith("ي") && !lexicon.isClosedClassNotName(norm)
                    && !lexicon.isComplement(norm) && !lexicon.isModifier(norm)
                    && (lexicon.isTitleWord(norm) || !lexicon.isCommonWord(norm))
                    : lexicon.isRoleHonorific(norm);
        }
        return !last || !lexicon.isCommonWord(norm) && !lexicon.isTitle(norm);
    }

    /**
     * أشرف زكي، نقيب المهن التمثيلية، لوسائل إعلام: after a title and a comma, an unlisted word that starts with a
     * preposition or conjunction letter goes on the sentence; the appositive role has closed (هيرفي رينارد still reads).
     */
    boolean unknownAfterComma(String text, List<Word> words, int index) {
        Word word = words.get(index);
        String between = text.substring(words.get(index - 1).end(), word.start());
        String norm = word.norm();
        return (between.contains("،") || between.contains(",")) && norm.length() >= 5
                && "لبفك".indexOf(norm.charAt(0)) >= 0 && !lexicon.isAnyGivenName(norm)
                && !lexicon.isDefiniteGivenName(norm);
    }

    /** The clause ends, or a function word, a verb, a preposition with a definite noun or a time word follows. */
    boolean announcedNameCloses(List<Word> words, int next) {
        if (isClosingGivenNameAli(words, next)) {
            return false; // الوالي محمود حسن علي إن: the name goes on
        }
        if (endsClause(words, next) || functionWordFollows(words, next)) {
            return true;
        }
        String norm = words.get(next).norm();
        return lexicon.isVerb(norm) || isPerfectVerbShape(norm) && !lexicon.isAnyGivenName(norm)
                || norm.length() > 4 && (norm.startsWith("بال") || norm.startsWith("لل"))
                || norm.startsWith("ال") && lexicon.isListedNotName(norm) // السبسي اليوم: a time word
                // مروان الصحفي هدفا: the verb's object in the accusative, an ordinary word
                || !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                && (isOrdinaryWordShape(words.get(next)) || norm.endsWith("ا") && lexicon.isCommonWord(norm));
    }

    /**
     * حسن علي إن، محمد علي المدير: the given name علي written with ي, closing the name before the clause's end, a role
     * or a function word, on a page that writes the preposition على with ى elsewhere (many pages write both علي).
     * The preposition is followed by its noun, by أن or ما, or by a quantifier (محمد علي المركز الأول، وافق محمد حسن
     * علي أن stay the preposition's; only إن with its hamza below is the speech after a name).
     */
    boolean isClosingGivenNameAli(List<Word> words, int k) {
        if (k >= words.size() || words.get(k).gap() != Word.Gap.NONE || !words.get(k).norm().equals("علي")
                || words.get(k).endsWithAlefMaqsura() || words.stream().noneMatch(Word::endsWithAlefMaqsura)) {
            return false;
        }
        Word next = k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE ? words.get(k + 1) : null;
        if (next != null && THAT.contains(next.norm())) {
            return next.raw().startsWith("إ");
        }
        return endsClause(words, k + 1) || titleFollows(words, k + 1) || isAccusativeRole(words, k + 1)
                || next != null && functionWordFollows(words, k + 1) && !PREPOSITION_ALA_OBJECTS.contains(next.norm());
    }

    /** في، الذي، التي written with a final ى: words no standard spelling ends so. */
    private static final Set<String> YA_WORDS_WRITTEN_WITH_ALEF_MAQSURA = Set.of("فى", "وفى", "ففى", "الذى", "والذى",
            "التى", "والتى");

    /**
     * فى، الذى، المصرى: the page writes a final ي as ى (as many Egyptian sites do), so ى tells the preposition على from
     * the name علي no more. Two such words are the evidence: في، الذي or التي so written, or a nationality (which
     * ends in ي in the standard spelling, where موسى or مصطفى end in ى in any).
     */
    boolean writesFinalYaAsAlefMaqsura(List<Word> words) {
        int seen = 0;
        for (Word word : words) {
            if (word.arabic() && word.endsWithAlefMaqsura() && (YA_WORDS_WRITTEN_WITH_ALEF_MAQSURA.contains(word.raw())
                    || lexicon.isNationality(word.norm())) && ++seen >= 2) {
                return true;
            }
        }
        return false;
    }

    /** ستيف ويتكوف: after a listed given name, a foreign surname whose first letter is و, not the conjunction. */
    boolean isForeignSurnameAfterWaw(String norm) {
        if (!norm.startsWith("و") || norm.length() < 5) {
            return false;
        }
        String rest = norm.substring(1);
        // (ودرية وأصهاركم: a noun with a possessive pronoun is the next item, no surname)
        return !lexicon.isAnyGivenName(rest) && !lexicon.isKnownSurname(rest) && !lexicon.isCommonWord(norm)
                && !lexicon.isCommonWord(rest) && !hasArticle(rest) && !looksLikeVerb(rest) && !rest.endsWith("ه")
                && !rest.endsWith("ات") && !rest.endsWith("ون") && !rest.endsWith("ين") && writesVowel(rest)
                && !(rest.endsWith("كم") || rest.endsWith("هم") || rest.endsWith("ها") || rest.endsWith("هن"))
                && !isTaf3eelMasdar(rest); // بشروط ميسرة وتقسيط: و and a masdar, the next thing
    }

    /** The end of a run of definite family names starting at k (k itself when there is none). */
    int familyChainEnd(List<Word> words, int k) {
        int end = k;
        while (end < words.size() && end - k < 3 && (end == k || words.get(end).gap() == Word.Gap.NONE)
                && words.get(end).arabic() && isFamilyName(words.get(end).norm())
                && !lexicon.isCommonWord(words.get(end).norm())) {
            end++;
        }
        return end;
    }

    /**
     * حرب، سلام، خان، جمعة: an indefinite noun that families also carry as their name. Never a verb, an adverb
     * ({@code حاليا، مساء}), a function word, a place, a nationality, an organisation or a word with a pronoun;
     * an ordinary word of the common lists only where {@code commonWordToo} (مشرفة after a title and a given name).
     */
    boolean looksLikeNounSurname(Word word, boolean commonWordToo) {
        String norm = word.norm();
        if (!word.arabic() || norm.length() < 3 || norm.length() > 6 || hasArticle(norm) || endsWithTanween(word)
                || ArabicText.isStopWord(norm) || looksLikeVerb(norm) || lexicon.isNotName(norm)
                || !commonWordToo && lexicon.isCommonWord(norm)
                || lexicon.isPlace(norm) || lexicon.isNationality(norm) || lexicon.isTitle(norm)
                || lexicon.isGenerationSuffix(norm) || isTaf3ilaMasdar(word) || isOrdinaryWordShape(word)) {
            return false;
        }
        char last = norm.charAt(norm.length() - 1);
        return last != 'ا' && !norm.endsWith("اء") && !norm.endsWith("ات") && !norm.endsWith("ين")
                && !norm.endsWith("ون") && !(norm.length() >= 4 && (norm.endsWith("ها") || norm.endsWith("هم")))
                && !Character.isDigit(norm.charAt(0));
    }

    /** بدوره، بنفسه، لديه: a preposition, a noun and a pronoun written ه: an adverbial phrase, no family name. */
    static boolean isNounWithPronounBehindPreposition(Word word) {
        String norm = word.norm();
        return norm.length() >= 4 && Clitics.isPreposition(norm.charAt(0)) && Clitics.withoutPronoun(word, 3) != null;
    }

    /**
     * أبوعشه، بوزيده: a family name made of أبو (بو in the Maghreb) and a word, written as one. Not أبواب (doors), a
     * listed word, or ب before a noun the lists know with or without the article (بوساطه: ب + الوساطه).
     */
    boolean isGluedKunya(String norm) {
        if (norm.startsWith("ابو")) {
            return norm.length() >= 6 && !norm.startsWith("ابواب") && !lexicon.isCommonWord(norm);
        }
        return norm.startsWith("بو") && norm.length() >= 5 && !lexicon.isCommonWord(norm)
                && !lexicon.isCommonWord("ال" + norm.substring(1));
    }

    /** المزيد، : a definite word no list names as anything but a word, with punctuation right after it. */
    boolean isDefiniteNounAsFamilyName(List<Word> words, int k) {
        Word word = words.get(k);
        String norm = word.norm();
        if (!word.arabic() || !norm.startsWith("ال") || norm.length() < 5 || !punctuationFollows(words, k + 1)) {
            return false;
        }
        String bare = norm.substring(2);
        if (endsLikeSoundPlural(norm)) {
            return false; // كرم المحافظ سامي الفائزين. : the plural object of the sentence
        }
        return !ArabicText.isStopWord(norm) && !lexicon.isNotName(norm) && !lexicon.isNotName(bare)
                && !lexicon.isPlace(norm) && !lexicon.isPlace(bare) && !lexicon.isNationality(norm)
                && !lexicon.isTitle(bare) && !lexicon.isModifier(bare) && !lexicon.isGenerationSuffix(norm)
                && !looksLikeVerb(bare);
    }

    /** {@code أبو السعود،}, {@code آل سعيد في}: a family name written with أبو or آل, then the clause ends. */
    boolean kunyaFamilyCloses(List<Word> words, int k) {
        if (k + 1 >= words.size() || words.get(k).gap() != Word.Gap.NONE || words.get(k + 1).gap() != Word.Gap.NONE
                || !words.get(k + 1).arabic()) {
            return false;
        }
        String particle = words.get(k).norm();
        String family = words.get(k + 1).norm();
        // (أبو سنة، أبو سنينة، أبو شقرة: after أبو a common noun is the family's name as often as any)
        boolean familyWord = particle.equals("ابو") ? !ArabicText.isStopWord(family) && !lexicon.isNotName(family)
                && !looksLikeVerb(family) && !lexicon.isTitle(family) && !lexicon.isNationality(family)
                : particle.equals("ال") && !lexicon.isCommonWord(family);
        return familyWord && !lexicon.isPlace(family) && chainCloses(words, k + 2);
    }

    /**
     * What follows a run of family names shows it is one: the clause ends, a function word, a time (اليوم، البارحة),
     * a verb, an indefinite.
     */
    boolean chainCloses(List<Word> words, int next) {
        if (endsClause(words, next) || functionWordFollows(words, next) || fixedPhraseFollows(words, next)
                || timeFollows(words, next) || next < words.size() && isTitleWordBeforeItsComplement(words, next)) {
            return true;
        }
        String norm = words.get(next).norm();
        return lexicon.isVerb(norm) || !hasArticle(norm) && !lexicon.isAnyGivenName(norm);
    }

    /** A definite word at j, no title, place, nationality or function word, with punctuation after it. */
    boolean isDefiniteFatherAtPunctuation(List<Word> words, int j) {
        String norm = words.get(j).norm();
        return norm.startsWith("ال") && norm.length() >= 5 && (j + 1 == words.size()
                || words.get(j + 1).gap() != Word.Gap.NONE) && !lexicon.isTitle(norm) && !lexicon.isPlace(norm)
                && !lexicon.isNationality(norm) && !ArabicText.isStopWord(norm) && !lexicon.isTimeAfterName(norm);
    }

    /** The father's name at word j, any plain word, then a family nisba that closes the name (علي بن طالب الهنائي -). */
    boolean isFatherBeforeFamilyNisba(List<Word> words, int j) {
        if (!joinsNext(words, j) || !words.get(j).arabic()) {
            return false;
        }
        String father = words.get(j).norm();
        // (طالب, "demanded", is a listed verb: after بن a verb cannot stand, so the word is the father's name)
        return !hasArticle(father) && !ArabicText.isStopWord(father) && !isFutureVerb(father)
                && !lexicon.isTitleWord(father) && !lexicon.isPlace(father) && !endsWithTanween(words.get(j))
                && isUnlistedFamilyNisba(words.get(j + 1).norm())
                && (endsClause(words, j + 2) || titleFollows(words, j + 2));
    }

    /**
     * محمد الحنشي ولد الكتاب؛ محمد عبدالله ولد خطرة في: after ولد or بنت (a Mauritanian chain) the father's name may
     * be any word a list calls common, with or without the article, where the clause ends, a function word or the role
     * of an appointment follows it; no function word, verb, role or place (محمد ولد في: "was born in").
     */
    boolean isClosingFatherAfterOuld(List<Word> words, int particle) {
        String norm = words.get(particle).norm();
        if (!norm.equals("ولد") && !norm.equals("بنت") || particle + 1 >= words.size()) {
            return false;
        }
        Word father = words.get(particle + 1);
        String name = father.norm();
        if (father.gap() != Word.Gap.NONE || !father.arabic() || name.length() < 3
                || lexicon.isNotName(name) || lexicon.isTitleWord(name) || lexicon.isTimeAfterName(name)
                || endsWithTanween(father) || name.startsWith("بال") || name.startsWith("لل")) {
            return false; // (محمد ولد بالقاهرة: "was born in")
        }
        if (endsClause(words, particle + 2) || isAccusativeRole(words, particle + 2)) {
            return true; // (وعين محمد الأمين ولد أيده مديرا عاما: the role of the appointment follows)
        }
        // before a function word, a definite common noun is the verb's object (فاطمة علي بنت المدرسة في: "built")
        return functionWordFollows(words, particle + 2) && !(hasArticle(name) && lexicon.isCommonWord(name));
    }

    /**
     * خير الله، فتح الله، عوض الله: a later word of a name and الله after it, the two a given name the lists hold as one
     * word (خيرالله), though the first alone is a noun no list takes for a name. عبد is read on its own.
     */
    boolean isTheophoricNameAfter(List<Word> words, int k) {
        String norm = words.get(k).norm();
        return !norm.equals("عبد") && norm.length() >= 2 && joinsNext(words, k)
                && words.get(k + 1).norm().equals("الله") && lexicon.isGivenName(norm + "الله");
    }

    /** رئيس، المستشار: a title word, with or without the article (no other clitic). */
    boolean isBareOrDefiniteTitle(Word word) {
        return word.arabic() && isBareOrDefiniteTitle(word.norm());
    }

    /** ، ووزير: a comma before word {@code next}, which is و and a title, the next person's. */
    private boolean nextPersonAfterComma(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.SOFT || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return norm.length() >= 4 && norm.charAt(0) == 'و' && isBareOrDefiniteTitle(norm.substring(1));
    }

    private boolean isBareOrDefiniteTitle(String norm) {
        return lexicon.isTitle(norm) || norm.startsWith("ال") && norm.length() > 4 && lexicon.isTitle(norm.substring(2));
    }

    /**
     * القاضي، المهندس، الصحفي right after a given name with nothing after them in the clause but a time (محمد عبد
     * الستار السيد اليوم): a title there would stand before the name or open an apposition with more words, so the
     * title word is the family name.
     */
    boolean closesClauseAsTitleFamilyName(List<Word> words, int k) {
        String norm = words.get(k).norm();
        return words.get(k).arabic() && norm.startsWith("ال") && norm.length() > 4 && lexicon.isTitle(norm)
                && (endsClause(words, k + 1) || timeFollows(words, k + 1));
    }

    /**
     * عصر، شديد: a listed noun without the article, of three letters or more, that no list calls a non-name and that
     * is no verb, title word or place, with no tanween or accusative ا: after a sure given name, a family name where
     * what follows says the name closed (a role in apposition, the next item of a list).
     */
    boolean isBareCommonNoun(Word word) {
        String norm = word.norm();
        return !hasArticle(norm) && lexicon.isCommonWord(norm) && norm.length() >= 3 && !lexicon.isListedNotName(norm)
                && !looksLikeVerb(norm) && !endsWithTanween(word) && !norm.endsWith("ا") && !lexicon.isTitleWord(norm)
                && !lexicon.isPlace(norm);
    }

    /**
     * المطران بطرس قسيس، / عيسى ملك. : a title word without the article or tanween, before punctuation within the line
     * (an apposed role goes on with what it governs; a caption's line may end in a role).
     */
    boolean isBareTitleWordBeforePunctuation(List<Word> words, int k) {
        Word word = words.get(k);
        return !hasArticle(word.norm()) && lexicon.isTitleWord(word.norm()) && !endsWithTanween(word)
                && k + 1 < words.size() && words.get(k + 1).gap() != Word.Gap.NONE && !words.get(k + 1).lineBreakBefore();
    }

    /** مدير، رئيس، وزير: a title word without the article that no list holds as a given name. */
    boolean isBareTitleNoName(String norm) {
        return !hasArticle(norm) && lexicon.isTitleWord(norm) && !lexicon.isAnyGivenName(norm);
    }

    /** A title word right after the name, with or without the article (رئيس، المستشار): an apposition begins. */
    boolean titleFollows(List<Word> words, int next) {
        return next < words.size() && words.get(next).gap() == Word.Gap.NONE && isBareOrDefiniteTitle(words.get(next));
    }

    /**
     * الشيخ علي، الملا حسن، الشيخ عبد الله: after بن or ولد, an honorific and a listed given name (or عبد and the
     * word it joins) name the ancestor.
     */
    boolean isHonouredAncestor(List<Word> words, int j) {
        if (j + 1 >= words.size() || words.get(j).gap() != Word.Gap.NONE || words.get(j + 1).gap() != Word.Gap.NONE) {
            return false;
        }
        String honorific = words.get(j).norm();
        String given = words.get(j + 1).norm();
        boolean abd = given.equals("عبد") && joinsNext(words, j + 1);
        return (honorific.equals("الشيخ") || honorific.equals("الملا") || honorific.equals("السيد"))
                && (abd || lexicon.isAnyGivenName(given) && !lexicon.isWeakGivenName(given));
    }

    /** بحضور، بالولاية: ب and a noun, which no preposition before it governs (على بعد is "at a distance"). */
    boolean nounAfterBaFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return norm.length() >= 4 && norm.charAt(0) == 'ب' && !norm.equals("بعد") && !lexicon.isAnyGivenName(norm)
                && !lexicon.isKnownSurname(norm) && (norm.startsWith("بال") || prepositionalNounFollows(words, next));
    }

    /**
     * لتولي، بالمنصب: a word carrying the preposition ل (or ب and the article) that is no name or place; wider than
     * {@link #prepositionalNounFollows}, which asks for a listed word, because a role or a chain came first.
     */
    boolean prepositionWordFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        // ب only before the article (بالمنصب): بولونيا، بوتين begin with the letter
        return norm.length() >= 4 && (norm.charAt(0) == 'ل' || norm.startsWith("بال")) && !lexicon.isAnyGivenName(norm)
                && !lexicon.isKnownSurname(norm) && !lexicon.isAnyGivenName(norm.substring(1))
                && !lexicon.isPlace(norm) && !lexicon.isPlace(norm.substring(1)) && !isForeignWord(words.get(next));
    }

    /** وبهاء، ومحمد: و and a listed given name, the next person of a pair or list. */
    boolean nextIsConjoinedGivenName(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return norm.length() > 3 && norm.charAt(0) == 'و' && !lexicon.isAnyGivenName(norm)
                && lexicon.isAnyGivenName(norm.substring(1));
    }

    /** وبعد، وفي، وهو: و and a function word, which starts the next clause. */
    static boolean conjoinedFunctionWordFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return norm.length() >= 3 && norm.charAt(0) == 'و' && ArabicText.isStopWord(norm.substring(1));
    }

    /** ووكيل، والمدير: و and a role, the next item after a name. */
    boolean conjoinedTitleFollows(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        if (norm.length() < 4 || norm.charAt(0) != 'و') {
            return false;
        }
        return isBareOrDefiniteTitle(norm.substring(1));
    }

    static boolean nextHasArticle(List<Word> words, int next) {
        return next < words.size() && words.get(next).gap() == Word.Gap.NONE && words.get(next).arabic()
                && words.get(next).norm().startsWith("ال");
    }

    /** Verbs from the list, their future forms, and dual or plural imperfects (يبحثان، يؤكدون). */
    boolean looksLikeVerb(String norm) {
        if (lexicon.isVerb(norm)) {
            return true;
        }
        int n = norm.length();
        char c = norm.charAt(0);
        if (n >= 5 && (c == 'ي' || c == 'ت') && (norm.endsWith("ان") || norm.endsWith("ون") || norm.endsWith("وا"))) {
            // تيلرسون، ييتسون، توران: imperfect verbs hardly ever write a long vowel as their second letter
            return !(norm.charAt(1) == 'ي' && norm.endsWith("ون") && n >= 6
                    || n == 5 && "وي".indexOf(norm.charAt(1)) >= 0);
        }
        if (n >= 4 && c == 'س' && (norm.charAt(1) == 'ي' || norm.charAt(1) == 'ت' || norm.charAt(1) == 'ن')
                && lexicon.isVerb("ي" + norm.substring(2))) {
            return true;
        }
        return n >= 6 && norm.startsWith("است") || hasVerbPattern(norm);
    }
}

package app.khabar.people;

import static app.khabar.people.WordShapes.hasArticle;

import java.util.List;

import app.khabar.arabic.ArabicText;

/**
 * The title-led rule ({@value #ID}): a title or role phrase, read from its head word on, is followed by the name of
 * the person who holds it, known to a list or not. The phrase starts with a title or a group title from the lexicon,
 * with its clitics off (وزير، والنائب، للرئيس) and a possessive pronoun after it (ونائبها، نائبتها), or the doctor's
 * abbreviation with its dot (د.), and runs on over the words that complete it:
 * <ul>
 *   <li>nationalities and modifiers (وزير الخارجية الأمريكي، رئيس مجلس السيادة السوداني);</li>
 *   <li>complements, organisations and places, with the article, a preposition or a possessive pronoun (المتحدث
 *       باسم وزارة الخارجية، رئيس المكتب السياسي لحركة حماس، سفيرة بلادنا، وزير خارجيتها);</li>
 *   <li>complements coordinated with و (وزير الرياضة والشباب), and في before a definite word, a place or a unit
 *       of the place after it (مدير الطرق في محافظة البصرة);</li>
 *   <li>a place no list knows after a unit noun, and a unit or region before its place (رئيس بلدية كانتبري، محافظ
 *       شمال الباطنة);</li>
 *   <li>an ordinal right after a definite head (والنائب الثاني، مصباح دومة) and further titles (الدكتور المهندس).</li>
 * </ul>
 * It stops at punctuation, after nine words, or at a known surname, a given name that is not more title (رئيس
 * البرلمان سلطان البركاني), a word with و that joins nothing, a word that is not Arabic or the abbreviation د.
 * The {@link NameRecognizer} then reads the name after the phrase as after a title and serves the phrase as the
 * person's role. A phrase whose last word is an organisation hands over to the organisation-led reading; one headed
 * by a dual or plural title (وزيرا الخارجية) is served as "group-title-led", with no role.
 * <p>
 * It reads the words of a story and the lexicon, and asks the {@link NameRecognizer} it serves for the word tests
 * the other rules share; the recognizer takes what it finds. Stateless and thread-safe.
 */
final class TitleRule {

    /** The rule id served with every name read after a title. */
    static final String ID = "title-led";

    private static final int MAX_TITLE_WORDS = 9;

    /**
     * A title phrase: the role's text starts at character {@code start} and the phrase ends before word {@code end};
     * {@code group}: a dual or plural title; {@code endsWithOrganisation}: the organisation the role belongs to
     * closes it; {@code abbreviation}: the doctor's د. alone.
     */
    record Title(int start, int end, String role, boolean group, boolean endsWithOrganisation,
                 boolean abbreviation) {
    }

    /** Titles, complements, modifiers, nationalities, places and organisations: the words a phrase is made of. */
    private final Lexicon lexicon;
    /** The shared word tests (a chain particle follows, سيد and a given name): one definition for all rules. */
    private final NameRecognizer names;
    /** The word tests every rule shares. */
    private final NameWords nameWords;

    TitleRule(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
        this.nameWords = names.words();
    }

    /** A role phrase starting at word i: head word, then construct and adjective words; null if none. */
    Title readTitle(String text, List<Word> words, int i) {
        Word head = words.get(i);
        if (!head.arabic() || nameWords.isSidiCompound(words, i) && nameWords.particleFollows(words, i + 1)
                || nameWords.isSheikhBeforeOuld(words, i)
                || lexicon.isWeakGivenName(head.norm()) && nameWords.particleFollows(words, i)) {
            // سيد أحمد ولد ابوه، الشيخ ولد صالح، الطالب ولد المحجوب: سيد, الشيخ and الطالب start the given name,
            // they are no title
            return null;
        }
        int prefix = -1;
        boolean group = false;
        String headForm = null;
        for (Clitics.Reading reading : Clitics.readings(head.norm())) {
            String form = reading.form();
            if (reading.letters() > 0 && form.startsWith("ل") && head.norm().startsWith("لل", reading.letters() - 1)) {
                form = "ا" + form; // للرئيس = ل + الرئيس
            }
            if (lexicon.isTitle(form) || lexicon.isGroupTitle(form)
                    // الطالب عبد الله: a title listed with its article heads a role though it is a given name too
                    // (after another title, or before ولد, it is the Mauritanian given name: السيد الطالب أعمر)
                    || lexicon.isTitleWord(form) && (roleFollowsBareHead(words, i) || hasArticle(form))) {
                prefix = reading.letters();
                group = !lexicon.isTitle(form) && lexicon.isGroupTitle(form);
                headForm = form;
                break;
            }
        }
        for (Clitics.Reading reading : prefix < 0 ? Clitics.readings(head.norm()) : List.<Clitics.Reading>of()) {
            String title = titleBeforePossessive(head, reading);
            if (title != null) {
                prefix = reading.letters(); // ونائبتها لميس الأميري، رئيسها سامي: the title with a possessive pronoun
                headForm = title;
                break;
            }
        }
        if (prefix < 0) {
            return null;
        }
        boolean abbreviation = headForm.equals("د");
        if (abbreviation && !(i + 1 < words.size() && (text.substring(head.end(), words.get(i + 1).start())
                .strip().equals(".") || undottedBeforeGivenName(words, i + 1)))) {
            return null; // د. is the doctor's abbreviation with its dot, or before a listed given name
        }
        if (abbreviation) {
            return new Title(head.start(), i + 1, "د.", false, false, true);
        }
        int end = i + 1;
        boolean organisation = false;
        while (end < words.size() && end - i < MAX_TITLE_WORDS && words.get(end).gap() == Word.Gap.NONE) {
            Word word = words.get(end);
            if (!continuesTitle(words, i, end)) {
                break;
            }
            String norm = word.norm();
            // مدير جامعة الملك فهد: a title right after the organisation's head is part of its name, after a person
            boolean namedAfterTitled = organisation && hasArticle(norm) && lexicon.isTitle(norm);
            organisation = namedAfterTitled || lexicon.isOrgHead(norm) || norm.length() > 3
                    && "لب".indexOf(norm.charAt(0)) >= 0 && lexicon.isOrgHead(norm.substring(1)); // رئيس مؤسسة / لمؤسسة

            end++;
        }
        String role = roleText(text, head, prefix, words.get(end - 1).end());
        return new Title(head.start() + Word.rawOffset(head.raw(), prefix), end, role, group, organisation, false);
    }

    /**
     * نائبتها → نائبة, رئيسها → رئيس: a singular title with a possessive pronoun after it; null if none. Never a listed
     * given name written so (أمينه، أميره: Egyptian sites write the final ة as ه).
     */
    private String titleBeforePossessive(Word head, Clitics.Reading reading) {
        if (lexicon.isAnyGivenName(reading.form())) {
            return null;
        }
        String base = Clitics.withoutPronoun(reading.form(), head.lastLetter() == 'ه', 3);
        if (base == null) {
            return null;
        }
        String title = feminineBeforePronoun(base);
        return lexicon.isTitle(title) && !hasArticle(title) ? title : null;
    }

    private boolean continuesTitle(List<Word> words, int titleHead, int index) {
        Word word = words.get(index);
        String norm = word.norm();
        if (nameWords.isSheikhBeforeOuld(words, index)) {
            return false; // السيد الشيخ ولد بد: the name starts at الشيخ
        }
        if (index == titleHead + 1 && lexicon.fixedPhraseLength(words, titleHead) == 2) {
            return true; // أمين سر، أمين عام: the second word of an office named in two words
        }
        if (index == titleHead + 1 && isUnlistedComplementBeforeName(words, titleHead, index)) {
            return true;
        }
        if (index > titleHead + 1 && !lexicon.isNamingWord(words.get(titleHead).norm())
                && lexicon.isComplementNameBeforeName(words, index)) {
            // رئيس المنطقة التربوية في الجنوب باسم عباس: the name باسم, not "in the name of" (which a spokesman's
            // title takes: المتحدث الإعلامي باسم، الناطق الرسمي باسم)
            return false;
        }
        if (word.arabic() && lexicon.isNationality(norm)
                && !(lexicon.isAnyGivenName(norm) && nameWords.particleFollows(words, index))) {
            // رئيس مجلس السيادة السوداني: the adjective, though السوداني is also a surname (المستشار تركي بن
            // عبدالمحسن: before بن the word is the given name)
            return true;
        }
        if (word.arabic() && norm.startsWith("و") && (lexicon.isComplement(norm) || lexicon.isOrgHead(norm))
                && index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE) {
            return true; // المتحدث باسم وزارة الخارجية: وزارة, not و + زارة
        }
        if (word.arabic() && norm.startsWith("وال") && norm.length() > 5 && index + 1 < words.size()
                && words.get(index + 1).gap() == Word.Gap.NONE && hasArticle(words.get(index - 1).norm())
                && isCoordinatedComplement(norm.substring(1))) {
            return true; // وزير الرياضة والشباب، وزير الطاقة والموارد الطبيعية: coordinated complements
        }
        if (word.arabic() && norm.equals("و") && hasArticle(words.get(index - 1).norm()) && index + 1 < words.size()
                && words.get(index + 1).gap() == Word.Gap.NONE && hasArticle(words.get(index + 1).norm())
                && words.get(index + 1).norm().length() > 4 && isCoordinatedComplement(words.get(index + 1).norm())) {
            return true; // وزيرة الثقافة و الفنون: the conjunction typed apart from the coordinated complement
        }
        if (word.arabic() && index > titleHead + 1 && words.get(index - 1).norm().equals("و") && hasArticle(norm)
                && continuesTitle(words, titleHead, index - 1)) {
            return true; // (and the complement after it)
        }
        if (word.arabic() && norm.length() > 3 && norm.charAt(0) == 'و' && lexicon.isComplement(norm.substring(1))
                && hasArticle(words.get(index - 1).norm()) && index + 1 < words.size()
                && words.get(index + 1).gap() == Word.Gap.NONE && hasArticle(words.get(index + 1).norm())) {
            return true; // وزير المجاهدين وذوي الحقوق، وزيرة التضامن وشؤون المرأة: a coordinated construct
        }
        if (index == titleHead + 1 && word.arabic() && !hasArticle(norm) && lexicon.isModifier(norm)
                && !hasArticle(words.get(titleHead).norm()) && !lexicon.isAnyGivenName(norm)) {
            // نائب ثاني للرئيس، مدرب رئيسي: a bare head's adjective, though ثاني and رئيسي are family names too
            return true;
        }
        if (!word.arabic() || lexicon.isKnownSurname(norm) || norm.startsWith("و") || norm.equals("د")) {
            return false; // منسقة الوفد د. منى النعيمي: the doctor's abbreviation starts a title of its own
        }
        if (lexicon.isInPlacePhrase(words, index)) {
            return true; // محافظة ذي قار علا الناشي: a place named in words that also name people
        }
        if (namesUnlistedPlace(words, index)) {
            return true; // رئيس بلدية كانتبري براين روبسون: the place of a unit, though no list knows it
        }
        if (lexicon.isPlace(norm) && index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE
                && lexicon.isPlace(words.get(index + 1).norm())) {
            return true; // محافظ بيت لحم: a two-word place, though بيت is also a given name
        }
        if (lexicon.isPlaceUnit(norm) && index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE
                && words.get(index + 1).arabic()) {
            return true; // محافظ شمال الباطنة: a unit or region of the place that follows, though شمال is also a name
        }
        if (lexicon.isPlace(norm) && lexicon.isWeakGivenName(norm) && !hasArticle(words.get(index - 1).norm())
                && index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE
                && lexicon.isGivenName(words.get(index + 1).norm())) {
            return true; // رئيس تشاد محمد إدريس ديبي: a country completes an indefinite head though it is a name too
        }
        if (lexicon.isWeakGivenName(norm) && (lexicon.isComplement(norm) || lexicon.isPlace(norm)) && !hasArticle(norm)
                && index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE) {
            String next = words.get(index + 1).norm();
            if (hasArticle(next) && !next.endsWith("ي") && !lexicon.isKnownSurname(next)
                    && !lexicon.isAnyGivenName(next)) {
                return true; // مدير بيت الشعر: a complement or place word that is also a name, before a definite noun
            }
        }
        if (lexicon.isServiceBranch(norm) && isRankWord(words.get(index - 1).norm()) && index + 1 < words.size()
                && words.get(index + 1).gap() == Word.Gap.NONE && lexicon.isAnyGivenName(words.get(index + 1).norm())) {
            return true; // الفريق ركن مهندس بحري إبراهيم جابر، اللواء طيار محمد: the arm of the forces, not a name
        }
        if (lexicon.isAnyGivenName(norm)) {
            // نائب مساعد الرئيس: a title word that is also a name continues the title when more title follows
            // (رئيس البرلمان سلطان البركاني: before a family name it is the name)
            return lexicon.isTitleWord(norm) && index + 1 < words.size()
                    && words.get(index + 1).gap() == Word.Gap.NONE && hasArticle(words.get(index + 1).norm())
                    && lexicon.isNotName(words.get(index + 1).norm());
        }
        String form = norm;
        if (norm.startsWith("لل") && norm.length() > 3) {
            form = "ا" + norm.substring(1);
        } else if ((norm.startsWith("بال") || norm.startsWith("كال")) && norm.length() > 4) {
            form = norm.substring(1);
        }
        if (form == norm && lexicon.isGenerationSuffix(form) && index == titleHead + 1
                && hasArticle(words.get(titleHead).norm()) && index + 1 < words.size()
                && words.get(index + 1).gap() == Word.Gap.SOFT) {
            return true; // والنائب الثاني، مصباح دومة: an ordinal right after a title's head ranks it
        }
        if (form.startsWith("ال") && form.length() > 3) {
            // (الملاكم الألباني ألبي سورا: the article is never written with hamza; a foreign name starts there; a
            // definite given name opens the name: الأمير الحسين بن عبدالله، الملك الحسين، الملكي المهدي بنعبيد.)
            return !(form == norm && WordShapes.writtenWithHamza(word)) && !lexicon.isKnownSurname(form)
                    && !lexicon.isGenerationSuffix(form)
                    && !(form == norm && lexicon.isDefiniteGivenName(form) && index + 1 < words.size()
                    && (nameWords.particleFollows(words, index) || words.get(index + 1).gap() != Word.Gap.NONE
                    || NameWords.endsClause(words, index + 1)
                    || unlistedWordClosesClause(words, index + 1) || nameWordFollows(words, index + 1)));
        }
        if (lexicon.isOrgHead(form) && index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE) {
            return true; // المتحدث باسم وزارة الخارجية، رئيس جامعة القاهرة: the organisation the role belongs to
        }
        if (lexicon.isPlace(form) && !hasArticle(form) && hasArticle(words.get(index - 1).norm())) {
            return false; // رئيسة الحكومة الجديدة جورجيا ميلوني: a place completes only an indefinite head (سفير فرنسا)
        }
        if (lexicon.isComplement(form) || lexicon.isModifier(form) || lexicon.isNationality(form)
                || lexicon.isTitle(form) || lexicon.isGroupTitle(form) || lexicon.isPlace(form)) {
            return true;
        }
        if (form.endsWith("ه") && lexicon.isComplement(form.substring(0, form.length() - 1))) {
            return true; // حكومته، دفاعه
        }
        if (form.length() > 4 && (form.endsWith("نا") || form.endsWith("ها") || form.endsWith("هم"))
                && isComplementOrPlace(form.substring(0, form.length() - 2))) {
            return true; // سفيرة بلادنا جانيت سيبن، وزير خارجيتها: the complement with a possessive pronoun
        }
        if ((form.charAt(0) == 'ل' || form.charAt(0) == 'ب') && (lexicon.isComplement(form.substring(1))
                || lexicon.isOrgHead(form.substring(1)))) {
            return true; // رئيس المكتب السياسي لحركة حماس، المدير العام لمنظمة الصحة العالمية
        }
        if ((form.equals("في") || form.equals("لدي") || form.equals("الي")) && index + 1 < words.size()
                && words.get(index + 1).gap() == Word.Gap.NONE) {
            String next = words.get(index + 1).norm();
            // (مدير الطرق في محافظة البصرة: a unit of the place that follows; القيادي في حزب الله، في حركة فتح:
            // the body the role is held in)
            return next.startsWith("ال") || lexicon.isPlace(next) || lexicon.isPlaceUnit(next)
                    || lexicon.isOrgHead(next);
        }
        return false;
    }

    /**
     * أمين سر الحركة، أمين فرع حلب، أمير قطر: a title word that is also a given name heads a role bare where the role
     * runs on after it, as the second word of an office named in two words, an indefinite complement in construct
     * with a word after it, or a place or a unit of one; elsewhere the bare word is the given name (محمد أمين).
     */
    private boolean roleFollowsBareHead(List<Word> words, int i) {
        if (i + 2 >= words.size() || words.get(i + 1).gap() != Word.Gap.NONE || !words.get(i + 1).arabic()) {
            return false;
        }
        String next = words.get(i + 1).norm();
        return lexicon.fixedPhraseLength(words, i) == 2 || !hasArticle(next) && lexicon.isComplement(next)
                && !lexicon.isModifier(next) && !lexicon.isAnyGivenName(next) && words.get(i + 2).gap() == Word.Gap.NONE
                // أمير قطر، أمير المنطقة: a place, or a unit of one, the title governs
                || !lexicon.isAnyGivenName(next) && lexicon.isPlaceOrItsUnit(next);
    }

    /** لواء، الفريق، أول، ركن، مهندس: a rank or the word after one that a service branch may follow. */
    private boolean isRankWord(String norm) {
        return lexicon.isTitle(norm) || lexicon.isModifier(norm);
    }

    /**
     * و د مرتضى على عثمان: the press of some countries writes the doctor's د without its dot; then only a listed
     * given name that is no ordinary word, right after it, makes it the abbreviation.
     */
    private boolean undottedBeforeGivenName(List<Word> words, int next) {
        Word word = words.get(next);
        return word.gap() == Word.Gap.NONE && lexicon.isSureGivenName(word.norm());
    }

    /**
     * The word after an indefinite unit or state noun (بلدية، مدينة، مقاطعة، ولاية) names its place, listed or not,
     * unless it is a given name: a person after the title starts after it (نائب مقاطعة افديرك خداد ولد المختار،
     * رئيس ولاية بونتلاند سعيد دني).
     */
    private boolean namesUnlistedPlace(List<Word> words, int index) {
        String unit = words.get(index - 1).norm();
        String norm = words.get(index).norm();
        return (lexicon.isPlaceUnit(unit) || lexicon.isStateUnit(unit)) && !hasArticle(norm)
                && !lexicon.isAnyGivenName(norm)
                && NameWords.joinsNext(words, index);
    }

    /**
     * بنعبيد.، أوشني وكذا: a word no list knows, without the article, and the clause ends after it or the word is no
     * ordinary word either: a family name.
     */
    private boolean unlistedWordClosesClause(List<Word> words, int index) {
        Word word = words.get(index);
        return word.gap() == Word.Gap.NONE && word.arabic() && !hasArticle(word.norm())
                && !lexicon.isNotName(word.norm()) && !lexicon.isAnyGivenName(word.norm())
                && (NameWords.endsClause(words, index + 1) || !lexicon.isCommonWord(word.norm()));
    }

    /**
     * الأستاذ الهادي الصادق، السيد المنصف ابراهيم اللوح: a definite given name after a title opens the name where a
     * given name no list calls a word, a definite one or a known family name follows it.
     */
    private boolean nameWordFollows(List<Word> words, int index) {
        Word word = words.get(index);
        String norm = word.norm();
        return word.gap() == Word.Gap.NONE && word.arabic() && !lexicon.isTitle(norm)
                && (lexicon.isAnyGivenName(norm) && !lexicon.isWeakGivenName(norm) || lexicon.isDefiniteGivenName(norm)
                || lexicon.isKnownSurname(norm));
    }

    /** خارجيت → خارجيه (normalised ة), نائبت → نائبه: a feminine's ة is written ت before a pronoun. */
    private static String feminineBeforePronoun(String base) {
        return base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ه" : base;
    }

    /**
     * قائمقام جبيل نتالي مرعي الخوري، وقال محافظ سلفيت مصطفى طقاطقة: a head that governs a place, without the article
     * (a conjunction or preposition before it allowed), is in construct with the word after it, the place, though no
     * list knows it, where that word is unlisted and a sure given name and another word of a name follow it.
     */
    private boolean isUnlistedComplementBeforeName(List<Word> words, int titleHead, int index) {
        Word word = words.get(index);
        String norm = word.norm();
        if (!word.arabic() || norm.length() < 3 || norm.charAt(0) == 'و' || index + 2 >= words.size()
                || words.get(index + 1).gap() != Word.Gap.NONE || words.get(index + 2).gap() != Word.Gap.NONE
                || hasArticle(norm) || ArabicText.isStopWord(norm) || lexicon.isAnyGivenName(norm)
                || lexicon.isKnownSurname(norm) || lexicon.isCommonWord(norm) || lexicon.isTitle(norm)
                || lexicon.isNationality(norm)) {
            return false;
        }
        String given = words.get(index + 1).norm();
        if (!words.get(index + 1).arabic() || !lexicon.isSureGivenName(given)
                || !words.get(index + 2).arabic() || ArabicText.isStopWord(words.get(index + 2).norm())) {
            return false;
        }
        // the head's clitic readings last: every title reaches this test, few get this far
        for (Clitics.Reading reading : Clitics.readings(words.get(titleHead).norm())) {
            if (lexicon.isPlaceGoverningTitle(reading.form())) {
                return true;
            }
        }
        return false;
    }

    /** بلاد، خارجيت (of خارجيتها): a complement or place, a feminine's ة written as ت before a pronoun. */
    private boolean isComplementOrPlace(String base) {
        String noun = feminineBeforePronoun(base);
        return lexicon.isComplement(base) || lexicon.isComplement(noun) || lexicon.isPlace(base)
                || lexicon.isOrgHead(noun);
    }

    /** A definite word that can join a title's complement with و: no title, name, nationality or place of its own. */
    private boolean isCoordinatedComplement(String form) {
        return !lexicon.isTitle(form) && !lexicon.isGroupTitle(form) && !lexicon.isDefiniteGivenName(form)
                && !lexicon.isKnownSurname(form) && !lexicon.isNationality(form) && !lexicon.isOrgHead(form)
                && !ArabicText.isStopWord(form);
    }

    private static String roleText(String text, Word head, int prefixLetters, int end) {
        int start = head.start() + Word.rawOffset(head.raw(), prefixLetters);
        String role = ArabicText.withoutMarks(text.substring(start, end));
        if (prefixLetters > 0 && role.startsWith("ل") && head.norm().startsWith("لل", prefixLetters - 1)) {
            role = "ا" + role;
        }
        return role.replaceAll("\\s+", " ").strip();
    }
}

package app.khabar.people;

import static app.khabar.people.WordShapes.endsWithFathatan;
import static app.khabar.people.WordShapes.endsWithTanween;
import static app.khabar.people.WordShapes.hasArticle;
import static app.khabar.people.WordShapes.isAccusativeParticiple;
import static app.khabar.people.WordShapes.isAdjectiveShape;
import static app.khabar.people.WordShapes.isDerivedParticiple;
import static app.khabar.people.WordShapes.isFa3ayaPlural;
import static app.khabar.people.WordShapes.isFunctionWordByItsHamza;
import static app.khabar.people.WordShapes.isFutureVerb;
import static app.khabar.people.WordShapes.isIfaalMasdar;
import static app.khabar.people.WordShapes.isImperfectVerbShape;
import static app.khabar.people.WordShapes.isMufaalaMasdar;
import static app.khabar.people.WordShapes.isPerfectVerbShape;
import static app.khabar.people.WordShapes.isPluralNisba;
import static app.khabar.people.WordShapes.isPluralVerbEnding;
import static app.khabar.people.WordShapes.isPluralParticiple;
import static app.khabar.people.WordShapes.isTaf3eelMasdar;
import static app.khabar.people.WordShapes.isTaf3ilaMasdar;
import static app.khabar.people.WordShapes.isWrittenAlaa;
import static app.khabar.people.WordShapes.nounEnding;
import static app.khabar.people.WordShapes.opensWithCliticBeforeHamza;
import static app.khabar.people.WordShapes.sameCaseEnding;
import static app.khabar.people.WordShapes.writesVowel;
import static app.khabar.people.WordShapes.writtenWithHamza;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;
import app.khabar.people.TitleRule.Title;

/**
 * Finds full names and titled names in one story (rule-and-lexicon recognition in the NERA/PERA tradition):
 * <ul>
 *   <li>a given name from the lexicon followed by surname words, particles (بن، دي، أبو، آل) and a generation
 *       suffix (الأب، الثاني);</li>
 *   <li>a title or role phrase (وزير الدفاع الأمريكي، المتحدثة باسم البيت الأبيض، نظيره الإسرائيلي المتطرف)
 *       followed by a name, known or not, the phrase read by {@link TitleRule};</li>
 *   <li>names right after an organisation word (مؤسسة "رونالد ريغان"، مطار بن غوريون) are claimed but not
 *       reported;</li>
 *   <li>the holder of a role that ends with an organisation, a full name after the organisation's name (مديرة
 *       مؤسسة عبد الحميد شومان فالنتينا قسيسية), read by {@link OrganisationRule};</li>
 *   <li>a name after a nationality that stands for a person (توج الإسباني كارلوس ألكاراز، للبرتغالي روي
 *       فيتوريا), read by {@link NationalityRule};</li>
 *   <li>a name after a verb of reported speech or a person cue, closing its clause (وقالت كايا كالاس إن،
 *       بقيادة), read by {@link ReportedSpeechRule};</li>
 *   <li>the names of a list that starts with a name (هند صبري، ولطيفة، ونادية الجندي) or a list or kinship cue
 *       (منهم، وعقيلته), the items after the first read by {@link ListRule};</li>
 *   <li>the players of a line-up and the names of a list of appointments, read by {@link LineupRule}.</li>
 * </ul>
 * Bare surnames (غالانت، «نتنياهو») are left to {@link PersonResolver}, which knows the whole corpus. This class
 * walks the story and reads each name word by word; what a single word can be in or around a name (a family name, an
 * ordinary word's shape, the end of a clause) is asked of {@link NameWords}, which every rule shares.
 * Stateless and thread-safe.
 */
final class NameRecognizer {

    /** Four generations of a royal chain and the family name (… بن خالد بن سلطان بن عبد العزيز آل سعود). */
    private static final int MAX_NAME_WORDS = 12;

    /**
     * A name found in a story: words [firstWord, endWord), characters [start, end), the person's own name from
     * {@code nameStart} (after a kunya that opens the surface form: أبو أسامة يوسف جربوع). {@code single}: one word
     * after a title; {@code confirmed}: a single word that is a person by itself (a given name, a known
     * surname, or the end of its clause as in "قال الرئيس ترامب إن"). An unconfirmed single only counts when
     * it is the surname of someone found elsewhere (الفريق جاهز للبطولة is not a person). {@code standsAlone}: a
     * lone given name that is the whole name (an item of a list of names, or after a title that names people by one
     * name, closing there), not a name cut short.
     */
    record Candidate(int firstWord, int endWord, int start, int end, int nameStart, List<String> tokens, String suffix,
                     String role, boolean single, boolean givenOnly, boolean confirmed, boolean standsAlone,
                     List<String> rules) {
    }

    /** What recognition left for resolution: the words, which of them are taken, and the names found. */
    record Recognition(List<Word> words, boolean[] claimed, List<Candidate> candidates) {
    }

    /**
     * Where a name is read: after nothing, a title, a dual/plural title, an organisation word, a nationality
     * alone (للبرتغالي روي فيتوريا), or a reporting verb (وقالت كايا كالاس إن).
     */
    enum Context { NONE, TITLE, GROUP_TITLE, ORGANISATION, NATIONALITY, REPORTED, LIST, CHAIN, LINEUP, ROSTER,
        AGED }

    /**
     * A name as a rule reads it, before {@link #take} places it: it ends before word {@code end}; {@code
     * prefixLetters} of its first word are a clitic (و) outside it; {@code units} is 1 for a one-word name; its first
     * {@code kunyaWords} words are a kunya before the name, in the surface form but not in the tokens.
     */
    record Name(int end, int prefixLetters, List<String> tokens, String suffix, int units, boolean given,
                int kunyaWords) {

        Name(int end, int prefixLetters, List<String> tokens, String suffix, int units, boolean given) {
            this(end, prefixLetters, tokens, suffix, units, given, 0);
        }
    }

    /** A name a rule read at word {@code firstWord}, for the recognizer to take (a player, a list item). */
    record Placed(int firstWord, Name name) {
    }

    /** A comma or a semicolon between a name and the title repeated after it (a list of envoys separates so). */
    private static final Pattern APPOSITION_MARK = Pattern.compile("\\s*[،,؛;]\\s*");

    private final Lexicon lexicon;
    /** What a word can be in or around a name: the tests every rule shares. */
    private final NameWords nameWords;
    private final LineupRule lineupRule;
    private final AgeRule ageRule;
    private final ListRule listRule;
    private final OrganisationRule organisationRule;
    private final NationalityRule nationalityRule;
    private final ReportedSpeechRule reportedSpeechRule;
    private final TitleRule titleRule;

    NameRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.nameWords = new NameWords(lexicon);
        this.lineupRule = new LineupRule(lexicon, this);
        this.ageRule = new AgeRule(lexicon, nameWords);
        this.listRule = new ListRule(lexicon, this);
        this.organisationRule = new OrganisationRule(lexicon, this);
        this.nationalityRule = new NationalityRule(lexicon, this);
        this.reportedSpeechRule = new ReportedSpeechRule(lexicon, this);
        this.titleRule = new TitleRule(lexicon, this);
    }

    /** The word tests the rules share, for the rules outside this class. */
    NameWords words() {
        return nameWords;
    }

    Recognition recognise(String text) {
        List<Word> words = Word.of(text);
        boolean[] claimed = new boolean[words.size()];
        claimPlacePhrases(words, claimed);
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            // حفظه الله، طيب الله ثراه، رمضان كريم، سيدي بوزيد: no name, and no surname for resolution
            int phrase = Math.max(Math.max(lexicon.honorificLength(words, i), lexicon.fixedPhraseLength(words, i)),
                    lexicon.placePhraseLength(words, i));
            Title office = phrase > 0 ? officeBeforeRole(text, words, i, phrase) : null;
            if (phrase > 0 && office == null) {
                for (int k = i; k < i + phrase; k++) {
                    claimed[k] = true;
                }
                i += phrase;
                continue;
            }
            List<Placed> players = lineupRule.lineup(text, words, i);
            if (!players.isEmpty()) {
                for (Placed player : players) {
                    take(words, claimed, candidates, player.firstWord(), player.name(), Context.LINEUP, null);
                }
                i = players.get(players.size() - 1).name().end();
                continue;
            }
            Name rostered = lineupRule.rosterItem(text, words, i);
            if (rostered != null) {
                take(words, claimed, candidates, i, rostered, Context.ROSTER,
                        appositiveRole(text, words, rostered.end()));
                i = rostered.end();
                continue;
            }
            Name aged = claimed[i] ? null : ageRule.personBeforeAge(text, words, i);
            if (aged != null) {
                take(words, claimed, candidates, i, aged, Context.AGED, null);
                i = aged.end();
                continue;
            }
            Title title = office != null ? office : titleRule.readTitle(text, words, i);
            if (title != null) {
                Context context = title.endsWithOrganisation() ? Context.ORGANISATION
                        : title.group() ? Context.GROUP_TITLE : Context.TITLE;
                Name name = title.end() < words.size() && (words.get(title.end()).gap() != Word.Gap.HARD
                        || title.abbreviation() || NameWords.colonOrSlashAfter(text, words, title.end()))
                        && (title.abbreviation() || !nameWords.unknownAfterComma(text, words, title.end()))
                        ? readName(words, title.end(), context) : null;
                if (context == Context.TITLE && title.end() < words.size()) {
                    Name quoted = quotedNameAfterTitle(text, words, title.end());
                    if (quoted != null && (name == null || name.end() < quoted.end())) {
                        name = quoted; // الدكتور "عقيل طالب الفريجي": the quotes mark where the name runs
                    }
                }
                String role = title.role();
                ApposedName apposed = context == Context.TITLE ? nameBeforeRepeatedRole(text, words, title, name) : null;
                if (apposed != null) {
                    name = apposed.name(); // the role is the repeated title's: the one before may be another person's
                    role = apposed.role();
                }
                if (name != null) {
                    take(words, claimed, candidates, title.end(), name, context, role);
                    i = context == Context.ORGANISATION ? personAfterOrganisation(text, words, claimed, candidates,
                            name.end(), title.start()) : listItems(text, words, claimed, candidates, name.end());
                } else if (context == Context.ORGANISATION) {
                    // الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر: no name in the organisation's name, yet the
                    // role's holder may follow it; when none does, go on after the organisation's head word
                    int next = personAfterOrganisation(text, words, claimed, candidates, title.end(), title.start());
                    i = next == title.end() ? title.end() + 1 : next;
                } else {
                    i = Math.max(i + 1, title.end());
                }
                continue;
            }
            if (nameWords.opensOrganisationName(words, i)) {
                int j = i + 1;
                while (j < words.size() && j <= i + 1 && words.get(j).gap() == Word.Gap.NONE
                        && words.get(j).norm().startsWith("ال") && !lexicon.isKnownSurname(words.get(j).norm())) {
                    j++;
                }
                Name person = personAfterAdjectivalOrganisation(words, i, j);
                int personStart = j;
                if (person == null) {
                    personStart = nameWords.definiteWordsAfter(words, i);
                    person = personFromPlaceAfterOrganisation(words, personStart);
                }
                if (person != null) {
                    take(words, claimed, candidates, personStart, person, Context.NONE,
                            appositiveRole(text, words, person.end()));
                    i = listItems(text, words, claimed, candidates, person.end());
                    continue;
                }
                // (أعضاء مؤسسة المهرجان، فيصل العرايشي: an organisation's name runs on to no word after a comma)
                Name name = j < words.size() && words.get(j).gap() != Word.Gap.HARD && !NameWords.commaBefore(text, words, j)
                        ? readName(words, j, Context.ORGANISATION) : null;
                if (name != null) {
                    take(words, claimed, candidates, j, name, Context.ORGANISATION, null);
                    Title before = i > 0 ? titleRule.readTitle(text, words, i - 1) : null;
                    i = personAfterOrganisation(text, words, claimed, candidates, name.end(),
                            before != null && before.end() == i ? before.start() : -1);
                } else {
                    i = j;
                }
                continue;
            }
            Name name = nameWords.secondWordOfPlace(words, i) || NameWords.followsVerbParticle(words, i)
                    || weakNameAfterFi(words, i) || quotedRoleAfterName(words, claimed, i)
                    ? null : readName(words, i, Context.NONE);
            if (name != null && nameWords.followsWorkTitleCue(words, i)) {
                name = null; // بعنوان تحية وفاء: a title of a work (asked only of the words a name was read at)
            }
            if (name != null) {
                take(words, claimed, candidates, i, name, Context.NONE, appositiveRole(text, words, name.end()));
                i = listItems(text, words, claimed, candidates, name.end());
                continue;
            }
            if (nameWords.particleFollows(words, i) && !claimed[i] && !nameWords.isMimNoun(words.get(i))) {
                // توت بنت خطري، الناني ولد اشروقه: a word before بن/بنت/ولد and a name is a given name
                name = readName(words, i, Context.CHAIN);
                if (name != null) {
                    take(words, claimed, candidates, i, name, Context.CHAIN, appositiveRole(text, words, name.end()));
                    i = listItems(text, words, claimed, candidates, name.end());
                    continue;
                }
            }
            boolean allOf = nameWords.isAllOfBeforeGivenName(words, i);
            Context trigger = allOf || isPronounBeforeColon(text, words, i) ? Context.LIST : trigger(words.get(i));
            if (trigger != null && i + 1 < words.size() && titleRule.readTitle(text, words, i + 1) != null) {
                // ونجله ولي العهد الأمير، ذكر الطالب عبدالوهاب محمد: a title follows, and the title reads the name
                trigger = null;
            }
            Name cued = null;
            if (trigger == Context.NATIONALITY) {
                cued = nationalityRule.personAfter(text, words, i); // the rule asks whether it stands alone
            } else if (trigger == Context.REPORTED) {
                cued = reportedSpeechRule.personAfter(words, i);
            } else if (trigger != null && i + 1 < words.size() && (words.get(i + 1).gap() == Word.Gap.NONE
                    || trigger == Context.LIST && colonBetween(text, words, i))) {
                // (الشعراء الشباب هم: جابر الجميعة، وسفيان الدوغان: a list announced with a colon)
                cued = readName(words, i + 1, trigger);
                if (allOf && cued != null && cued.units() < 2 && !givenNameItemFollows(text, words, cued)) {
                    cued = null; // في كل من مروى، كل من أدين: a lone word after "each of" is a place or a verb as often
                }
            }
            if (cued != null) {
                take(words, claimed, candidates, i + 1, cued, trigger, appositiveRole(text, words, cued.end()));
                i = listItems(text, words, claimed, candidates, cued.end());
                continue;
            }
            i++;
        }
        if (candidates.stream().anyMatch(c -> c.single() && !c.givenOnly())) {
            // أمير جازان where the text also says منطقة جازان: the place's governor, no person named جازان
            Set<String> places = placesNamedIn(words);
            candidates.removeIf(c -> c.single() && !c.givenOnly() && places.contains(c.tokens().get(0)));
        }
        readFamilyNameAfterLoneTitledGivenName(words, claimed, candidates);
        claimNicknamesAfterNames(text, words, claimed, candidates);
        return new Recognition(words, claimed, candidates);
    }

    /**
     * محمود عباس "أبو مازن"، ذياب عبد الله الفيحان (أبو غانم): a kunya in quotes or brackets right after a name is
     * that person's nickname, nobody new; its words are taken so that no rule or the tagger reads a second person
     * there.
     */
    private void claimNicknamesAfterNames(String text, List<Word> words, boolean[] claimed,
                                          List<Candidate> candidates) {
        for (Candidate candidate : List.copyOf(candidates)) {
            int k = candidate.endWord();
            if (candidate.single() || k + 1 >= words.size() || words.get(k + 1).gap() != Word.Gap.NONE
                    || !words.get(k).norm().equals("ابو") && !words.get(k).norm().equals("ام")
                    || !words.get(k + 1).arabic()) {
                continue;
            }
            String before = text.substring(words.get(k - 1).end(), words.get(k).start()).strip();
            int afterEnd = k + 2 < words.size() ? words.get(k + 2).start() : text.length();
            String after = text.substring(words.get(k + 1).end(), afterEnd).strip();
            boolean bracketed = before.endsWith("(") && after.startsWith(")");
            boolean quoted = !before.isEmpty() && Word.isQuote(before.charAt(before.length() - 1))
                    && !after.isEmpty() && Word.isQuote(after.charAt(0));
            if (bracketed || quoted) {
                claimed[k] = true;
                claimed[k + 1] = true;
                candidates.removeIf(c -> c.firstWord() == k);
            }
        }
    }

    /**
     * أمين سر حركة فتح رفعت شناعة، أمين عام الحزب: an office named in two words (a fixed phrase, so أمين is no given
     * name there) whose role runs on past the phrase is a title phrase, and the name after it is the holder's. The
     * title so read, or null where the phrase is no such office.
     */
    private Title officeBeforeRole(String text, List<Word> words, int i, int phrase) {
        if (phrase != 2 || lexicon.fixedPhraseLength(words, i) != phrase) {
            return null;
        }
        Title office = titleRule.readTitle(text, words, i);
        return office != null && office.end() > i + phrase ? office : null;
    }

    /**
     * سيدي بوزيد، خميس مشيط: the words of a place named in words that also name people are no name and no surname
     * for resolution, though a title reads over them (محافظ ذي قار) and the tagger would read them.
     */
    private void claimPlacePhrases(List<Word> words, boolean[] claimed) {
        for (int i = 0; i < words.size(); i++) {
            int length = lexicon.placePhraseLength(words, i);
            for (int k = i; k < i + length; k++) {
                claimed[k] = true;
            }
        }
    }

    /**
     * بحفل للفنان حاتم يدار ثم، رئيس الاتحاد علي تكليف عن: after a title a given name is seldom the whole name, so
     * one more word after it is the family name where the clause closes behind that word (the text's end,
     * punctuation, إن/أن, a preposition, a relative or ثم), even where the word is also an ordinary word or shaped
     * like one. Not a word that cannot be one: a function word, a listed verb, title, nationality or place, a fixed
     * phrase, a word with the article or opening with a clitic letter (unless a listed name), a verb by its shape
     * (the future, a perfect, a listed word shaped like an imperfect: يعود), a time (أمس), an accusative
     * (tanween, a listed word in ـا: لاعب حر انطلاقا من, a derived participle in ـا: متناسقا), a listed noun in ة
     * or with ه, or an elative before من (السيد نصير أول من منح).
     */
    private void readFamilyNameAfterLoneTitledGivenName(List<Word> words, boolean[] claimed,
                                                        List<Candidate> candidates) {
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            int k = candidate.endWord();
            if (!candidate.single() || !candidate.givenOnly() || !candidate.rules().contains(TitleRule.ID)
                    || k >= words.size() || claimed[k] || !nameWords.closesClauseAsFamilyName(words, k)) {
                continue;
            }
            Word family = words.get(k);
            List<String> tokens = new ArrayList<>(candidate.tokens());
            nameWords.addToken(tokens, family.norm());
            claimed[k] = true;
            candidates.set(c, new Candidate(candidate.firstWord(), k + 1, candidate.start(), family.end(),
                    candidate.nameStart(), List.copyOf(tokens), candidate.suffix(), candidate.role(), /* single */ false,
                    /* givenOnly */ false, candidate.confirmed(), /* standsAlone */ false, candidate.rules()));
        }
    }

    /** The words a text names as places: each right after a unit or settlement noun (منطقة جازان). */
    private Set<String> placesNamedIn(List<Word> words) {
        Set<String> places = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Word next = words.get(i + 1);
            if (words.get(i).arabic() && lexicon.isPlaceUnit(words.get(i).norm()) && next.gap() == Word.Gap.NONE
                    && next.arabic()) {
                places.add(next.norm());
            }
        }
        return places;
    }

    /**
     * Takes the items {@link ListRule} reads after a name ending before word {@code i}. Returns where reading goes
     * on: after the last item, or {@code i} when none follows.
     */
    private int listItems(String text, List<Word> words, boolean[] claimed, List<Candidate> candidates, int i) {
        List<Placed> items = listRule.listItems(text, words, i);
        for (Placed item : items) {
            take(words, claimed, candidates, item.firstWord(), item.name(), Context.LIST, null);
        }
        return items.isEmpty() ? i : items.get(items.size() - 1).name().end();
    }

    /** The longest name between quotes, in words. */
    private static final int MAX_QUOTED_NAME_WORDS = 4;

    /**
     * الدكتور "عقيل طالب الفريجي"، بالشيخ القارئ “مفتاح السلطني”، والشيخ “الدوكالي العالم”: after a person's title,
     * two to four words between quotes are the name however ordinary its words (a father طالب, a given name مفتاح),
     * where one of them is a listed given name, a known family name, or a word no list knows; none may be a function
     * word, a title, a place or a nationality, and the first no verb. A quoted work (رواية "الأيام") follows no
     * person's title.
     */
    private Name quotedNameAfterTitle(String text, List<Word> words, int first) {
        if (first == 0 || !NameWords.opensQuote(text.substring(words.get(first - 1).end(), words.get(first).start()))) {
            return null;
        }
        String before = words.get(first - 1).norm();
        if (lexicon.isTitleWord(before) && !hasArticle(before)) {
            return null; // مراسل "المساء برس": an indefinite title governs the quoted words, an outlet or a body
        }
        int end = first + 1;
        while (end < words.size() && end - first < MAX_QUOTED_NAME_WORDS && words.get(end).gap() == Word.Gap.NONE) {
            end++;
        }
        String after = end < words.size() ? text.substring(words.get(end - 1).end(), words.get(end).start())
                : text.substring(words.get(end - 1).end());
        if (end - first < 2 || !NameWords.closesQuote(after)) {
            return null;
        }
        boolean named = false;
        List<String> tokens = new ArrayList<>();
        for (int k = first; k < end; k++) {
            Word word = words.get(k);
            String norm = word.norm();
            boolean listed = lexicon.isAnyGivenName(norm) || lexicon.isDefiniteGivenName(norm)
                    || lexicon.isKnownSurname(norm);
            if (!word.arabic() || norm.length() < 2 || ArabicText.isStopWord(norm) || lexicon.isTitle(norm)
                    || lexicon.isPlace(norm) || lexicon.isNationality(norm) || nameWords.isOrganisationHead(word)
                    || endsWithTanween(word) || k == first && (norm.length() < 3 || lexicon.isVerb(norm)
                    || lexicon.isParticle(norm) || hasArticle(norm) && lexicon.isCommonWord(norm) && !listed)) {
                return null; // (قائد "المقاومة الوطنية"، "المساء برس"، "مؤسسة سمير قصير"، "يا غافية قومي")
            }
            if (k > first && hasArticle(norm) && norm.endsWith("يه") && !listed) {
                return null; // "المقاومة الوطنية …": a noun and its feminine adjective, a body's name
            }
            if (k > first && norm.startsWith("وال") && norm.length() > 5 && !listed) {
                return null; // "التنمية والتحرير": definite nouns joined by و, a body's name
            }
            named |= listed || !lexicon.isCommonWord(norm) && !lexicon.isNotName(norm) && !nameWords.looksLikeVerb(norm);
            lexicon.addNameToken(tokens, norm);
        }
        return named ? new Name(end, 0, List.copyOf(tokens), "", end - first,
                lexicon.isAnyGivenName(words.get(first).norm())) : null;
    }

    /** The words with word j read without its leading و. */
    private static List<Word> withoutConjunction(List<Word> words, int j) {
        List<Word> copy = new ArrayList<>(words);
        Word w = words.get(j);
        int cut = Word.rawOffset(w.raw(), 1);
        copy.set(j, new Word(w.raw().substring(cut), w.start() + cut, w.end(), w.norm().substring(1), w.gap(),
                w.arabic(), w.lineBreakBefore(), w.quoteBefore()));
        return copy;
    }

    /**
     * السفير ريكاردو سيلفا سانتيستيبان بنزا، سفير جمهورية بيرو: where the words after a title run to a comma and the
     * same title follows it, in apposition, those words are the whole name, however few of them any list knows (a
     * list of envoys, of appointees). Two to four words that each may be a name's; the name read before when longer.
     * Another title in apposition does as well where a listed given name opens the words (سعادة عبدالله الحر، سفير
     * دولة قطر: a family name that is also a word).
     */
    private ApposedName nameBeforeRepeatedRole(String text, List<Word> words, Title title, Name read) {
        int from = title.end();
        if (from >= words.size() || words.get(from).gap() == Word.Gap.HARD) {
            return null; // a title closing its line heads no name on the next
        }
        int end = from;
        while (end < words.size() && end - from < 4 && isApposedNameWord(words.get(end), end == from)
                && (end == from || words.get(end).gap() == Word.Gap.NONE)) {
            end++;
        }
        if (end - from < 2 || end >= words.size() || read != null && read.end() >= end
                || !APPOSITION_MARK.matcher(text.substring(words.get(end - 1).end(), words.get(end).start())).matches()) {
            return null;
        }
        Title apposed = titleRule.readTitle(text, words, end);
        if (apposed == null || apposed.group() || nameWords.opensWithConjoinedTitle(words.get(end).norm())) {
            return null; // (وزير العدل وحافظ الأختام …، ووزير التعليم: a title after و opens the list's next item)
        }
        String first = words.get(from).norm();
        boolean repeated = roleHeads(title.role()).contains(headOfRole(apposed.role())); // (سعادة السفير …، سفير)
        if (!repeated && !lexicon.isGivenName(first)) {
            return null;
        }
        String afterConjunction = nameWords.givenNameAfterConjunction(first); // (… في تعز، وعبدالقوي الوجيه، مدير مديرية)
        boolean conjunction = afterConjunction != null;
        String given = conjunction ? afterConjunction : first;
        if (!lexicon.isAnyGivenName(given) && !nameWords.isForeignWord(words.get(from), true)) {
            return null; // الفنان صوت وطنه، الفنان: the first word a listed given name or a foreign one
        }
        List<String> tokens = new ArrayList<>();
        lexicon.addNameToken(tokens, given);
        for (int k = from + 1; k < end; k++) {
            lexicon.addNameToken(tokens, words.get(k).norm());
        }
        return new ApposedName(new Name(end, conjunction ? 1 : 0, List.copyOf(tokens), "", end - from,
                lexicon.isAnyGivenName(given)), apposed.role());
    }

    /** A name read before its repeated title, and that title's role, the person's own. */
    private record ApposedName(Name name, String role) {
    }

    /**
     * A word that may stand in a name read between a title and its repetition: no function word, verb or role, no
     * noun with a possessive pronoun (وطنه; الوجيه has the article, so its ه is a root letter) and no feminine
     * adjective of relation (إكليريكية مار أفرام السرياني اللاهوتية، ومار يوسف بالي).
     */
    private boolean isApposedNameWord(Word word, boolean first) {
        String norm = word.norm();
        boolean definite = hasArticle(norm);
        return word.arabic() && norm.length() >= 2 && !endsWithTanween(word) && !lexicon.isNotName(norm)
                && !lexicon.isTitleWord(norm)
                && !(word.lastLetter() == 'ه' && !definite && !lexicon.isAnyGivenName(norm))
                && !(definite && word.lastLetter() == 'ة' && norm.endsWith("يه") && !lexicon.isKnownSurname(norm))
                && !(first && (definite || lexicon.isCommonWord(norm) && !lexicon.isAnyGivenName(norm)));
    }

    /** Each word of a role (وسعادة السفير → سعاده، سفير) as {@link #headOfRole} gives it. */
    private Set<String> roleHeads(String role) {
        Set<String> heads = new HashSet<>();
        for (String word : role.strip().split("\\s+")) {
            heads.add(headOfRole(word));
        }
        return heads;
    }

    /**
     * سفيرة جمهورية الفلبين → سفير، وسفير → سفير: a role's first word without a clitic و, the article or the feminine
     * ending. (Not {@code PersonResolver}'s role head, which keeps the feminine apart.)
     */
    private String headOfRole(String role) {
        String head = ArabicText.normalize(role.strip()).split("\\s+")[0];
        if (head.length() > 3 && head.charAt(0) == 'و'
                && (head.startsWith("وال") || lexicon.isTitle(head.substring(1)))) {
            head = head.substring(1);
        }
        if (head.startsWith("ال") && head.length() > 4) {
            head = head.substring(2);
        }
        return head.endsWith("ه") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
    }

    /** عزيز أخنوش، رئيس الحكومة المغربية، أن: a role between commas right after the name. */
    private String appositiveRole(String text, List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.SOFT
                || !NameWords.commaBefore(text, words, next)) {
            return null;
        }
        Title title = titleRule.readTitle(text, words, next);
        if (title == null || title.group() || title.abbreviation()) {
            return null;
        }
        int end = title.end();
        boolean closed = end >= words.size() || words.get(end).gap() != Word.Gap.NONE
                || words.get(end).norm().equals("ان") || words.get(end).norm().equals("انه");
        return closed ? title.role() : null;
    }

    /**
     * Takes the person {@link OrganisationRule} reads after an organisation's name ending before word {@code i}, as
     * a titled name whose role runs from {@code roleStart}. Returns where reading goes on: after the person, or
     * {@code i} when none follows.
     */
    private int personAfterOrganisation(String text, List<Word> words, boolean[] claimed,
                                        List<Candidate> candidates, int i, int roleStart) {
        OrganisationRule.Placed person = organisationRule.personAfter(text, words, i, roleStart);
        if (person == null) {
            return i;
        }
        take(words, claimed, candidates, person.firstWord(), person.name(), Context.TITLE, person.role());
        return person.name().end();
    }

    /**
     * وزير العدل عبد الرحمن جنقوا الذي: after one person's title and a given name, a word shaped like a perfect plural
     * (كتبوا) is a family name where the name then closes: a plural verb cannot follow one titled man.
     */
    private static boolean isPluralVerbShapedFamilyName(List<Word> words, int k, Context context, boolean given) {
        return context == Context.TITLE && given && !hasArticle(words.get(k).norm())
                && isPluralVerbEnding(words.get(k).norm())
                && (NameWords.endsClause(words, k + 1) || NameWords.functionWordFollows(words, k + 1));
    }

    /** Whether only a colon stands between the word and the next, on one line. */
    /**
     * شقيقة كل من أحمد وعلي، والدة لكل من: إبراهيم، وخديجة: a lone given name after "each of" is a person where the
     * next item, after و or a comma, is a given name too.
     */
    private boolean givenNameItemFollows(String text, List<Word> words, Name item) {
        int next = item.end();
        if (!item.given() || !lexicon.isSureGivenName(item.tokens().get(0)) || next >= words.size()) {
            return false;
        }
        if (listRule.nextItemIsName(words, next)) {
            return true;
        }
        String norm = words.get(next).norm();
        return words.get(next).gap() == Word.Gap.SOFT && NameWords.commaBefore(text, words, next)
                && (lexicon.isSureGivenName(norm) || nameWords.isConjoinedGivenName(norm));
    }

    private static boolean colonBetween(String text, List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String between = text.substring(words.get(i).end(), words.get(i + 1).start());
        return between.indexOf('\n') < 0 && between.strip().equals(":");
    }

    /**
     * وهم: ريم ويارا وثائر: the pronoun of a group before a colon announces its members. Without the colon هم is
     * mostly a word of the sentence (لهم أدوار), so it is no cue on its own.
     */
    private static boolean isPronounBeforeColon(String text, List<Word> words, int i) {
        String norm = words.get(i).norm();
        return (norm.equals("هم") || norm.equals("وهم") || norm.equals("هن") || norm.equals("وهن"))
                && colonBetween(text, words, i);
    }

    /**
     * وسمير جمال "مساعد حكم أول": a title word that opens a quotation right after a name is that person's role in
     * quotes, though it is a given name too.
     */
    private boolean quotedRoleAfterName(List<Word> words, boolean[] claimed, int i) {
        return i > 0 && claimed[i - 1] && words.get(i).quoteBefore() && lexicon.isTitleWord(words.get(i).norm());
    }

    /**
     * القيادي في فتح زكريا الأغا، في جو مهيب: after في a word that is also a noun is that noun, not a given name
     * (after من, عن, مع or إلى it was a person as often: measured).
     */
    private boolean weakNameAfterFi(List<Word> words, int i) {
        return i > 0 && words.get(i).gap() == Word.Gap.NONE && words.get(i - 1).norm().equals("في")
                && lexicon.isWeakGivenName(words.get(i).norm());
    }

    /** A word after which an unknown two-word name may be read: a definite nationality or a reporting verb. */
    private Context trigger(Word word) {
        if (!word.arabic()) {
            return null;
        }
        String norm = word.norm();
        if (norm.length() < 2 || !lexicon.mayBeCue(norm)) {
            return null; // cheap exit: no cue starts with this letter
        }
        for (Clitics.Reading reading : Clitics.readings(norm)) {
            String form = reading.form();
            if (reading.letters() > 0 && form.startsWith("ل") && norm.startsWith("لل", reading.letters() - 1)) {
                form = "ا" + form; // للبرتغالي = ل + البرتغالي
            }
            if (reportedSpeechRule.isCue(form)) {
                return Context.REPORTED;
            }
            if (lexicon.isListCue(form) || lexicon.isKinCue(form)) {
                return Context.LIST;
            }
            if (nationalityRule.isCue(form)) {
                return nationalityRule.mayNamePerson(form) ? Context.NATIONALITY : null;
            }
        }
        return null;
    }

    private void take(List<Word> words, boolean[] claimed, List<Candidate> candidates, int first, Name name,
                      Context context, String role) {
        for (int k = first; k < name.end(); k++) {
            claimed[k] = true;
        }
        if (context == Context.ORGANISATION) {
            return; // a person's name inside an organisation's name is not a mention of the person
        }
        Word firstWord = words.get(first);
        int start = firstWord.start() + Word.rawOffset(firstWord.raw(), name.prefixLetters());
        int end = words.get(name.end() - 1).end();
        int nameStart = name.kunyaWords() > 0 ? words.get(first + name.kunyaWords()).start() : start;
        boolean single = name.units() == 1 && name.suffix().isEmpty();
        // after a title, an unlisted word alone is somebody new only where the title names people by one name
        // (الشاعر أدونيس، الفنانة سوما); elsewhere it was mostly a word or a cut name (محافظ حضرموت، كقائد طيار)
        boolean oneWordPerson = context != Context.TITLE || role != null && (nameWords.namesByOneName(role)
                || nameWords.namesForeignerByOneName(role, name.tokens().get(0)) && NameWords.endsClause(words, name.end()));
        boolean confirmed = !single || context == Context.LINEUP || name.given() || lexicon.isKnownSurname(name.tokens().get(0))
                || oneWordPerson && (NameWords.endsClause(words, name.end()) || lexicon.isVerb(words.get(name.end()).norm())
                || nameWords.roleInApposition(words, name.end())
                || (context == Context.TITLE || context == Context.NATIONALITY) && nameWords.isForeignWord(words.get(first), true)
                && (NameWords.functionWordFollows(words, name.end()) || nameWords.prepositionalNounFollows(words, name.end())));
        if (role != null && ArabicText.normalize(role).startsWith("نظير")) {
            role = counterpartRole(role, candidates);
        }
        boolean givenOnly = name.given() && name.units() == 1;
        boolean standsAlone = givenOnly && (context == Context.LIST || context == Context.LINEUP
                || context == Context.TITLE && role != null
                && (nameWords.namesByOneName(role) && nameWords.closesLoneName(words, name.end())
                || nameWords.namesForeignerByOneName(role, name.tokens().get(0)) && NameWords.endsClause(words, name.end())));
        candidates.add(new Candidate(first, name.end(), start, end, nameStart, name.tokens(), name.suffix(),
                context == Context.GROUP_TITLE ? null : role, single, givenOnly, confirmed, standsAlone,
                rules(words, first, name, context, role)));
    }

    /**
     * A list that starts with a name only the tagger found, opening with a listed given name, goes on as after a
     * rule's name (ورحل رضا الجعدي وبديع أوك وحميد أحداد): its items, each opening with a listed given name too, are
     * read by the list-led rule over words nothing took yet.
     */
    void continueListsAfterLearnedNames(String text, Recognition recognition) {
        List<Word> words = recognition.words();
        boolean[] claimed = recognition.claimed();
        List<Candidate> candidates = recognition.candidates();
        for (Candidate learned : List.copyOf(candidates)) {
            if (!learned.rules().equals(List.of(PersonTagger.RULE))
                    || !lexicon.isAnyGivenName(learned.tokens().get(0))) {
                continue; // (وفقيه مالكي جليل، ونحوي بصير: a list of qualities the tagger took for a name)
            }
            for (Placed item : listRule.listItems(text, words, learned.endWord())) {
                boolean free = item.name().given(); // each item opening with a listed given name too
                for (int w = item.firstWord(); w < item.name().end(); w++) {
                    free &= !claimed[w];
                }
                if (!free) {
                    break;
                }
                take(words, claimed, candidates, item.firstWord(), item.name(), Context.LIST, null);
            }
        }
    }

    /**
     * The items of comma lists that are mostly names, which every reader left ({@link ListRule#itemsOfNameLists}).
     * Runs after the tagger, whose names count, and before {@link #joinAdjacentHalves}, which sorts the names.
     */
    void readLeftItemsOfNameLists(String text, Recognition recognition) {
        List<Placed> items = new ArrayList<>(listRule.itemsOfNameLists(text, recognition.words(),
                recognition.claimed(), recognition.candidates()));
        items.addAll(listRule.firstItemsOfConjoinedLists(recognition.words(), recognition.claimed(),
                recognition.candidates()));
        for (Placed item : items) {
            recognition.candidates().removeIf(candidate -> candidate.firstWord() == item.firstWord()
                    && candidate.endWord() == item.name().end()); // a given name read alone, now the whole item
            take(recognition.words(), recognition.claimed(), recognition.candidates(), item.firstWord(), item.name(),
                    Context.LIST, null);
        }
    }

    /** The id served with a name joined from two halves read apart ({@link #joinAdjacentHalves}). */
    static final String JOINED_HALVES = "joined-halves";

    /**
     * Two names read apart with only spaces between them, the second without a clitic, are one name the readers cut
     * (وهيب فضل | علي مثنى، محمد الغالي | علي يوسف، حسن | علي حسن المطوي): two people in a row are
     * joined by و or a comma. Runs after every reader, the tagger included, on the story's candidates in place. A
     * second half read after a title, or opening with a kunya before a whole name, is a name of its own.
     */
    void joinAdjacentHalves(Recognition recognition) {
        List<Candidate> candidates = recognition.candidates();
        if (candidates.size() < 2) {
            return;
        }
        List<Word> words = recognition.words();
        candidates.sort(Comparator.comparingInt(Candidate::start));
        for (int c = candidates.size() - 2; c >= 0; c--) {
            Candidate first = candidates.get(c);
            Candidate second = candidates.get(c + 1);
            if (first.endWord() != second.firstWord() || !first.suffix().isEmpty()
                    || words.get(second.firstWord()).gap() != Word.Gap.NONE
                    || second.start() != words.get(second.firstWord()).start() || second.nameStart() != second.start()
                    || nameWords.mayOpenWithClitic(words.get(second.firstWord()).norm())
                    || second.rules().contains(TitleRule.ID)) {
                continue; // (a title before the second: the first took the title in, الأمير X بن Y الأمير Z)
            }
            List<String> tokens = new ArrayList<>(first.tokens());
            tokens.addAll(second.tokens());
            List<String> rules = new ArrayList<>(first.rules());
            second.rules().stream().filter(rule -> !rules.contains(rule)).forEach(rules::add);
            if (!rules.contains(JOINED_HALVES)) {
                rules.add(JOINED_HALVES); // (three halves: the later join's id came with the second)
            }
            candidates.set(c, new Candidate(first.firstWord(), second.endWord(), first.start(), second.end(),
                    first.nameStart(), List.copyOf(tokens), second.suffix(), first.role() != null ? first.role() : second.role(),
                    false, false, true, false, List.copyOf(rules)));
            candidates.remove(c + 1);
        }
    }

    /** ومنة شلبي، وهاشمية بنت جعفر: in a list, و and an unlisted name that starts the next item. */
    private boolean listItemAfterWaw(List<Word> words, int j, Context context) {
        String norm = words.get(j).norm();
        // (وائل الدحدوح after a list is the name وائل, not و + an unknown ائل)
        return context == Context.LIST && norm.length() > 3 && norm.charAt(0) == 'و' && !lexicon.isAnyGivenName(norm)
                && isUnknownNameStart(withoutConjunction(words, j), j, context);
    }

    /** The ids of the rules and evidence that found a name, served with each mention so a reader sees why. */
    private List<String> rules(List<Word> words, int first, Name name, Context context, String role) {
        List<String> rules = new ArrayList<>(4);
        rules.add(switch (context) {
            case TITLE -> TitleRule.ID;
            case GROUP_TITLE -> "group-title-led";
            case NATIONALITY -> NationalityRule.ID;
            case REPORTED -> ReportedSpeechRule.ID;
            case ORGANISATION -> "organisation-led";
            case NONE -> "given-name-led";
            case LIST -> ListRule.ID;
            case CHAIN -> "chain-led";
            case LINEUP -> LineupRule.LINEUP_ID;
            case ROSTER -> LineupRule.ROSTER_ID;
            case AGED -> AgeRule.ID;
        });
        if (context == Context.LIST && first > 0 && nameWords.isKinCue(words.get(first - 1))) {
            rules.add("kin-cue");
        }
        if (name.given()) {
            rules.add("given-name-lexicon");
        }
        for (String token : name.tokens()) {
            if (lexicon.isParticle(token) || token.equals("عبد")) {
                rules.add("name-chain");
                break;
            }
        }
        if (!name.suffix().isEmpty()) {
            rules.add("generation-suffix");
        }
        if (name.tokens().size() >= 2 && lexicon.isChineseFamilySyllable(name.tokens().get(0))
                && name.tokens().subList(1, name.tokens().size()).stream().allMatch(lexicon::isChineseGivenSyllable)) {
            rules.add("chinese-syllables");
        }
        if (name.tokens().size() == 1 && lexicon.isKnownSurname(name.tokens().get(0))) {
            rules.add("known-surname");
        }
        if (NameWords.endsClause(words, name.end())) {
            rules.add("closes-clause");
        }
        if (role != null && context == Context.NONE) {
            rules.add("appositive-role");
        }
        return List.copyOf(rules);
    }

    /**
     * نظيره الإسرائيلي after وزير الدفاع الأمريكي X: وزير الدفاع الإسرائيلي. The role of the last titled person of
     * the story, its nationality replaced by the counterpart's; null when the story gives no such role.
     */
    private String counterpartRole(String role, List<Candidate> candidates) {
        String antecedent = null;
        for (int c = candidates.size() - 1; c >= 0 && antecedent == null; c--) {
            String r = candidates.get(c).role();
            if (r != null && !ArabicText.normalize(r).startsWith("نظير")) {
                antecedent = r;
            }
        }
        if (antecedent == null) {
            return null;
        }
        List<String> base = new ArrayList<>(List.of(Roles.clean(antecedent, lexicon).split(" ")));
        while (base.size() > 1 && (lexicon.isNationality(ArabicText.normalize(base.get(base.size() - 1)))
                || lexicon.isModifier(ArabicText.normalize(base.get(base.size() - 1))))) {
            base.remove(base.size() - 1);
        }
        String[] own = role.split("\\s+");
        if (base.size() == 1 && lexicon.isGroupTitle(ArabicText.normalize(base.get(0)))) {
            return null;
        }
        StringBuilder out = new StringBuilder(String.join(" ", base));
        for (int w = 1; w < own.length; w++) {
            out.append(' ').append(own[w]);
        }
        return out.toString();
    }

    // ---- titles ----------------------------------------------------------------------------------------

    // ---- names -----------------------------------------------------------------------------------------

    /**
     * لنادي الصفاقسي حسام دقدوق: an organisation named by its head and one definite adjective in ي (a club's or a
     * city's nisba) is whole; a sure given name after it opens a person of two words or more, not the organisation's
     * name (مستشفى الملك فهد، جامعة الإمام محمد: a title, not an adjective, before the name).
     */
    private Name personAfterAdjectivalOrganisation(List<Word> words, int head, int j) {
        if (j != head + 2) {
            return null;
        }
        String adjective = words.get(head + 1).norm();
        if (!adjective.endsWith("ي") || adjective.length() < 5 || lexicon.isTitle(adjective)
                || lexicon.isDefiniteGivenName(adjective) || lexicon.isKnownSurname(adjective)) {
            return null;
        }
        return wholeNameFromSureGivenName(words, j);
    }

    /** The name of two units or more that a sure listed given name opens at word k, or null. */
    private Name wholeNameFromSureGivenName(List<Word> words, int k) {
        if (k >= words.size() || words.get(k).gap() != Word.Gap.NONE || !words.get(k).arabic()
                || !lexicon.isSureGivenName(words.get(k).norm())) {
            return null;
        }
        Name name = readName(words, k, Context.NONE);
        return name != null && name.units() >= 2 ? name : null;
    }

    /**
     * فاز بجائزة الرواية محمد أحمد من مصر، جائزة الراوي المحلي علي القصير من الإمارات: after an organisation's
     * head and its definite words (a prize's category), a name opening with a sure given name and followed by من
     * and a place, where its holder comes from, is a person, not the organisation's name.
     */
    private Name personFromPlaceAfterOrganisation(List<Word> words, int k) {
        Name name = wholeNameFromSureGivenName(words, k);
        if (name == null || name.end() + 1 >= words.size()) {
            return null;
        }
        return words.get(name.end()).gap() == Word.Gap.NONE && words.get(name.end()).norm().equals("من")
                && NameWords.joinsNext(words, name.end()) && lexicon.isPlace(words.get(name.end() + 1).norm()) ? name : null;
    }

    /** The name starting at word j as after a title, or null: for the rules outside this class. */
    Name readNameAfterTitle(List<Word> words, int j) {
        return readName(words, j, Context.TITLE);
    }

    /**
     * The name starting at word j as after a nationality that stands for a person (read strictly: no title vouches
     * for it), or null: for {@link NationalityRule}.
     */
    Name readNameAfterNationality(List<Word> words, int j) {
        return readName(words, j, Context.NATIONALITY);
    }

    /** The name at word j as after a reporting verb (read strictly), or null: for {@link ReportedSpeechRule}. */
    Name readNameAfterReportingVerb(List<Word> words, int j) {
        return readName(words, j, Context.REPORTED);
    }

    /** The name at word j as an item of a list (it may carry و), or null: for {@link ListRule}. */
    Name readNameInList(List<Word> words, int j) {
        return readName(words, j, Context.LIST);
    }

    /** A title phrase, read by {@link TitleRule}, starts at word i: for the rules outside this class. */
    boolean titleStarts(String text, List<Word> words, int i) {
        return titleRule.readTitle(text, words, i) != null;
    }

    /** The name starting at word j in the given context, or null. */
    private Name readName(List<Word> words, int j, Context context) {
        Word first = words.get(j);
        if (!first.arabic() || lexicon.honorificLength(words, j) > 0 || endsWithTanween(first) || nameWords.isKinCue(first)
                || lexicon.placePhraseLength(words, j) > 0 // محافظ ذي قار: a place named in words that name people
                || lexicon.fixedPhraseLength(words, j) > 0) { // سماحة آية الله العظمى السيد: a rank, no name
            // سناً طوني: a word with a case ending is an adverb or accusative noun, never a given name; وأخواتك منى:
            // a kinship noun announces the name
            return null;
        }
        if (nameWords.isTitleWordBeforeTitle(words, j) || nameWords.isTitleWordBeforeItsComplement(words, j)) {
            return null; // مساعد المدير، أمير المنطقة الشرقية: the role, not the given name مساعد or أمير
        }
        Name chinese = readChineseName(words, j);
        if (chinese != null) {
            return chinese;
        }
        boolean sidi = context == Context.NONE && nameWords.isSidiCompound(words, j) && nameWords.particleFollows(words, j + 1);
        boolean lenient = context != Context.NONE;
        List<String> tokens = new ArrayList<>();
        int prefix = 0;
        int k;
        boolean given;
        boolean weak = false;
        String form = null;
        for (Clitics.Reading reading : Clitics.readings(first.norm())) {
            boolean listConjunction = context == Context.LIST && reading.letters() == 1
                    && first.norm().charAt(0) == 'و';
            boolean cuedLa = context == Context.REPORTED && reading.letters() == 1 && first.norm().charAt(0) == 'ل'
                    && j > 0 && lexicon.isCueBeforeLa(words.get(j - 1).norm()); // خلفا لكمال ماجد
            if (lenient && reading.letters() > 0 && !listConjunction && !cuedLa) {
                break; // after a title the name carries no clitic; the title did (a list item may carry و)
            }
            // وعلي محمد النصراوي: و + the name علي before a given name, though وعلي is also "and on" written with ي
            // (وعلي هدى توجيهات: a name that is also a word, so a third name word must follow)
            boolean aliBeforeName = reading.form().equals("علي") && !first.endsWithAlefMaqsura()
                    && NameWords.joinsNext(words, j) && (lexicon.isGivenName(words.get(j + 1).norm()) && NameWords.joinsNext(words, j + 1)
                    && (lexicon.isGivenName(words.get(j + 2).norm()) || nameWords.isFamilyName(words.get(j + 2).norm()))
                    || nameWords.isFamilyNameAfterConjoinedAli(words, j + 1));
            if (reading.letters() > 0 && (lexicon.isPlace(first.norm())
                    || lexicon.isCommonWord(first.norm()) && !listConjunction && !nameWords.particleFollows(words, j)
                    && !aliBeforeName)) {
                // (وعلي بن حماد: before بن it is و + علي, not "and on")
                break; // ليون is the city, not ل + يون (in a list of names, ومنة is و + منة, not "and from him")
            }
            if (listConjunction && lexicon.isDefiniteGivenName(reading.form())
                    && definiteFamilyNameClosesItem(words, j)) {
                form = reading.form(); // سمير العبدلي والهادي العبدلي وقد: the list's next item, after its و
                prefix = 1;
                break;
            }
            if (reading.letters() == 0 && (lexicon.isDefiniteGivenName(reading.form())
                    && (context == Context.TITLE || nameWords.particleFollows(words, j)) || nameWords.isSheikhBeforeOuld(words, j))) {
                form = reading.form(); // الأمير الحسن، الحسين بن علي، المختار ولد أجاي
                break;
            }
            String candidate = reading.form();
            if (reading.letters() == 0 && (isFunctionWordByItsHamza(first) || opensWithCliticBeforeHamza(first))) {
                continue; // الآن، بأنه: a function word, or a clitic before a word with hamza, not the name الان، بانه
            }
            if (reading.letters() == 0 && context == Context.NONE && lexicon.isWeakGivenName(candidate)
                    && candidate.charAt(0) == 'و' && nameWords.isConjunctionWithWord(candidate)) {
                continue; // ورد إيتمار: و + رد "and replied", not the name ورد
            }
            if (reading.letters() == 0 && context == Context.LIST && nameWords.isConjoinedGivenName(candidate)) {
                continue; // وهبة مجدى as a list's next item: و + هبة, though وهبة is a name too
            }
            boolean compound = (candidate.equals("عبد") || candidate.equals("ابو")) && NameWords.joinsNext(words, j);
            if (context == Context.NONE && reading.letters() > 0 && candidate.length() <= 2) {
                continue; // واد خضير، ولي: a clitic on two letters is a word of its own, not إد or لي
            }
            if (context == Context.NONE && Clitics.hasPreposition(first.norm(), reading)
                    && (!lexicon.isSureGivenName(candidate)
                    || NameWords.joinsNext(words, j) && hasArticle(words.get(j + 1).norm())
                    && !lexicon.isKnownSurname(words.get(j + 1).norm()))) {
                // بعيد ميلاد، بحسن السلوك، بأول انتصار: behind ب/ل/ك with no cue before it, a word that is also a
                // noun, or one followed by a definite noun, is read as a noun (لمحمد حسين روبل stays a name)
                continue;
            }
            if (reading.letters() == 0 && context != Context.TITLE && hasArticle(candidate)
                    && (lexicon.isDefiniteGivenName(candidate) || lexicon.isAnyGivenName(candidate))
                    && nameWords.followsGivenName(words, j)) {
                break; // لمحمد الصغير: the second half of a compound given name opens no name of its own
            }
            if (compound || lexicon.isAnyGivenName(candidate)
                    || reading.letters() == 0 && context == Context.TITLE
                    && lexicon.isComplementNameBeforeName(words, j)) { // باسم عباس after a title phrase
                form = candidate;
                prefix = reading.letters();
                break;
            }
        }
        if (form == null && first.norm().equals("ام") && NameWords.joinsNext(words, j)
                && lexicon.isGivenName(words.get(j + 1).norm())
                && !(j > 0 && first.gap() == Word.Gap.NONE && lexicon.isAnyGivenName(words.get(j - 1).norm()))) {
            // أم كلثوم، أم محمد: a mother's kunya, before a given name no list calls a word (محمد أم علي: "or")
            form = "ام";
        }
        if (form == null && nameWords.isSplitGivenName(words, j)) {
            form = first.norm(); // تاج السر: a given name the lists hold as one word, written as two
        }
        if (form != null && lexicon.isPlace(form) && NameWords.joinsNext(words, j) && lexicon.isPlace(words.get(j + 1).norm())) {
            return null; // محافظ بيت لحم: two place words are a place, whatever name one of them also is
        }
        if (form != null && form.equals("علي") && first.endsWithAlefMaqsura()
                && !(context == Context.LIST && NameWords.joinsNext(words, j)
                && lexicon.isAnyGivenName(words.get(j + 1).norm()) && nameWords.writesFinalYaAsAlefMaqsura(words))) {
            // (وعلى كمال as a list's next item, on a page that writes every final ي as ى: المصرى، مجدى)
            form = null; // على, the preposition
        }
        if (form != null && form.equals("علي") && context == Context.NONE && NameWords.joinsNext(words, j)) {
            String next = words.get(j + 1).norm();
            if (hasArticle(next) && !next.endsWith("ي") && !lexicon.isKnownSurname(next)
                    && !lexicon.isDefiniteGivenName(next)
                    && !(next.startsWith("ال") && next.length() >= 6 && lexicon.isAnyGivenName(next.substring(2))
                    && !lexicon.isWeakGivenName(next.substring(2)))) { // علي الخالد
                form = null; // علي الفور، علي التحرك: على written with ي before a definite noun, no family name
            } else if (next.length() == 3 && !writesVowel(next) && !next.equals("عبد")
                    && !lexicon.isAnyGivenName(next) && !lexicon.isKnownSurname(next) && NameWords.nextHasArticle(words, j + 2)) {
                form = null; // علي عمق العلاقات: before a masdar in construct with a definite noun, the preposition
            }
        }
        if (form == null && NameWords.joinsNext(words, j) && context != Context.GROUP_TITLE) {
            Name nasab = readNasab(words, j);
            if (nasab != null) {
                return nasab;
            }
        }
        boolean afterWaw = form == null && listItemAfterWaw(words, j, context);
        if (sidi) {
            tokens.add(first.norm()); // سيد أحمد ولد ابوه
            tokens.add(words.get(j + 1).norm());
            k = j + 2;
            given = true;
        } else if (form != null && (form.equals("عبد") || form.equals("ابو") || form.equals("ام"))) {
            Word next = words.get(j + 1);
            if (form.equals("ابو") && !lexicon.isAnyGivenName(next.norm())) {
                return null; // أبو ظبي, أبو ديس: places
            }
            tokens.add(form);
            nameWords.addToken(tokens, next.norm());
            k = j + 2;
            given = true;
        } else if (form != null) {
            nameWords.addToken(tokens, form);
            k = j + 1;
            given = true;
            weak = lexicon.isWeakGivenName(form);
        } else if (context == Context.CHAIN && hasArticle(first.norm()) && !first.norm().startsWith("لل")
                && first.norm().length() >= 5
                && !lexicon.isCommonWord(first.norm()) && !lexicon.isNotName(first.norm())
                && !lexicon.isTitle(first.norm()) && !lexicon.isNationality(first.norm())
                && (words.get(j + 1).norm().equals("ولد") || words.get(j + 1).norm().equals("بنت")
                || words.get(j + 1).norm().equals("منت"))) {
            // الناها بنت حمدي: a definite given name before ولد/بنت (Mauritania); behind ل it is a noun (للمسيء)
            tokens.add(first.norm());
            k = j + 1;
            given = false;
        } else if (lenient && (context != Context.GROUP_TITLE) && !afterWaw
                && isUnknownNameStart(words, j, context)) {
            tokens.add(first.norm());
            k = j + 1;
            given = false;
        } else if (afterWaw) {
            tokens.add(first.norm().substring(1)); // ومنة شلبي: the next item of a list, after its و
            prefix = 1;
            k = j + 1;
            given = false;
        } else {
            return null;
        }

        boolean motherKunya = "ام".equals(form);
        int units = motherKunya ? 2 : 1; // أم كلثوم: a kunya and a given name are a whole name
        boolean strongGiven = given && !weak && form != null;
        boolean lastGiven = given;
        String suffix = "";
        boolean secondIsStrong = false;
        boolean lastFamily = false;
        boolean lastParticle = false;
        // الرئيس السيسي صاحب تجربة: a known family name with the article, no given name, is the name on its own
        boolean knownFamilyAlone = !given && tokens.size() == 1 && hasArticle(tokens.get(0))
                && lexicon.isKnownSurname(tokens.get(0)) && !lexicon.isDefiniteGivenName(tokens.get(0))
                && !nameWords.particleFollows(words, j)
                && !(NameWords.joinsNext(words, j) && lexicon.isAnyGivenName(words.get(j + 1).norm()));
        // أم كلثوم شخصية: a mother's kunya is the whole name too
        boolean complete = motherKunya || knownFamilyAlone;
        while (!complete && k < words.size() && tokens.size() < MAX_NAME_WORDS
                && words.get(k).gap() == Word.Gap.NONE) {
            Word word = words.get(k);
            String norm = word.norm();
            if (!word.arabic() || lexicon.fixedPhraseLength(words, k) > 0 || lexicon.placePhraseLength(words, k) > 0
                    || lexicon.honorificLength(words, k) > 0 || nameWords.isConjunctionBeforeItem(word)) {
                // (برامون عيد الميلاد: a feast's name is no part of a name, nor نبينا محمد صلى الله عليه وسلم a
                // blessing; كريم الحوزي والبامي: two people)
                break;
            }
            if (isFunctionWordBeforeRomanceParticle(words, k)) {
                tokens.add(norm); // لويس إيناسيو لولا دا سيلفا: لولا ("if not") is a name word before دا and a name
                units++;
                k++;
                lastGiven = false;
                continue;
            }
            if (nameWords.isTitleWordGoverningPronounNoun(words, k)) {
                break; // أحمد علي نظير جهوده: "in return for", no name word
            }
            if (units >= 2 && nameWords.isTitleWordInConstruct(words, k) || nameWords.isTitleWordBeforeTitle(words, k)) {
                break; // محمد صلاح نجم منتخب مصر، صبيح لفته مساعد رئيس الجامعة: the apposed role, no more name
            }
            if ((isPerfectVerbShape(norm) || isImperfectVerbShape(norm) || isAccusativeParticiple(norm)
                    || WordShapes.isShortImperfectVerbShape(norm) || WordShapes.isVocalisedDoubledPerfect(word)
                    || units >= 2 && context == Context.REPORTED && nameWords.isCircumstantialParticiple(words, k))
                    && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)
                    && !lexicon.isCompoundNameEnd(norm) && !(units == 1 && strongGiven && nameWords.isAfalFamilyName(words, k))
                    && !isPluralVerbShapedFamilyName(words, k, context, given)) {
                // صباح رحلت، دارمانان تباحث، شيرين تغني، قيس سعيد ينتقل: a verb after the name (خديجة متناسقا:
                // or a derived participle in the accusative, how the sentence goes on about her)
                break;
            }
            // محمد المختار سيد أحمد: سيد/سيدي and a given name, the father's one given name; عبد and its word too;
            // فوزي فتح الله: a name with الله written as two words
            boolean sidiOrAbd = given && !lastParticle && nameWords.isSidiCompound(words, k)
                    || norm.equals("عبد") && NameWords.joinsNext(words, k) && (units == 1 || lastGiven)
                    && !nameWords.isBareTitleNoName(words.get(k + 1).norm()); // كرار طاهر عبد مدير قسم: عبد alone
            // حسن تاج السر: the father's given name the lists hold as one word, written as two
            if (sidiOrAbd || nameWords.isTheophoricNameAfter(words, k) || given && lastGiven && nameWords.isSplitGivenName(words, k)) {
                tokens.add(norm);
                tokens.add(words.get(k + 1).norm());
                k += 2;
                units++;
                secondIsStrong |= sidiOrAbd;
                lastGiven = true;
                lastParticle = false;
                continue;
            }
            if (lexicon.isCompoundNameEnd(norm) || units == 1 && tokens.size() == 1 && nameWords.isSplitGivenName(words, k - 1)) {
                // عز الدين: a word that is also a noun (عز "glory") is a sure given name with its second word, where
                // the two written as one are listed as a given name no list calls a word (عزالدين); so is a first
                // word no list takes as a given name (زهر الدين: زهرالدين)
                if ((weak || !given) && units == 1 && tokens.size() == 1
                        && lexicon.isGivenName(tokens.get(0) + norm)) {
                    weak = false;
                    given = true;
                    lastGiven = true;
                    strongGiven = true;
                }
                tokens.add(norm); // نصر الله، نور الدين: one word written as two
                k++;
                continue;
            }
            // (علي ناصر أبوعشه: in a family name of أبو written as one word, the ه is the word's own letter)
            if (units >= 2 && !lastParticle && word.lastLetter() == 'ه' && norm.length() >= 4
                    && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm) && !nameWords.isGluedKunya(norm)) {
                break; // حسين عوض قوله: a noun with a pronoun after a two-word name
            }
            if (lastParticle && nameWords.isFeminineNounWithPronoun(word)) {
                break; // محمدو ولد الداه ولد أيد أطروحته: after a chain, a listed noun with its pronoun
            }
            if (units >= 2 && !lastParticle && nameWords.startsNextPerson(words, k)) {
                break; // حمادة هلال وهبة مجدى: و, a given name and a name word after a full name start the next person
            }
            if (lexicon.isGenerationSuffix(norm) && units == 1 && k + 2 < words.size()
                    && words.get(k + 1).norm().equals("ولد") && NameWords.joinsNext(words, k) && NameWords.joinsNext(words, k + 1)) {
                tokens.add(norm); // محمد الخامس ولد سيدي: a given name after a king's, in a chain no king's has
                k++;
                continue;
            }
            if (lexicon.isGenerationSuffix(norm)) {
                if (!lastFamily) { // سالم الدوسري الهدف الأول: a generation follows a given name, not a family name
                    suffix = norm;
                    k++;
                    if (k + 1 < words.size() && words.get(k).gap() == Word.Gap.NONE
                            && words.get(k + 1).gap() == Word.Gap.NONE && lexicon.isChainParticle(words.get(k).norm())
                            && (lexicon.isDefiniteGivenName(words.get(k + 1).norm())
                            || lexicon.isAnyGivenName(words.get(k + 1).norm()))
                            && nameWords.chainCloses(words, k + 2)) {
                        // عبدالله الثاني ابن الحسين: a king's father after his regnal number
                        k += 2; // part of the surface form; the person is keyed by name and regnal number alone
                    } else if (familyAfterGeneration(words, k)) {
                        tokens.add(words.get(k).norm()); // يوحنا العاشر يازجي: a patriarch's family name
                        k++;
                    }
                }
                break;
            }
            if (norm.equals("شيخ") && units == 1 && lastGiven && k + 1 < words.size()
                    && words.get(k + 1).gap() == Word.Gap.NONE && words.get(k + 1).arabic()
                    && lexicon.isGivenName(words.get(k + 1).norm())) {
                tokens.add(norm); // حسن شيخ محمود، شريف شيخ أحمد: a Somali name, شيخ without the article in it
                tokens.add(words.get(k + 1).norm());
                k += 2;
                units += 2;
                secondIsStrong = true;
                lastGiven = true;
                continue;
            }
            // شذى الحاج مبارك، يوسف السيد عبدالحافظ: an honorific that is also the father's given name, only right
            // after a sure given name (تفرغ زينه السيد الطالب, وقد اشرف السيد فؤاد: a place or a verb, then the
            // honorific; استقبل مصطفى مدبولي السيد أحمد: a whole name, then the next person's honorific)
            // (محافظة صلاح الدين الشيخ خميس: a place named like a person, then the next person's honorific; الرئيس
            // محمد الشيخ تميم بن حمد: the honorific of a name with its own chain)
            if (lexicon.isHonorificInChain(norm) && strongGiven && units == 1 && k + 1 < words.size()
                    && !(j > 0 && lexicon.isPlaceUnit(words.get(j - 1).norm())) && !nameWords.particleFollows(words, k + 1)
                    && words.get(k + 1).gap() == Word.Gap.NONE && words.get(k + 1).arabic()
                    && (lexicon.isAnyGivenName(words.get(k + 1).norm())
                    || words.get(k + 1).norm().equals("عبد") && NameWords.joinsNext(words, k + 1))) {
                tokens.add(norm);
                tokens.add(words.get(k + 1).norm());
                if (words.get(k + 1).norm().equals("عبد")) {
                    tokens.add(words.get(k + 2).norm()); // محمد الشيخ عبد المحمود: عبد and its word
                    k++;
                }
                k += 2;
                units++;
                secondIsStrong = true;
                lastGiven = false;
                lastParticle = true;
                continue;
            }
            if (lexicon.isParticle(norm) && k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE) {
                if (lexicon.isParticle(words.get(k + 1).norm()) && k + 2 < words.size()
                        && words.get(k + 2).gap() == Word.Gap.NONE && isSurnameWord(words.get(k + 2))) {
                    tokens.add(norm); // فون دير لاين: two particles
                    k++;
                    norm = words.get(k).norm();
                }
                Word next = words.get(k + 1);
                // (ولد سيدي عبد الله: and a compound عبد name)
                boolean sidiAbd = lexicon.isCompoundGivenHead(next.norm()) && NameWords.joinsNext(words, k + 1)
                        && words.get(k + 2).norm().equals("عبد") && NameWords.joinsNext(words, k + 2);
                if (next.gap() == Word.Gap.NONE && (nameWords.isSidiCompound(words, k + 1) || sidiAbd)
                        && lexicon.isChainParticle(norm)) {
                    tokens.add(norm); // اسلمو ولد سيد المختار: سيد/سيدي and a given name are one given name
                    tokens.add(next.norm());
                    tokens.add(words.get(k + 2).norm());
                    k += 3;
                    if (sidiAbd) {
                        tokens.add(words.get(k).norm());
                        k++;
                    }
                    units++;
                    secondIsStrong = true;
                    lastGiven = true;
                    lastParticle = false;
                    continue;
                }
                if (lexicon.isChainParticle(norm) && nameWords.isHonouredAncestor(words, k + 1)) {
                    // عبدالمجيد بن الشيخ علي بن الشيخ جعفر: an ancestor named with his honorific, which is in the
                    // surface form but not in the name's words (so صادق بن الملا حسن المقيلي is صادق المقيلي)
                    tokens.add(norm);
                    nameWords.addToken(tokens, words.get(k + 2).norm());
                    k += 3;
                    if (words.get(k - 1).norm().equals("عبد")) {
                        tokens.add(words.get(k).norm()); // ولد الشيخ عبد الله
                        k++;
                    }
                    units++;
                    secondIsStrong = true;
                    lastGiven = false;
                    lastParticle = true;
                    continue;
                }
                boolean abd = next.norm().equals("عبد") && NameWords.joinsNext(words, k + 1);
                boolean definiteAncestor = lexicon.isChainParticle(norm) && next.arabic()
                        && (lexicon.isDefiniteGivenName(next.norm()) || next.norm().equals("الشيخ")
                        || nameWords.isFamilyName(next.norm()) && !lexicon.isCommonWord(next.norm()));
                // سلمان بن عيسى بن هندي، : after a chain, بن and any plain word that ends the clause name an ancestor
                // (الإمام عبد الحميد بن باديس. : after a title one given name will do)
                boolean lastAncestor = lexicon.isChainParticle(norm) && (units >= 2 || context == Context.TITLE && given)
                        && next.arabic()
                        && !hasArticle(next.norm()) && !ArabicText.isStopWord(next.norm()) && NameWords.endsClause(words, k + 2);
                // علي بن طالب الهنائي - : after بن a plain word is the father's name, though a noun too, where a
                // family nisba no list knows follows and closes the name
                boolean fatherBeforeFamilyNisba = lexicon.isChainParticle(norm) && (units >= 2 || given)
                        && nameWords.isFatherBeforeFamilyNisba(words, k + 1);
                // ميمونة منت التقي، : after a given name and a chain particle, a definite word closing at
                // punctuation is the father's or the family's name, whatever adjective it also is
                boolean definiteFatherAtPunctuation = lexicon.isChainParticle(norm) && given && next.arabic()
                        && nameWords.isDefiniteFatherAtPunctuation(words, k + 1);
                // خالد آيت طالب: after آيت any word but a function word is the family's root
                boolean familyRoot = lexicon.isFamilyParticle(norm) && next.arabic()
                        && !ArabicText.isStopWord(next.norm());
                if (abd || lexicon.isAnyGivenName(next.norm()) || isSurnameWord(next) || definiteAncestor
                        || lastAncestor || fatherBeforeFamilyNisba || definiteFatherAtPunctuation || familyRoot || nameWords.isClosingFatherAfterOuld(words, k)
                        || norm.equals("ال") && next.arabic() || (units >= 2 || given) && nameWords.kunyaFamilyCloses(words, k)) {
                    tokens.add(norm);
                    nameWords.addToken(tokens, next.norm());
                    k += 2;
                    if (abd) {
                        tokens.add(words.get(k).norm());
                        k++;
                    }
                    units++;
                    secondIsStrong = true;
                    lastGiven = false;
                    lastParticle = true;
                    continue;
                }
                break;
            }
            if (units >= 2 && k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE
                    && lexicon.isSurnameEnding(words.get(k + 1).norm()) && !hasArticle(norm)) {
                tokens.add(norm); // ضياء جمال قاضي أوغلو: whatever the first half is, أوغلو makes it a surname
                tokens.add(words.get(k + 1).norm());
                units++;
                k += 2;
                continue;
            }
            if (units >= 2 && NameWords.joinsNext(words, k) && !hasArticle(norm)
                    && lexicon.isCompoundNameEnd(words.get(k + 1).norm())
                    && lexicon.isGivenName(norm + words.get(k + 1).norm())) {
                tokens.add(norm); // علي شيبان شرف الدين: a compound name the lists hold written as one (شرفالدين),
                tokens.add(words.get(k + 1).norm()); // as a father's or family name, though شرف is also a noun
                units++;
                k += 2;
                lastGiven = true;
                continue;
            }
            if (units >= 2 && lexicon.isSurnameEnding(norm)) {
                tokens.add(norm); // مولود تشاووش أوغلو، فخري زاده: the second half of a compound surname
                units++;
                k++;
                continue;
            }
            boolean accept;
            boolean closes = NameWords.endsClause(words, k + 1) || NameWords.functionWordFollows(words, k + 1)
                    || k + 1 < words.size() && lexicon.isVerb(words.get(k + 1).norm());
            int familyEnd = units == 1 && context == Context.TITLE && strongGiven && tokens.size() == 1
                    ? nameWords.announcedFamilyEnd(words, k) : k;
            if (familyEnd == k && units == 1 && (context == Context.TITLE && given || strongGiven)) {
                familyEnd = definiteAncestorsAndFamilyEnd(words, k);
            }
            if (familyEnd > k) {
                for (int w = k; w < familyEnd; w++) {
                    nameWords.addToken(tokens, words.get(w).norm());
                }
                units += familyEnd - k;
                k = familyEnd;
                if (isFunctionWordBeforeRomanceParticle(words, k)) {
                    continue; // الرئيس لويس إيناسيو لولا دا سيلفا: the foreign name runs on
                }
                break; // the name closed: that is the evidence the rule rests on
            }
            if (units == 1) {
                accept = acceptsSecondWord(words, k, context, tokens, given, strongGiven, weak, closes);
            } else {
                accept = acceptsLaterWord(words, k, context, units, given, strongGiven, lastGiven, lastParticle,
                        lastFamily, closes);
            }
            if (!accept) {
                break;
            }
            if (units == 1) {
                secondIsStrong = lexicon.isAnyGivenName(norm) || lexicon.isKnownSurname(norm);
            }
            nameWords.addToken(tokens, norm);
            units++;
            lastGiven = lexicon.isAnyGivenName(norm);
            lastFamily = norm.startsWith("ال");
            lastParticle = false;
            k++;
        }

        int strength = units + (suffix.isEmpty() ? 0 : 1);
        if (weak && !secondIsStrong && units == 2 && nameWords.isAccusativeRole(words, k)) {
            secondIsStrong = true; // ونبيل فهمي وزيرا للخارجية: a list of appointments
        }
        if (weak && !secondIsStrong && units == 2 && tokens.size() == 2 && nameWords.isNisba(tokens.get(1))
                && !lexicon.isCommonWord(tokens.get(1)) && (nameWords.titleFollows(words, k) || tokens.get(1).length() >= 6
                && prefix == 0 && (NameWords.endsClause(words, k) || NameWords.functionWordFollows(words, k)))) {
            // a nisba family name, then the person's role (ومراد الحالمي وزير النقل) or the name's end (قصة
            // أسعد العيداني الذي)
            secondIsStrong = true;
        }
        if (weak && !secondIsStrong && context == Context.NATIONALITY && units == 2 && tokens.size() == 2) {
            Word second = words.get(k - 1);
            // والكويتي نبيل شعيل يطلقان: after a nationality, a plain word closing the name is the family name
            secondIsStrong = isSurnameWord(second) && !hasArticle(second.norm()) && !nounEnding(second)
                    && !endsWithTanween(second) && !lexicon.isCommonWord(second.norm()) && nameWords.closesName(words, k);
        }
        if (weak && strength == 1 && NameWords.nextHasArticle(words, k) && !ArabicText.isStopWord(words.get(k).norm())) {
            return null; // لحلف شمال الأطلسي: a word that is also a name, in construct with a definite noun
        }
        if (context == Context.NONE || context == Context.GROUP_TITLE) {
            if (strength < 2 || weak && !secondIsStrong) {
                return null;
            }
        }
        boolean foreignAlone = strength == 1 && !given && nameWords.isForeignWord(first, true)
                && (NameWords.functionWordFollows(words, k) || nameWords.prepositionalNounFollows(words, k) || NameWords.endsClause(words, k));
        if (context == Context.NATIONALITY && !foreignAlone && (strength < 2 || weak && !secondIsStrong)) {
            return null; // البرازيلي مالكوم بسبب الإصابة: a foreign name alone after a nationality must close
        }
        if (context == Context.REPORTED && !reportedSpeechRule.isWholeName(words, strength, k)) {
            return null; // the rule's evidence: after a reporting verb, a name of two units closing its clause
        }
        if (context == Context.CHAIN && !(units >= 2 && tokens.size() >= 3 && lexicon.isChainParticle(tokens.get(1)))) {
            return null; // the chain must follow the first word: X بن Y
        }
        if (context == Context.LIST && (!listRule.endsListItem(words, k) || strength < 2 && !given
                || strength < 2 && k < words.size() && lexicon.isTitle(words.get(k).norm()))) {
            // ومساعد مدير عام: a lone given name before a title is the title's head, not a list item
            return null; // a list item is a whole name, or a given name alone (ولطيفة،)
        }
        if (nameWords.isKunyaBeforeWholeName(tokens, units)) {
            // الشيخ أبو أسامة يوسف جربوع: the kunya is how he is called, the whole name after it is who he is (in the
            // surface form, not in the name's words)
            return new Name(k, prefix, List.copyOf(tokens.subList(2, tokens.size())), suffix, units - 1, given, 2);
        }
        return new Name(k, prefix, List.copyOf(tokens), suffix, units, given);
    }

    /**
     * The second word of a name (the first after its given name): one of the shapes below, each with what closes it.
     * Its own method, as {@link #acceptsLaterWord} is, to keep {@link #readName} under the size up to which the JIT
     * compiles a method (8,000 bytes of bytecode: a larger method runs interpreted, 1.5 times slower extraction).
     */
    private boolean acceptsSecondWord(List<Word> words, int k, Context context, List<String> tokens, boolean given,
                                      boolean strongGiven, boolean weak, boolean closes) {
        Word word = words.get(k);
        String norm = word.norm();
        int chainAfter = nameWords.familyChainEnd(words, k + 1);
        return isSurnameWord(word) && !lexicon.isCommonWord(word) && !isWrittenAlaa(word)
                // المطربة أصالة لطرح، انتهت لمصلحة: ل and a noun after a weak or unknown first word
                && !((weak || !given) && nameWords.prepositionWordFollows(words, k))
                && !(!given && isAdjectiveShape(norm)) // بجولات ميدانية، خالص تهانيه
                || strongGiven && nameWords.isFamilyName(norm) && !lexicon.isCommonWord(norm) // سعود البالغ
                // محمد عصر وكيل وزارة التموين: a bare word that is also a noun after a sure given name,
                // where a role heading its own complement stands in apposition right after it
                || strongGiven && nameWords.isBareCommonNoun(word)
                && !lexicon.isGenerationSuffix("ال" + norm) // (سلطان عمان وزير، مساعد اول وزير)
                && nameWords.roleInApposition(words, k + 1)
                // محمود الجرادات وبسام المعايطه، محمد العوضات، : a definite family name ending like a plural after a
                // sure given name, where punctuation or the next item of a list closes it
                || strongGiven && nameWords.endsLikePluralFamily(word)
                && (NameWords.punctuationFollows(words, k + 1) || listRule.nextItemIsName(words, k + 1))
                // نايف الأحمر، : a family name of colour or of the body after a sure given name, closing
                || strongGiven && lexicon.isAdjectiveSurname(norm) && nameWords.closesAdjectiveSurname(words, k + 1)
                // محمد الأمين ولد الرقاني: a definite given name completing a given name before the chain
                || strongGiven && lexicon.isDefiniteGivenName(norm) && nameWords.particleFollows(words, k)
                // محمد الأمين محمد المصطفى: and before the father's sure given name (not a title's here)
                || strongGiven && lexicon.isDefiniteGivenName(norm) && nameWords.sureGivenNameFollows(words, k)
                // السيد عبد الله كامل محمد إن: a father's given name that is also a word, before the
                // grandfather's sure given name
                || (strongGiven || context == Context.TITLE && given) && lexicon.isAnyGivenName(norm)
                && !hasArticle(norm) && nameWords.sureGivenNameFollows(words, k)
                || context == Context.TITLE && given && nameWords.isTitledFamilyName(words, k)
                // الرئيس التنفيذي أمين الناصر أن: after a title, a weak given name and a family name
                || context == Context.TITLE && given && nameWords.isFamilyName(norm) && !lexicon.isCommonWord(norm)
                && !lexicon.isTitle(norm)
                && (nameWords.announcedNameCloses(words, k + 1) || nameWords.closesName(words, k + 1)
                || nameWords.prepositionWordFollows(words, k + 1)) // رئيس الحكومة الحبيب الصيد اليوم
                // المنتج جمال العدل والفنان فتوح أحمد: a noun too, where و and the next person's role follow
                || context == Context.TITLE && given && nameWords.isFamilyName(norm) && !lexicon.isTitle(norm)
                && !lexicon.isPlace(norm) && nameWords.conjoinedTitleFollows(words, k + 1)
                // الشيخ جابر المبارك الحمد الصباح استقبل: a run of definite ancestors and family, closing
                || (context == Context.TITLE && given || strongGiven) && nameWords.familyChainEnd(words, k) >= k + 2
                && nameWords.chainCloses(words, nameWords.familyChainEnd(words, k))
                // الشيخ ناصر صباح الأحمد الجابر الصباح، : a father's given name that is also a word, then
                // definite ancestors and the family name, closing the clause
                || (context == Context.TITLE && given || strongGiven) && lexicon.isAnyGivenName(norm)
                && !hasArticle(norm) && chainAfter >= k + 2
                && (NameWords.endsClause(words, chainAfter) || NameWords.functionWordFollows(words, chainAfter)
                || nameWords.nextIsConjoinedGivenName(words, chainAfter)) // محمد باقر المهري وأسامة الصائغ
                // (وحقي إبراهيم وصبيح محسن: before a given name, و joins the next person)
                || strongGiven && nameWords.isForeignSurnameAfterWaw(norm) && !(k + 1 < words.size()
                && words.get(k + 1).gap() == Word.Gap.NONE && lexicon.isAnyGivenName(words.get(k + 1).norm()))
                // خالد علي قد: the given name علي as a surname (على, the preposition, is written with ى)
                || given && norm.equals("علي") && !word.endsWithAlefMaqsura()
                && (!NameWords.nextHasArticle(words, k + 1) || nameWords.nisbaFollows(words, k + 1)
                && (strongGiven || context == Context.TITLE)) // الزميل سعود علي الشمري
                && (!(k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE
                && lexicon.isAnyGivenName(words.get(k + 1).norm())
                && !nameWords.isTitleWordGoverningPronounNoun(words, k + 1))
                // (الفنان رفيق علي أحمد.: after a title a weak given name does as well)
                || (strongGiven || context == Context.TITLE) && (NameWords.endsClause(words, k + 2)
                || NameWords.functionWordFollows(words, k + 2)))
                // كتب محمد السيد: a title word that is a common family name, closing its line or clause
                || strongGiven && (norm.equals("السيد") || norm.equals("الشيخ"))
                && (NameWords.endsClause(words, k + 1) || nameWords.isAccusativeRole(words, k + 1)
                || context == Context.TITLE && NameWords.functionWordFollows(words, k + 1)) // المطرب خالد الشيخ عن
                // عضو البلدية عبد الله القاضي. : any title word, where it closes the clause
                || (strongGiven || context == Context.TITLE && given) && nameWords.closesClauseAsTitleFamilyName(words, k)
                || strongGiven && nameWords.isAfalFamilyName(words, k)
                // مصطفى وزيري، الأمين العام: a dual title in construct needs its genitive (وزيري الخارجية);
                // before punctuation or another title it is the family name
                || strongGiven && !hasArticle(norm) && lexicon.isGroupTitle(norm) && !lexicon.isTitle(norm)
                && (NameWords.punctuationFollows(words, k + 1) || nameWords.titleFollows(words, k + 1))
                // المطران بطرس قسيس، / مدير المكتب عيسى ملك. : a bare title word before punctuation after a
                // given name
                || (strongGiven || context == Context.TITLE && given) && nameWords.isBareTitleWordBeforePunctuation(words, k)
                // ونادية الجندي، : in a list of names, a definite word ending the item is the family name
                || context == Context.LIST && norm.startsWith("ال") && norm.length() >= 5
                && (!lexicon.isTitle(norm) || listRule.nextItemIsName(words, k + 1)) // ومروان الصحفي وصالح
                // (نور التركي، وصفاء النجار: a nationality nisba too, where the next item is a name)
                && (!lexicon.isNationality(norm) || listRule.nextItemIsName(words, k + 1))
                && !lexicon.isPlace(norm)
                && !lexicon.isGenerationSuffix(norm) && !lexicon.isListedNotName(norm) // صباح اليوم
                && listRule.endsListItem(words, k + 1)
                // الناشط النرويجى، حسن على خيرى، : على before a given name that closes the name at punctuation is
                // the father's name علي on a page that writes every final ي as ى
                || (strongGiven || context == Context.TITLE && given) && norm.equals("علي") && word.endsWithAlefMaqsura()
                && NameWords.joinsNext(words, k) && lexicon.isAnyGivenName(words.get(k + 1).norm())
                && NameWords.closesAtPunctuation(words, k + 2) && nameWords.writesFinalYaAsAlefMaqsura(words)
                // وأحمد شديد وعبدالله حماد، وفهد طالب وعلي عدنان: in a list, a bare word that is also a noun after a
                // sure given name, where the next item is a given name too, is this item's family name
                || context == Context.LIST && strongGiven && nameWords.isBareCommonNoun(word)
                && !Clitics.isProclitic(norm.charAt(0)) && listRule.nextItemIsName(words, k + 1)
                // زعيم الجماعة عبد الملك الحوثي يرفض: a nisba of a group or country as a family name
                || strongGiven && tokens.size() <= 2 && nameWords.isMasculineNisba(norm) && closes
                // يوسف العتيبة سفير: a definite family name in ة no list knows as a noun, closing the name
                || strongGiven && !tokens.get(0).equals("علي") && nameWords.isTitledFamilyName(words, k)
                && !lexicon.isComplement(norm) && !lexicon.isOrgHead(norm) && nameWords.closesName(words, k + 1)
                // الكاتب شكري المبخوت إن: after a title, an unknown first word and a definite family name
                // (الشاعر وهج الحاتم والشاعر: any definite family name, where the name closes)
                || context == Context.TITLE && !given && !lexicon.isCommonWord(norm) && !lexicon.isTitle(norm)
                && (nameWords.isNisba(norm) && closes || nameWords.isFamilyName(norm) && nameWords.closesName(words, k + 1))
                // الرئيس تمام سلام، / وقال أكرم حرب، : a family name that is also a noun, where a title
                // or a verb of speech announced a person and the name closes its clause
                // ، عمران خان الذي: a listed one after a given name no list calls a word, before a function word
                || strongGiven && lexicon.isNounSurname(norm) && (NameWords.functionWordFollows(words, k + 1)
                || NameWords.endsClause(words, k + 1) && k + 1 < words.size())
                || (context == Context.TITLE || context == Context.REPORTED) && given
                && (lexicon.isNounSurname(norm) || strongGiven && nameWords.looksLikeNounSurname(word, false))
                && (NameWords.endsClause(words, k + 1) || NameWords.functionWordFollows(words, k + 1)
                || k + 1 < words.size() && isTaf3eelMasdar(words.get(k + 1).norm()) // عمران خان تضييق
                || context == Context.REPORTED && nameWords.isCircumstantialParticiple(words, k + 1) // نواف سلام ناعيا
                || context == Context.TITLE && lexicon.isNounSurname(norm) && k + 1 < words.size()
                && words.get(k + 1).norm().startsWith("و") && words.get(k + 1).norm().length() > 2
                // الدكتورة نورهان سلامة رئيسة اللجنة: after a title, a title opens the name's apposition
                || context == Context.TITLE && nameWords.titleFollows(words, k + 1)
                // الدكتور علي جمعة يوضح: or the verb whose subject the name is
                || context == Context.TITLE && nameWords.verbFollows(words, k + 1))
                // عامل الإقليم، عبد الحميد المزيد، : a definite word that is also a noun, where a title and
                // a given name announced the person and punctuation closes the clause after it
                || context == Context.TITLE && strongGiven && nameWords.isDefiniteNounAsFamilyName(words, k)
                // السفير أيمن مشرفة: a noun after a title and a given name, closing its clause
                || context == Context.TITLE && strongGiven && nameWords.looksLikeNounSurname(word, true)
                && !NameWords.isNounWithPronounBehindPreposition(word)
                && NameWords.endsClause(words, k + 1) && k + 1 < words.size()
                // محمد صباح السالم الصباح رئيس: a father's given name that is also a word, before definite
                // ancestors and the family name that close the chain
                || strongGiven && lexicon.isAnyGivenName(norm) && !hasArticle(norm) && chainAfter >= k + 3
                && nameWords.chainCloses(words, chainAfter);
    }

    /**
     * A third word of a name, or a later one, needs more than looking like a name (محمد صلاح هدفين، حسام حسن مديرا):
     * one of the shapes below, each with what closes it. Its own method to keep {@link #readName} under the size up
     * to which the JIT compiles a method.
     */
    private boolean acceptsLaterWord(List<Word> words, int k, Context context, int units, boolean given,
                                     boolean strongGiven, boolean lastGiven, boolean lastParticle, boolean lastFamily,
                                     boolean closes) {
        Word word = words.get(k);
        String norm = word.norm();
        boolean plain = isSurnameWord(word) && !hasArticle(norm) && !endsWithTanween(word)
                && !isFutureVerb(norm) && !nameWords.isAccusativeRole(words, k) // محمد حمدان دقلو نائبا
                && !nameWords.isUnlistedImperfectVerb(norm) // محمد بولعيش يسائل وزير
                && !nameWords.isTitleInConstruct(words, k) // محمد صلاح سيد الموقف
                && !NameWords.isBaBeforeMasdarInConstruct(words, k); // أيمن نمر بمنع الحفلات
        int chainEnd = nameWords.familyChainEnd(words, k);
        return lexicon.isKnownSurname(norm) || lastGiven && plain && lexicon.isAnyGivenName(norm)
                // إخراج أحمد عبد الله السيد، / خالد بن صالح السلطان. : a title word closing the clause after
                // a given name or a patronymic chain
                || (lastGiven && (strongGiven || context == Context.TITLE) || lastParticle)
                && nameWords.closesClauseAsTitleFamilyName(words, k)
                // اللواء محمود محمد علي المدير الجديد: the given name علي (the preposition على is written
                // with ى) ending a three-part name, before the clause's end, a role or a function word
                || lastGiven && units == 2 && (strongGiven || context == Context.TITLE)
                && nameWords.isClosingGivenNameAli(words, k)
                // محمد نجيب محمد علي.. ، عامر عثمان علي بحضور: the preposition على governs a noun, so before
                // punctuation or a preposition's noun علي is the name, however the page spells على
                || lastGiven && given && norm.equals("علي") && !word.endsWithAlefMaqsura()
                && (NameWords.closesAtPunctuation(words, k + 1) || nameWords.nounAfterBaFollows(words, k + 1))
                // موسى فقي محمد، رئيس ...: a given name closing the clause ends a three-part name
                || plain && lexicon.isAnyGivenName(norm)
                && (NameWords.endsClause(words, k + 1) || nameWords.isAccusativeRole(words, k + 1)) // موسى أوشيك محمد وزيرا
                // مشعل الأحمد الجابر الصباح: a family name after a family name
                || lastFamily && chainEnd > k && nameWords.chainCloses(words, chainEnd)
                // محمد ماهر السعيد غوادرة (: a last family word after a definite one, closing the clause
                || lastFamily && plain && !hasArticle(norm) && NameWords.endsClause(words, k + 1)
                // أسعد حسن الشيباني إن، أحمد عبد الله الأحمد الصباح رئيسا، مختار بن الخضر الرباش الهيثمي،
                || (lastGiven || lastParticle) && chainEnd > k && nameWords.chainCloses(words, chainEnd)
                // محمد شياع السوداني إن: a nisba that is also a nationality, only where the clause ends
                || context == Context.TITLE && (lastGiven || units == 2) && norm.startsWith("ال")
                && norm.endsWith("ي")
                && lexicon.isNationality(norm) && NameWords.endsClause(words, k + 1)
                // محمد حمدان دقلو الجيش: two given names and a plain word before a definite noun
                || lastGiven && units == 2 && strongGiven && plain && !nounEnding(word)
                && !lexicon.isCommonWord(norm) && NameWords.nextHasArticle(words, k + 1)
                || (lastGiven || context == Context.TITLE && units == 2) && plain
                && NameWords.endsClause(words, k + 1) // وزير الخارجية الفرنسي جان نويل بارو، ...
                // نائبا رئيس الوزراء روز نوري شاوس وبهاء الأعرجي: before the next name of a pair
                || (context == Context.TITLE || strongGiven) && units == 2 && lastGiven && plain
                && !nounEnding(word) && !lexicon.isCommonWord(norm) && nameWords.nextIsConjoinedGivenName(words, k + 1)
                || lastGiven && plain && !nounEnding(word) && NameWords.functionWordFollows(words, k + 1)
                // نادية فتاح العلوي، / بدر بن حمد البوسعيدي وزير: a definite family name closing the name
                || (units == 2 && given || lastParticle) && nameWords.isNisba(norm) && !lexicon.isCommonWord(norm)
                && !lexicon.isTitle(norm) && (lastParticle ? nameWords.chainCloses(words, k + 1) : closes
                || nameWords.titleFollows(words, k + 1) // سعود علي الشمري رئيس قسم المحليات
                || nameWords.prepositionWordFollows(words, k + 1)) // أحمد علي الزبيدي بالإنجاز
                // صالح بن علي التركي، / نصر بن حمود الكندي أمين عام: a nisba that is also a nationality
                // closing a patronymic chain, before the clause's end or a title
                || lastParticle && nameWords.isMasculineNisba(norm) && lexicon.isNationality(norm)
                && (NameWords.endsClause(words, k + 1) || nameWords.titleFollows(words, k + 1))
                // محمد احمد ولد محمد الأمين، : a definite given name closing the chain (الأمين ends like a
                // plural, so no family name)
                || lastParticle && lexicon.isDefiniteGivenName(norm) && nameWords.chainCloses(words, k + 1)
                && (NameWords.endsClause(words, k + 1) || NameWords.functionWordFollows(words, k + 1))
                // عمر بن عبدالمنعم الزواوي المستشار: a family name closing a chain before a title
                || lastParticle && nameWords.isFamilyName(norm) && !lexicon.isCommonWord(norm) && !lexicon.isTitle(norm)
                && nameWords.titleFollows(words, k + 1)
                // طارق راشد رحمى محافظ، محمد محمود صحصاح لتولي، فيصل بن محمد مزمل وبعد، بكري بن معتوق عساس
                // ووكيل: a plain word after two given names or a chain, before a role, a preposition's noun, or
                // و and a function word or a role
                || (lastGiven && units == 2 && given || lastParticle) && plain && !nounEnding(word)
                && !lexicon.isCommonWord(norm) && !norm.endsWith("ا") && !nameWords.isOrdinaryWordShape(word)
                && !lexicon.isTitleWord(norm) && (nameWords.titleFollows(words, k + 1)
                || nameWords.prepositionWordFollows(words, k + 1) || NameWords.conjoinedFunctionWordFollows(words, k + 1)
                || nameWords.conjoinedTitleFollows(words, k + 1))
                // أحمد حامد لملس وزيرا للدولة: a plain word before the role of an appointment
                || lastGiven && units == 2 && given && plain && !nounEnding(word) && !lexicon.isCommonWord(norm)
                && nameWords.isAccusativeRole(words, k + 1)
                // جمال سند السويدي في: a nisba that is also a nationality, after a title, before a particle
                || context == Context.TITLE && units == 2 && given && nameWords.isMasculineNisba(norm) && closes
                // الدكتور طه أحمد المتوكل والأشغال، المدرب سامي حسن الهادي مدرب: after a title and two
                // given names, a definite family name (a definite given name too) where the name closes
                || context == Context.TITLE && units == 2 && lastGiven && given
                && (nameWords.isFamilyName(norm) && !lexicon.isCommonWord(norm) || lexicon.isDefiniteGivenName(norm))
                && !lexicon.isTitle(norm) && !lexicon.isPlace(norm) && nameWords.closesName(words, k + 1)
                // رئيس المجلس السابق أحمد عبدالعزيز السعدون، : ending like a plural, where punctuation closes
                // the name (no plural noun stands there)
                || context == Context.TITLE && units == 2 && lastGiven && given && nameWords.endsLikePluralFamily(word)
                && NameWords.punctuationFollows(words, k + 1)
                // الأستاذ محمد صالح طريق، : after a title and two given names, a bare listed noun closing at a
                // comma is the family name, whatever noun it also is
                || context == Context.TITLE && units == 2 && lastGiven && given
                && nameWords.isBareNounFamilyName(word, false) && NameWords.punctuationFollows(words, k + 1)
                // السيد بدر يونس صبرة نائب رئيس الغرفة: a noun in ة too, where a role in apposition follows (a
                // comma or quote alone does not tell it from a prize or a title: هالة لطفي جائزة "التانيت")
                || context == Context.TITLE && units == 2 && lastGiven && given
                && nameWords.isBareNounFamilyName(word, true) && nameWords.roleInApposition(words, k + 1)
                // الدكتور بشر هاني الخصاونة: after a title and two given names, a family name in ة
                || context == Context.TITLE && units == 2 && lastGiven && nameWords.isTitledFamilyName(words, k)
                && nameWords.closesName(words, k + 1)
                // الدكتور سامي محمد أمين أحمد القضاة، : after a title and three given names or more, a definite
                // word closing at punctuation is the family name, whatever noun it also is
                || context == Context.TITLE && units >= 3 && lastGiven && given && nameWords.isDefiniteWordAfterGivenNames(norm)
                && NameWords.closesAtPunctuation(words, k + 1)
                // بشر بن خليفة الحسنة وزير: a family name in ة closing a patronymic chain
                || lastParticle && nameWords.isTitledFamilyName(words, k) && !lexicon.isComplement(norm)
                && !lexicon.isOrgHead(norm) && nameWords.closesName(words, k + 1)
                // عبدالله بن خليفة العطية وزير: in ية too, though adjectives end so, where a title or the
                // clause's end follows (زيارة محمد بن سلمان الرسمية إلى is an adjective of the visit)
                || lastParticle && nameWords.isChainNisbaFamilyName(norm)
                && (nameWords.titleFollows(words, k + 1) || NameWords.endsClause(words, k + 1))
                // بشار بن خالد المالك، / محمد ولد الشيخ الغزواني: a family name closing a patronymic chain
                || lastParticle && nameWords.isFamilyName(norm) && !lexicon.isCommonWord(norm) && !lexicon.isTitle(norm)
                && nameWords.chainCloses(words, k + 1)
                // ريتشارد ماهيتسون راندرياماندراتو من: a foreign word after foreign words, closing the name
                || nameWords.isForeignWord(words.get(k - 1), true) && nameWords.isForeignWord(word, true) && plain
                && nameWords.closesName(words, k + 1)
                // إسماعيل ولد الشيخ أحمد في: a given name closing a chain whose ancestor has the article
                || lastParticle && lexicon.isAnyGivenName(norm) && !lexicon.isWeakGivenName(norm)
                && !hasArticle(norm) && nameWords.closesName(words, k + 1)
                // علي محسن الأحمر، : a family name of colour or of the body closes a name of two given
                // names or more, or a chain (صادق بن عبدالله بن حسين الأحمر شيخا); as an adjective it follows
                // a noun, not a person's name
                || (lastGiven || lastParticle) && given && lexicon.isAdjectiveSurname(norm)
                && nameWords.closesAdjectiveSurname(words, k + 1)
                // الأستاذة غالية قندفجي عطايا، : a listed family name that is also a noun, after a given name and
                // another word a title or a sure given name announced, closing the clause
                || units == 2 && given && (strongGiven || context == Context.TITLE) && lexicon.isNounSurname(norm)
                && !endsWithTanween(word) && NameWords.closesAtPunctuation(words, k + 1)
                // الشاب علي حسن حرب «: a listed family name that is also a noun, after two given names
                || lastGiven && units == 2 && given && lexicon.isNounSurname(norm)
                && (NameWords.endsClause(words, k + 1) || NameWords.functionWordFollows(words, k + 1)
                || context == Context.LIST && listRule.endsListItem(words, k + 1))
                // بندر بن عبد العزيز بليلة، : a family name in ة, without the article, closing a chain
                || lastParticle && word.lastLetter() == 'ة' && !hasArticle(norm) && !lexicon.isCommonWord(norm)
                && !lexicon.isNotName(norm) && !isTaf3ilaMasdar(word) && nameWords.closesName(words, k + 1)
                // خديجة بنت امبارك فال، : a plain word closing a patronymic chain
                || lastParticle && plain && !nounEnding(word) && NameWords.endsClause(words, k + 1)
                // عباس عودة السلطاني، محمد براك المطير، : a definite family name, one a list holds as a word too,
                // after two words of a name a title or a sure given name announced, right before punctuation: an
                // adjective there would qualify a noun, and a name's apposition starts after the comma
                || units >= 2 && given && (strongGiven || context == Context.TITLE) && !lastFamily
                && nameWords.isPunctuatedFamilyName(words, k)
                // عبدي فرح سعيد جحا ووزيرة التجارة، وفاطمة عبد الله الكويتي وكاظم العطار: before و and the next
                // person's given name or title, the word after two words of a name is this person's last, whatever
                // ordinary word or nisba it also is
                || units >= 2 && given && nameWords.isLastWordBeforeNextPerson(words, k)
                && (nameWords.nextIsConjoinedGivenName(words, k + 1) || nameWords.conjoinedTitleFollows(words, k + 1))
                // السيد محمد عبد الله وعيس، : after a title and two given names, a word no list knows closing at
                // punctuation is the family name, whatever ordinary word's shape it has (و that joins nothing here)
                || context == Context.TITLE && units == 2 && lastGiven && given
                && isUnlistedFamilyNameAtPunctuation(words, k)
                // النائب عبد الرحمن محمد شيخ، : after two given names a title or a sure given name announced, a
                // bare title word before punctuation within a line is the family name (a role would go on)
                || lastGiven && units == 2 && given && (strongGiven || context == Context.TITLE)
                && nameWords.isBareTitleWordBeforePunctuation(words, k)
                && !words.get(k + 1).quoteBefore() // (السيد حسام مراد مدير "الجمعية")
                // المهندس رائد مظفر رفعت أبو السعود، : a grandfather before a kunya family name
                || (lastGiven || context == Context.TITLE) && !nounEnding(word)
                && (plain || lexicon.isAnyGivenName(norm) && !hasArticle(norm))
                && nameWords.kunyaFamilyCloses(words, k + 1);
    }

    /** See {@link #acceptsLaterWord}: a bare word no list knows, no verb, tanween or role, before punctuation. */
    private boolean isUnlistedFamilyNameAtPunctuation(List<Word> words, int k) {
        Word word = words.get(k);
        String norm = word.norm();
        return word.arabic() && norm.length() >= 3 && !hasArticle(norm) && !endsWithTanween(word)
                && NameWords.closesAtPunctuation(words, k + 1) && !ArabicText.isStopWord(norm)
                && !lexicon.isCommonWord(norm) && !lexicon.isNotName(norm) && !lexicon.isVerb(norm)
                && !nameWords.looksLikeVerb(norm) && !lexicon.isPlace(norm) && !lexicon.isNationality(norm)
                && !lexicon.isTitle(norm) && !lexicon.isTitleWord(norm) && !lexicon.isTimeAfterName(norm)
                && !nameWords.isAccusativeRole(words, k) && !lexicon.isChainParticle(norm)
                && !lexicon.isGenerationSuffix(norm);
    }

    /**
     * شي جين بينغ، لي كه تشيانغ: a Chinese family syllable and two given syllables, or one of four letters or more
     * that closes the name (لي تشيانغ، ). Each syllable alone is often an Arabic word; the sequence is not.
     */
    private Name readChineseName(List<Word> words, int j) {
        if (!lexicon.isChineseFamilySyllable(words.get(j).norm()) || !NameWords.joinsNext(words, j)) {
            return null;
        }
        Word second = words.get(j + 1);
        if (!second.arabic() || !lexicon.isChineseGivenSyllable(second.norm())) {
            return null;
        }
        List<String> tokens = new ArrayList<>(List.of(words.get(j).norm(), second.norm()));
        if (NameWords.joinsNext(words, j + 1) && words.get(j + 2).arabic()
                && lexicon.isChineseGivenSyllable(words.get(j + 2).norm())) {
            tokens.add(words.get(j + 2).norm());
            return new Name(j + 3, 0, List.copyOf(tokens), "", 3, true);
        }
        if (second.norm().length() >= 4 && nameWords.closesName(words, j + 2)) {
            return new Name(j + 2, 0, List.copyOf(tokens), "", 2, true);
        }
        return null;
    }

    /**
     * ابن خلدون، وابن رشيق،: a man named by his lineage alone, ابن and a name-like word closing the clause or the list
     * item; ابن عم، ابن الرئيس، ابن بطوطة's neighbours with the article or a listed word are no names.
     */
    private Name readNasab(List<Word> words, int j) {
        String norm = words.get(j).norm();
        int prefix = norm.equals("ابن") ? 0 : norm.length() == 4 && "وفل".indexOf(norm.charAt(0)) >= 0
                && norm.endsWith("ابن") ? 1 : -1;
        if (prefix < 0) {
            return null;
        }
        Word next = words.get(j + 1);
        String name = next.norm();
        if (name.length() < 3 || hasArticle(name) || lexicon.isCommonWord(name) || lexicon.isNotName(name)
                || lexicon.isPlace(name) || lexicon.isTitle(name) || lexicon.isNationality(name)
                || nameWords.looksLikeVerb(name) || ArabicText.isStopWord(name) || !listRule.endsListItem(words, j + 2)) {
            return null;
        }
        return new Name(j + 2, prefix, List.of("ابن", name), "", 2, true);
    }

    /**
     * والهادي العبدلي وقد: after the definite given name at word j, a family nisba no list calls a word, and the list
     * item ends there.
     */
    private boolean definiteFamilyNameClosesItem(List<Word> words, int j) {
        if (!NameWords.joinsNext(words, j)) {
            return false;
        }
        return nameWords.isUnlistedFamilyNisba(words.get(j + 1).norm()) && listRule.endsListItem(words, j + 2);
    }

    /**
     * لولا دا سيلفا: a word that is otherwise a function word, inside a name and before a Portuguese or Spanish particle
     * (دا، دو، دي) that a surname word follows; Arabic writes no function word before these particles.
     */
    private boolean isFunctionWordBeforeRomanceParticle(List<Word> words, int k) {
        if (k >= words.size() || !NameWords.joinsNext(words, k) || !NameWords.joinsNext(words, k + 1)) {
            return false;
        }
        String norm = words.get(k).norm();
        return (ArabicText.isStopWord(norm) || lexicon.isClosedClassNotName(norm))
                && lexicon.isRomanceParticle(words.get(k + 1).norm()) && isSurnameWord(words.get(k + 2));
    }

    /** A word that can follow a given name as (part of) the surname. */
    boolean isSurnameWord(Word word) {
        String norm = word.norm();
        if (!word.arabic() || norm.length() < 2 || isTaf3ilaMasdar(word) || endsWithFathatan(word)) {
            return false; // (وائلُ وحيدًا: a word in the accusative, however it is read, describes the person)
        }
        if (lexicon.isKnownSurname(norm)) {
            return true;
        }
        if (!lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm) && (nameWords.isOrdinaryWordShape(word)
                || isPluralNisba(norm) || isPluralParticiple(norm) || isMufaalaMasdar(word) || isFa3ayaPlural(norm)
                || norm.length() == 6 && isIfaalMasdar(norm) && !(norm.startsWith("ال") && writtenWithHamza(word)))) {
            // اداريين: a plural nisba; مسابقة، مشكلة: the masdar مفاعلة; ضحايا، هدايا: the plural فعايا; ارتداء،
            // انتخاب: the masdars افتعال and انفعال (ألتمان, written with hamza, is a foreign name of that shape)
            return false;
        }
        if (norm.length() >= 5 && !lexicon.isAnyGivenName(norm) && (norm.endsWith("هم") || norm.endsWith("هما")
                || norm.endsWith("ها") // أنس جابر بفوزها، أمل عرفة حضورها
                || norm.endsWith("هن") || word.lastLetter() == 'ه' && norm.charAt(norm.length() - 2) == 'ت'
                && norm.length() >= 6 && "بل".indexOf(norm.charAt(0)) >= 0)) {
            return false; // لإعدامهم، بإقالته، حضورها: a noun with a pronoun after it (فلاته is a family name)
        }
        if (norm.startsWith("ال") && writtenWithHamza(word)) {
            // ألكمين، ألتمان: the article is never written with hamza, so this is a foreign surname's first vowel
            return norm.length() >= 5 && !lexicon.isCommonWord(norm) && !lexicon.isNotName(norm)
                    && !lexicon.isPlace(norm) && !lexicon.isNationality(norm) && !nameWords.looksLikeVerb(norm);
        }
        if (norm.startsWith("ال")) {
            return nameWords.isNisba(norm);
        }
        if (hasArticle(norm) || lexicon.isNotName(norm) || nameWords.looksLikeVerb(norm) || lexicon.isCommonWord(word)) {
            return false;
        }
        if (norm.length() <= 4 && "بلك".indexOf(norm.charAt(0)) >= 0 && ArabicText.isStopWord(norm.substring(1))) {
            return false; // بما، لمن، كما: a preposition and a function word
        }
        return !norm.startsWith("و") || lexicon.isAnyGivenName(norm);
    }

    /**
     * After a title, a nationality or a reporting verb, a word not in the lexicon is taken as a name only if
     * nothing says it is something else: no article, not a listed or common word (stripped of clitics and
     * pronouns), not a verb form, not a feminine or plural noun. A word starting like an imperfect verb (تيلرسون،
     * يوهان) must be followed by a name word or close its clause. After a nationality or a reporting verb (no
     * title to vouch for it) the word must also write a vowel, as foreign names do.
     */
    private boolean isUnknownNameStart(List<Word> words, int index, Context context) {
        Word word = words.get(index);
        String norm = word.norm();
        if (norm.length() < 2 || ArabicText.isStopWord(norm) || lexicon.isSurnameEnding(norm)) {
            return false; // بما، لما: function words; أوغلو only ends a name
        }
        if (lexicon.isKnownSurname(norm)) {
            return !lexicon.isNationality(norm);
        }
        boolean strict = context == Context.NATIONALITY || context == Context.REPORTED;
        Word next = index + 1 < words.size() && words.get(index + 1).gap() == Word.Gap.NONE
                ? words.get(index + 1) : null;
        if (norm.startsWith("فال") && !strict && norm.length() >= 6 && next != null && isSurnameWord(next)
                && !lexicon.isCommonWord(next.norm()) && NameWords.endsClause(words, index + 2) && !lexicon.isNotName(norm)
                && !lexicon.isCommonWord(norm) && !lexicon.isCommonWord(norm.substring(1))
                && !lexicon.isNotName(norm.substring(1))) {
            return true; // فالنتينا قسيسية إن: a foreign given name, not ف + ال, when a surname closes the name
        }
        if (context == Context.TITLE && lexicon.isCommonWord(norm) && nameWords.isCommonWordBeforeFathersName(words, index)) {
            return true; // والناقد حزين عمر، : a word that is also a noun, after a title and before the father's name
        }
        // (ألبي، إلبروس: the article is never written with hamza)
        if (hasArticle(norm) && !writtenWithHamza(word) || lexicon.isNotName(norm) || nameWords.looksLikeVerb(norm)
                || lexicon.isCommonWord(norm)) {
            return false;
        }
        if (nameWords.isUnlistedImperfectVerb(norm)) {
            return false; // تتسابق، يستقبل: the imperfect of a derived form
        }
        if (context == Context.LIST && norm.length() >= 5 && norm.charAt(0) == 'ل' && "يتن".indexOf(norm.charAt(1)) >= 0
                && !lexicon.isAnyGivenName(norm) && !lexicon.isKnownSurname(norm)) {
            return false; // عمار الكناني، لتنهال مدامع: ل and an imperfect verb open a clause, not the list's next item
        }
        if (nameWords.isAccusativeRole(words, index)) {
            return false; // محافظا لريف دمشق: a role in the accusative, the predicate of an appointment
        }
        if (context == Context.TITLE && isDerivedParticiple(norm) && !lexicon.isAnyGivenName(norm)
                && nameWords.sureGivenNameFollows(words, index) && NameWords.joinsNext(words, index + 1)
                && (lexicon.isAnyGivenName(words.get(index + 2).norm()) || lexicon.isKnownSurname(words.get(index + 2).norm()))) {
            return true; // الاستاذ متوكل أحمد علي: a name shaped like a participle, before its father's and grandfather's
        }
        if (!lexicon.isAnyGivenName(norm) && (nameWords.isOrdinaryWordShape(word) || isDerivedParticiple(norm)
                || isIfaalMasdar(norm) || isPluralVerbEnding(norm) || isPluralNisba(norm)
                || isPluralParticiple(norm))) {
            // عددا، مختص، محترف، كانوا، إشراف، اداريين: a case ending, a participle, a plural verb, the masdar
            // إفعال, a plural nisba
            return false;
        }
        if (norm.length() == 3 && !writesVowel(norm) && !lexicon.isAnyGivenName(norm)
                && (next == null || !lexicon.isCompoundNameEnd(next.norm()) && !lexicon.isChainParticle(next.norm())
                && !(context == Context.TITLE && hasArticle(next.norm()) && nameWords.isNisba(next.norm())))) {
            // الفنان ترك رصيدا: an unlisted word of three letters and no long vowel is a perfect verb (صنع الله is
            // a name: the word before الله; the title's معد المدلجي too: a family nisba follows)
            return false;
        }
        if (next != null && !lexicon.isAnyGivenName(norm) && sameCaseEnding(norm, next.norm())
                && !lexicon.isAnyGivenName(next.norm()) && !lexicon.isKnownSurname(next.norm())) {
            return false; // رصيدا فنيا، رسالتين رسميتين: a noun and its adjective agree, as two names do not
        }
        if (norm.length() >= 4 && norm.length() <= 5 && norm.endsWith("اء") && !lexicon.isAnyGivenName(norm)) {
            return false; // بناء، لقاء، شراء: a masdar
        }
        if (norm.length() >= 4 && (norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("هما"))) {
            return false; // ذاتها، نفسهم: a noun with a pronoun
        }
        if (norm.length() == 4 && norm.charAt(0) == 'ا' && !writesVowel(norm)) {
            return false; // أكبر، أبرز، أهم: the elative, an adjective
        }
        if (norm.length() >= 4 && norm.endsWith("ي") && index > 0 && !hasArticle(words.get(index - 1).norm())
                && nameWords.isTitleWord(words.get(index - 1)) && (next == null || !isSurnameWord(next))) {
            return false; // كرئيس تنفيذي، مستشار سياسي: an adjective agreeing with an indefinite title
        }
        char last = word.lastLetter();
        if (last == 'ة') {
            // عقيلة صالح، أسامة حمدان: only before a listed name (هاشمية بنت جعفر: or a chain's one)
            return !strict && next != null
                    && (lexicon.isAnyGivenName(next.norm()) || lexicon.isKnownSurname(next.norm())
                    || nameWords.particleFollows(words, index) && lexicon.isAnyGivenName(words.get(index + 2).norm()));
        }
        if (last == 'ه' && norm.length() >= 4) {
            // nouns with a pronoun (دعمه، بلاده); after a title, ميته فريدريكسن: a foreign surname must follow
            return !strict && next != null && !lexicon.isCommonWord(norm) && nameWords.isForeignWord(next)
                    && (NameWords.endsClause(words, index + 2) || NameWords.functionWordFollows(words, index + 2));
        }
        if (norm.length() >= 5 && norm.endsWith("ات")) {
            return false; // plurals (إحاطات)
        }
        if (strict && (norm.length() < 3 || !writesVowel(norm))) {
            return false;
        }
        if (endsWithTanween(word) || norm.length() == 5 && norm.charAt(0) == 'س' && "يتن".indexOf(norm.charAt(1)) >= 0
                && !writesVowel(norm.substring(1))) {
            return false; // عدداً: an accusative noun; سيرفع: a verb in the future
        }
        char c = norm.charAt(0);
        if ((c == 'ي' || c == 'ت') && norm.length() == 4 && "اوي".indexOf(norm.charAt(1)) < 0
                && !lexicon.isAnyGivenName(norm)) {
            return false; // يقيم، يرفع، تريد: the imperfect of a three-letter root (names write a vowel: يوري، تيري)
        }
        if ((c == 'ي' || c == 'ت') && norm.length() >= 4) {
            // يبحث، تؤكد are verbs; تيلرسون، يوهان are names: a name word must follow or the clause end
            return next == null || NameWords.endsClause(words, index + 1)
                    || isSurnameWord(next) && !lexicon.isCommonWord(next.norm()) && !nounEnding(next)
                    && !(next.norm().startsWith("ب") && !lexicon.isAnyGivenName(next.norm()));
        }
        if (c == 'ف' && !strict && norm.length() >= (context == Context.TITLE ? 4 : 5) && next != null
                && isSurnameWord(next)
                && !lexicon.isCommonWord(next.norm()) && (NameWords.endsClause(words, index + 2) || context == Context.TITLE
                && (NameWords.functionWordFollows(words, index + 2) || nameWords.timeFollows(words, index + 2)))
                && !lexicon.isCommonWord(norm.substring(1)) && !lexicon.isAnyGivenName(norm.substring(1))
                && !nameWords.looksLikeVerb(norm.substring(1))) {
            return true; // فالنتينا قسيسية: a foreign given name, not the conjunction, when a surname follows (after a
            // title, or a function word or time goes on after it: الأستاذة فيرا بابون اليوم)
        }
        if (c == 'و' || c == 'ف') {
            return false; // a conjunction: the next clause, not a name
        }
        Word third = next != null && index + 2 < words.size() && words.get(index + 2).gap() == Word.Gap.NONE
                ? words.get(index + 2) : null;
        if (context == Context.TITLE && third != null && lexicon.isAnyGivenName(next.norm())
                && (!lexicon.isWeakGivenName(next.norm()) && isSurnameWord(third)
                || (nameWords.isFamilyName(third.norm()) || nameWords.isTitledFamilyName(words, index + 2))
                && !lexicon.isCommonWord(third.norm()) && !lexicon.isTitle(third.norm()))) {
            return true; // الدكتور بشر هاني الخصاونة: after a title, a father's given name and a family name follow
        }
        if ((c == 'ب' || c == 'ل' || c == 'ك') && norm.length() <= 3) {
            return false; // لنا، بها، كما: a preposition and a pronoun
        }
        if ((c == 'ب' || c == 'ل' || c == 'ك') && norm.length() >= 4) {
            if (strict) {
                return false;
            }
            String rest = norm.substring(1);
            if (rest.length() <= 5 && rest.endsWith("اء")) {
                return false; // لرؤساء، بلقاء: a broken plural or a masdar after the preposition
            }
            if (c == 'ل' && rest.length() == 4 && "يتن".indexOf(rest.charAt(0)) >= 0) {
                return false; // ليشغل، ليكون، لتعزز: ل of purpose on an imperfect verb
            }
            if (rest.length() == 3 && !writesVowel(rest) && !lexicon.isAnyGivenName(rest)) {
                return false; // لأخذ، بحكم: the preposition on a masdar of three letters
            }
            return !lexicon.isNotName(rest) && !lexicon.isCommonWord(rest) && !rest.startsWith("ال")
                    && !rest.endsWith("ه") && !isTaf3eelMasdar(rest); // بتحويل، لتبييض: ب + a masdar
        }
        return true;
    }

    /**
     * بروفيسور عماد الدين الأمين الطاهر عرديب، : the father's and grandfather's given names with the article (Sudan,
     * Mauritania), then a family name without it that closes the clause. Returns the end of the family name, or k.
     */
    private int definiteAncestorsAndFamilyEnd(List<Word> words, int k) {
        int family = k;
        while (family < words.size() && family - k < 2 && (family == k || words.get(family).gap() == Word.Gap.NONE)
                && words.get(family).arabic() && lexicon.isDefiniteGivenName(words.get(family).norm())) {
            family++;
        }
        if (family == k || family >= words.size() || words.get(family).gap() != Word.Gap.NONE) {
            return k;
        }
        Word last = words.get(family);
        String norm = last.norm();
        boolean familyName = !hasArticle(norm) && isSurnameWord(last) && !lexicon.isCommonWord(norm)
                && !lexicon.isAnyGivenName(norm);
        return familyName && (NameWords.endsClause(words, family + 1) || NameWords.functionWordFollows(words, family + 1)
                || nameWords.titleFollows(words, family + 1)) ? family + 1 : k;
    }

    /**
     * يوحنا العاشر يازجي، اغناطيوس يوسف الثالث يونان: a patriarch's family name after his regnal number, a plain word
     * of five letters or more no list knows as anything else (عبدالله الثاني أرض، يقف: short words are nouns and
     * verbs), where the name closes after it or a common word follows (محمد السادس مدينة طنجة has no family name:
     * مدينة is a common word itself).
     */
    private boolean familyAfterGeneration(List<Word> words, int k) {
        if (!NameWords.joinsNext(words, k - 1)) {
            return false;
        }
        Word word = words.get(k);
        String norm = word.norm();
        return norm.length() >= 5 && isSurnameWord(word) && !hasArticle(norm) && !lexicon.isCommonWord(norm)
                && !lexicon.isTitle(norm) && lexicon.honorificLength(words, k) == 0
                && !lexicon.isPlace(norm) && !lexicon.isNationality(norm) && !lexicon.isAnyGivenName(norm)
                && !nameWords.isOrdinaryWordShape(word) && (nameWords.closesName(words, k + 1) || NameWords.nextHasArticle(words, k + 1)
                || k + 1 < words.size() && lexicon.isCommonWord(words.get(k + 1).norm())); // يازجي قداس الميلاد
    }

}

package app.khabar.people;

import java.util.ArrayList;
import java.util.List;

import app.khabar.arabic.ArabicText;

/**
 * Finds full names and titled names in one story (rule-and-lexicon recognition in the NERA/PERA tradition):
 * <ul>
 *   <li>a given name from the lexicon followed by surname words, particles (بن، دي، أبو، آل) and a generation
 *       suffix (الأب، الثاني);</li>
 *   <li>a title or role phrase (وزير الدفاع الأمريكي، المتحدثة باسم البيت الأبيض، نظيره الإسرائيلي المتطرف)
 *       followed by a name, known or not;</li>
 *   <li>names right after an organisation word (مؤسسة "رونالد ريغان"، مطار بن غوريون) are claimed but not
 *       reported.</li>
 * </ul>
 * Bare surnames (غالانت، «نتنياهو») are left to {@link PersonResolver}, which knows the whole corpus.
 * Stateless and thread-safe.
 */
final class NameRecognizer {

    private static final int MAX_TITLE_WORDS = 9;
    private static final int MAX_NAME_WORDS = 6;

    /**
     * A name found in a story: words [firstWord, endWord), characters [start, end). {@code single}: one word
     * after a title; {@code confirmed}: a single word that is a person by itself (a given name, a known
     * surname, or the end of its clause as in "قال الرئيس ترامب إن"). An unconfirmed single only counts when
     * it is the surname of someone found elsewhere (الفريق جاهز للبطولة is not a person).
     */
    record Candidate(int firstWord, int endWord, int start, int end, List<String> tokens, String suffix,
                     String role, boolean single, boolean givenOnly, boolean confirmed) {
    }

    /** What recognition left for resolution: the words, which of them are taken, and the names found. */
    record Recognition(List<Word> words, boolean[] claimed, List<Candidate> candidates) {
    }

    private enum Context { NONE, TITLE, GROUP_TITLE, ORGANISATION }

    private record Title(int end, String role, boolean group, boolean endsWithOrganisation) {
    }

    private record Name(int end, int prefixLetters, List<String> tokens, String suffix, int units, boolean given) {
    }

    private final Lexicon lexicon;

    NameRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Recognition recognise(String text) {
        List<Word> words = Word.of(text);
        boolean[] claimed = new boolean[words.size()];
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Title title = readTitle(text, words, i);
            if (title != null) {
                Context context = title.endsWithOrganisation() ? Context.ORGANISATION
                        : title.group() ? Context.GROUP_TITLE : Context.TITLE;
                Name name = title.end() < words.size() && words.get(title.end()).gap() != Word.Gap.HARD
                        ? readName(words, title.end(), context) : null;
                if (name != null) {
                    take(words, claimed, candidates, title.end(), name, context, title.role());
                    i = name.end();
                } else {
                    i = Math.max(i + 1, title.end());
                }
                continue;
            }
            if (isOrganisationHead(words.get(i))) {
                int j = i + 1;
                while (j < words.size() && j <= i + 1 && words.get(j).gap() == Word.Gap.NONE
                        && words.get(j).norm().startsWith("ال") && !lexicon.isKnownSurname(words.get(j).norm())) {
                    j++;
                }
                Name name = j < words.size() && words.get(j).gap() != Word.Gap.HARD
                        ? readName(words, j, Context.ORGANISATION) : null;
                if (name != null) {
                    take(words, claimed, candidates, j, name, Context.ORGANISATION, null);
                    i = name.end();
                } else {
                    i = j;
                }
                continue;
            }
            Name name = readName(words, i, Context.NONE);
            if (name != null) {
                take(words, claimed, candidates, i, name, Context.NONE, null);
                i = name.end();
            } else {
                i++;
            }
        }
        return new Recognition(words, claimed, candidates);
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
        boolean single = name.units() == 1 && name.suffix().isEmpty();
        boolean confirmed = !single || name.given() || lexicon.isKnownSurname(name.tokens().get(0))
                || endsClause(words, name.end()) || lexicon.isVerb(words.get(name.end()).norm());
        candidates.add(new Candidate(first, name.end(), start, end, name.tokens(), name.suffix(),
                context == Context.GROUP_TITLE ? null : role, single, name.given() && name.units() == 1,
                confirmed));
    }

    // ---- titles ----------------------------------------------------------------------------------------

    /** A role phrase starting at word i: head word, then construct and adjective words; null if none. */
    private Title readTitle(String text, List<Word> words, int i) {
        Word head = words.get(i);
        if (!head.arabic()) {
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
            if (lexicon.isTitle(form) || lexicon.isGroupTitle(form)) {
                prefix = reading.letters();
                group = !lexicon.isTitle(form);
                headForm = form;
                break;
            }
        }
        if (prefix < 0) {
            return null;
        }
        if (headForm.equals("د") && !(i + 1 < words.size() && text.substring(head.end(), words.get(i + 1).start())
                .contains("."))) {
            return null; // د. is the doctor's abbreviation only with its dot
        }
        int end = i + 1;
        boolean organisation = false;
        while (end < words.size() && end - i < MAX_TITLE_WORDS && words.get(end).gap() == Word.Gap.NONE) {
            Word word = words.get(end);
            if (!continuesTitle(words, end)) {
                break;
            }
            organisation = lexicon.isOrgHead(word.norm());
            end++;
        }
        String role = roleText(text, head, prefix, words.get(end - 1).end());
        return new Title(end, role, group, organisation);
    }

    private boolean continuesTitle(List<Word> words, int index) {
        Word word = words.get(index);
        String norm = word.norm();
        if (!word.arabic() || lexicon.isKnownSurname(norm) || norm.startsWith("و")) {
            return false;
        }
        if (lexicon.isAnyGivenName(norm)) {
            // نائب مساعد الرئيس: a title word that is also a name continues the title when more title follows
            return lexicon.isTitleWord(norm) && index + 1 < words.size()
                    && words.get(index + 1).gap() == Word.Gap.NONE && hasArticle(words.get(index + 1).norm());
        }
        String form = norm;
        if (norm.startsWith("لل") && norm.length() > 3) {
            form = "ا" + norm.substring(1);
        } else if ((norm.startsWith("بال") || norm.startsWith("كال")) && norm.length() > 4) {
            form = norm.substring(1);
        }
        if (form.startsWith("ال") && form.length() > 3) {
            return !lexicon.isKnownSurname(form) && !lexicon.isGenerationSuffix(form);
        }
        if (lexicon.isComplement(form) || lexicon.isModifier(form) || lexicon.isNationality(form)
                || lexicon.isTitle(form) || lexicon.isGroupTitle(form) || lexicon.isPlace(form)) {
            return true;
        }
        if (form.endsWith("ه") && lexicon.isComplement(form.substring(0, form.length() - 1))) {
            return true; // حكومته، دفاعه
        }
        if ((form.charAt(0) == 'ل' || form.charAt(0) == 'ب') && lexicon.isComplement(form.substring(1))) {
            return true; // رئيس المكتب السياسي لحركة حماس
        }
        if ((form.equals("في") || form.equals("لدي")) && index + 1 < words.size()) {
            String next = words.get(index + 1).norm();
            return next.startsWith("ال") || lexicon.isPlace(next);
        }
        return false;
    }

    private static String roleText(String text, Word head, int prefixLetters, int end) {
        int start = head.start() + Word.rawOffset(head.raw(), prefixLetters);
        String role = stripMarks(text.substring(start, end));
        if (prefixLetters > 0 && role.startsWith("ل") && head.norm().startsWith("لل", prefixLetters - 1)) {
            role = "ا" + role;
        }
        return role.replaceAll("\\s+", " ").strip();
    }

    static String stripMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ArabicText.isWordMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean isOrganisationHead(Word word) {
        if (!word.arabic()) {
            return false;
        }
        for (Clitics.Reading reading : Clitics.readings(word.norm())) {
            if (lexicon.isOrgHead(reading.form())) {
                return true;
            }
        }
        return false;
    }

    // ---- names -----------------------------------------------------------------------------------------

    /** The name starting at word j in the given context, or null. */
    private Name readName(List<Word> words, int j, Context context) {
        Word first = words.get(j);
        if (!first.arabic()) {
            return null;
        }
        boolean lenient = context != Context.NONE;
        List<String> tokens = new ArrayList<>();
        int prefix = 0;
        int k;
        boolean given;
        boolean weak = false;
        String form = null;
        for (Clitics.Reading reading : Clitics.readings(first.norm())) {
            if (lenient && reading.letters() > 0) {
                break; // after a title the name carries no clitic; the title did
            }
            String candidate = reading.form();
            boolean compound = (candidate.equals("عبد") || candidate.equals("ابو")) && joinsNext(words, j);
            if (compound || lexicon.isAnyGivenName(candidate)) {
                form = candidate;
                prefix = reading.letters();
                break;
            }
        }
        if (form != null && form.equals("علي") && first.endsWithAlefMaqsura()) {
            form = null; // على, the preposition
        }
        if (form != null && (form.equals("عبد") || form.equals("ابو"))) {
            Word next = words.get(j + 1);
            if (form.equals("ابو") && !lexicon.isAnyGivenName(next.norm())) {
                return null; // أبو ظبي, أبو ديس: places
            }
            tokens.add(form);
            tokens.add(next.norm());
            k = j + 2;
            given = true;
        } else if (form != null) {
            tokens.add(form);
            k = j + 1;
            given = true;
            weak = lexicon.isWeakGivenName(form);
        } else if (lenient && (context != Context.GROUP_TITLE) && isUnknownNameStart(first)) {
            tokens.add(first.norm());
            k = j + 1;
            given = false;
        } else {
            return null;
        }

        int units = 1;
        boolean strongGiven = given && !weak && form != null;
        boolean lastGiven = given;
        String suffix = "";
        boolean secondIsStrong = false;
        while (k < words.size() && tokens.size() < MAX_NAME_WORDS && words.get(k).gap() == Word.Gap.NONE) {
            Word word = words.get(k);
            String norm = word.norm();
            if (!word.arabic()) {
                break;
            }
            if (norm.equals("الله") || norm.equals("الدين") || norm.equals("الاسلام")) {
                tokens.add(norm); // نصر الله، نور الدين: one word written as two
                k++;
                continue;
            }
            if (lexicon.isGenerationSuffix(norm)) {
                suffix = norm;
                k++;
                break;
            }
            if (lexicon.isParticle(norm) && k + 1 < words.size() && words.get(k + 1).gap() == Word.Gap.NONE) {
                if (lexicon.isParticle(words.get(k + 1).norm()) && k + 2 < words.size()
                        && words.get(k + 2).gap() == Word.Gap.NONE && isSurnameWord(words.get(k + 2))) {
                    tokens.add(norm); // فون دير لاين: two particles
                    k++;
                    norm = words.get(k).norm();
                }
                Word next = words.get(k + 1);
                boolean abd = next.norm().equals("عبد") && joinsNext(words, k + 1);
                if (abd || lexicon.isAnyGivenName(next.norm()) || isSurnameWord(next)
                        || norm.equals("ال") && next.arabic()) {
                    tokens.add(norm);
                    tokens.add(next.norm());
                    k += 2;
                    if (abd) {
                        tokens.add(words.get(k).norm());
                        k++;
                    }
                    units++;
                    secondIsStrong = true;
                    lastGiven = false;
                    continue;
                }
                break;
            }
            if (norm.equals("عبد") && joinsNext(words, k) && (units == 1 || lastGiven)) {
                tokens.add(norm);
                tokens.add(words.get(k + 1).norm());
                k += 2;
                units++;
                secondIsStrong = true;
                lastGiven = true;
                continue;
            }
            boolean accept;
            if (units == 1) {
                accept = isSurnameWord(word) || strongGiven && isFamilyName(norm);
            } else {
                // A third word needs more than looking like a name: محمد صلاح هدفين، حسام حسن مديرا
                boolean plain = isSurnameWord(word) && !hasArticle(norm) && !endsWithTanween(word)
                        && !isFutureVerb(norm);
                accept = lexicon.isKnownSurname(norm) || lastGiven && plain && lexicon.isAnyGivenName(norm)
                        || (lastGiven || context == Context.TITLE && units == 2) && plain
                        && endsClause(words, k + 1) // وزير الخارجية الفرنسي جان نويل بارو، ...
                        || lastGiven && plain && !nounEnding(word) && functionWordFollows(words, k + 1);
            }
            if (!accept) {
                break;
            }
            if (units == 1) {
                secondIsStrong = lexicon.isAnyGivenName(norm) || lexicon.isKnownSurname(norm);
            }
            tokens.add(norm);
            units++;
            lastGiven = lexicon.isAnyGivenName(norm);
            k++;
        }

        int strength = units + (suffix.isEmpty() ? 0 : 1);
        if (context == Context.NONE || context == Context.GROUP_TITLE) {
            if (strength < 2 || weak && !secondIsStrong) {
                return null;
            }
        }
        return new Name(k, prefix, List.copyOf(tokens), suffix, units, given);
    }

    /** An indefinite accusative (مديرا، رئيسا): an ordinary word, whatever letters it has. */
    private static boolean endsWithTanween(Word word) {
        String raw = word.raw();
        for (int i = raw.length() - 1; i >= 0 && ArabicText.isWordMark(raw.charAt(i)); i--) {
            if (raw.charAt(i) == '\u064B') {
                return true;
            }
        }
        return false;
    }

    /** سيحضر، ستواصل: the future prefix on an imperfect verb. */
    private static boolean isFutureVerb(String norm) {
        return norm.length() >= 5 && norm.charAt(0) == 'س' && "يتن".indexOf(norm.charAt(1)) >= 0;
    }

    /** Plural, dual and feminine endings of common nouns (هدفين، مسؤولون، إحاطات، ضرورة). */
    private static boolean nounEnding(Word word) {
        String norm = word.norm();
        return word.lastLetter() == 'ة'
                || norm.length() >= 5 && (norm.endsWith("ين") || norm.endsWith("ون") || norm.endsWith("ات"));
    }

    /** كيم جونغ أون على، شي جين بينغ في: a preposition or conjunction closes the name. */
    private static boolean functionWordFollows(List<Word> words, int next) {
        return next < words.size() && words.get(next).gap() == Word.Gap.NONE
                && ArabicText.isStopWord(words.get(next).norm());
    }

    /** Nothing follows the name in its clause: punctuation, the end, or the complementiser of reported speech. */
    private static boolean endsClause(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE) {
            return true;
        }
        String norm = words.get(next).norm();
        return norm.equals("ان") || norm.equals("انه") || norm.equals("انها");
    }

    private static boolean joinsNext(List<Word> words, int j) {
        return j + 1 < words.size() && words.get(j + 1).gap() == Word.Gap.NONE && words.get(j + 1).arabic();
    }

    /** Starts with the article, alone or after a clitic: الرئيس، للصحفيين، بالبيت، والإسرائيلي. */
    static boolean hasArticle(String norm) {
        if (norm.startsWith("ال") || norm.startsWith("لل")) {
            return true;
        }
        if (norm.length() > 3 && "وفبكل".indexOf(norm.charAt(0)) >= 0) {
            return norm.startsWith("ال", 1) || norm.length() > 4 && "بكل".indexOf(norm.charAt(1)) >= 0
                    && norm.startsWith("ال", 2);
        }
        return false;
    }

    /** A word that can follow a given name as (part of) the surname. */
    private boolean isSurnameWord(Word word) {
        String norm = word.norm();
        if (!word.arabic() || norm.length() < 2) {
            return false;
        }
        if (lexicon.isKnownSurname(norm)) {
            return true;
        }
        if (norm.startsWith("ال")) {
            return isNisba(norm);
        }
        if (hasArticle(norm) || lexicon.isNotName(norm) || looksLikeVerb(norm)) {
            return false;
        }
        return !norm.startsWith("و") || lexicon.isAnyGivenName(norm);
    }

    /** التومي، الحلبوسي: family names of relation; nationalities and common adjectives excluded. */
    private boolean isNisba(String norm) {
        return norm.length() >= 5 && norm.endsWith("ي") && !lexicon.isNotName(norm)
                && !lexicon.isNationality(norm);
    }

    /**
     * An Arabic family name with the article after a given name (يحيى السنوار، بشار الأسد): anything but a
     * listed word or a plural or feminine noun.
     */
    private boolean isFamilyName(String norm) {
        if (!norm.startsWith("ال") || norm.length() < 5 || lexicon.isNotName(norm) || lexicon.isNationality(norm)) {
            return false;
        }
        return !(norm.endsWith("ه") || norm.endsWith("ات") || norm.endsWith("ون") || norm.endsWith("ين"));
    }

    /** After a title, a word not in the lexicon is taken as a name only if nothing says it is something else. */
    private boolean isUnknownNameStart(Word word) {
        String norm = word.norm();
        if (norm.length() < 2) {
            return false;
        }
        if (lexicon.isKnownSurname(norm)) {
            return true;
        }
        if (hasArticle(norm) || lexicon.isNotName(norm) || looksLikeVerb(norm)) {
            return false;
        }
        char last = word.lastLetter();
        if (last == 'ة' || last == 'ه' && norm.length() >= 4 || norm.length() >= 5 && norm.endsWith("ات")) {
            return false; // common nouns (ضرورة، إحاطات) and nouns with a pronoun (دعمه، بلاده)
        }
        char c = norm.charAt(0);
        if ((c == 'ي' || c == 'ت') && norm.length() >= 4) {
            return false; // imperfect verbs: يبحث، تؤكد
        }
        if (c == 'و' || c == 'ف') {
            return false; // a conjunction: the next clause, not a name
        }
        if ((c == 'ب' || c == 'ل' || c == 'ك') && norm.length() >= 4) {
            String rest = norm.substring(1);
            return !lexicon.isNotName(rest) && !rest.startsWith("ال") && !rest.endsWith("ه");
        }
        return true;
    }

    /** Verbs from the list, their future forms, and dual or plural imperfects (يبحثان، يؤكدون). */
    private boolean looksLikeVerb(String norm) {
        if (lexicon.isVerb(norm)) {
            return true;
        }
        int n = norm.length();
        char c = norm.charAt(0);
        if (n >= 5 && (c == 'ي' || c == 'ت') && (norm.endsWith("ان") || norm.endsWith("ون") || norm.endsWith("وا"))) {
            return true;
        }
        if (n >= 4 && c == 'س' && (norm.charAt(1) == 'ي' || norm.charAt(1) == 'ت' || norm.charAt(1) == 'ن')
                && lexicon.isVerb("ي" + norm.substring(2))) {
            return true;
        }
        return n >= 6 && norm.startsWith("است");
    }
}

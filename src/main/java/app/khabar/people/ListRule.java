package app.khabar.people;

import static app.khabar.people.WordShapes.isPerfectVerbShape;

import java.util.ArrayList;
import java.util.List;

import app.khabar.arabic.ArabicText;
import app.khabar.people.NameRecognizer.Candidate;
import app.khabar.people.NameRecognizer.Name;
import app.khabar.people.NameRecognizer.Placed;

/**
 * The list-led rule ({@value #ID}): the items of a list that starts with a name are names too (هند صبري، ولطيفة،
 * ونادية الجندي، ومنة شلبي). After the first name the list goes on item by item while:
 * <ul>
 *   <li>the item follows a comma, or is a word of more than three letters written with و;</li>
 *   <li>no title or organisation starts there: a role (، رئيس الحكومة) ends the list;</li>
 *   <li>the item, its و read as the conjunction, is a whole name or a given name alone (ولطيفة،), a definite word
 *       closing it being its family name (ونادية الجندي،), and it ends where the next item starts: a comma, و with
 *       the next item, the end of the clause, a function word, a plural verb whose subject is the list, or a
 *       title.</li>
 * </ul>
 * The same id is served with a name after a list cue (منهم، من بينهم، أبرزهم) or a kinship cue (وعقيلته جويس،
 * ابنتهما سهير), which the {@link NameRecognizer} finds among its other cues and reads as a list's first item; after
 * a kinship cue the name also carries "kin-cue", with the items of comma runs that are mostly names, and with the
 * first item before a run of names joined by و (في رمضان شمبش وإبراهيم زغيد وسعد البدري) that no reader took. The
 * recognizer's name reader reads every item, asking this rule
 * where an item ends and whether the next one is a given name.
 * <p>
 * It reads the words of a story and the lexicon, and asks the {@link NameRecognizer} it serves to read each item and
 * for the word tests the other rules share; the recognizer takes what it finds. Stateless and thread-safe.
 */
final class ListRule {

    /** The rule id served with every name read as an item of a list. */
    static final String ID = "list-led";
    /**
     * How many items of a comma run must be names already read (a lone given name counts) before its other items
     * are read as names too; the run needs one item more, the one left.
     */
    static final int NAMED_ITEMS_OF_A_NAME_LIST = 3;

    /** Titles and given names: what ends an item and what starts the next. */
    private final Lexicon lexicon;
    /** The shared name reader and word tests (a title or an organisation starts, the clause ends). */
    private final NameRecognizer names;
    /** The word tests every rule shares. */
    private final NameWords nameWords;

    ListRule(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
        this.nameWords = names.words();
    }

    /**
     * هند صبري، ولطيفة، ونادية الجندي، ومنة شلبي / ميشال موسى، هاغوب بقرادونيان وكريم كبارة: the items of a list
     * that starts with a name are names too, when each is shaped like one and ends where the next item starts.
     * A role (، رئيس الحكومة) ends the list. Returns the items after the name ending before word i, in order, the
     * last one ending where reading goes on; empty when none follows.
     */
    List<Placed> listItems(String text, List<Word> words, int i) {
        List<Placed> items = new ArrayList<>();
        while (i < words.size() && i > 0) {
            Word word = words.get(i);
            boolean comma = word.gap() == Word.Gap.SOFT && NameWords.commaBefore(text, words, i);
            boolean and = word.gap() == Word.Gap.NONE && word.arabic() && word.norm().length() > 3
                    && word.norm().charAt(0) == 'و';
            if (!comma && !and || names.titleStarts(text, words, i) || nameWords.isOrganisationHead(word)) {
                return items;
            }
            Name item = names.readNameInList(words, i);
            if (item == null) {
                return items;
            }
            items.add(new Placed(i, item));
            i = item.end();
        }
        return items;
    }

    /** {@code وصالح …}: the next word is و and a given name, the next item of a list of names. */
    boolean nextItemIsName(List<Word> words, int next) {
        if (next >= words.size() || words.get(next).gap() != Word.Gap.NONE || !words.get(next).arabic()) {
            return false;
        }
        String norm = words.get(next).norm();
        return norm.length() > 3 && norm.charAt(0) == 'و' && lexicon.isAnyGivenName(norm.substring(1));
    }

    /**
     * كل من إلهام شاهين، ياسمين رئيس، بشرى، تارا عماد، يسرا: in a run of four or more comma-separated items of which
     * at least {@value #NAMED_ITEMS_OF_A_NAME_LIST} and at least half are names already read, an item between two
     * commas (or the last, where the sentence or line ends the run) that the readers left, or read as a given name
     * that is no whole name, is a name too where it is shaped like one: one to three words, none taken, the first a
     * listed given name (its و read as the conjunction) or the last a family nisba, no word a function word or with
     * a case ending, the first no listed verb. A word of it may be a title or a common word (رئيس، بشرى): the list
     * says what it is. Between two items that are names, a lone word no list knows is a name too (حسن الرداد،
     * روجينا، مي عمر): a single name, as artists go by. Returns the items in order.
     */
    List<Placed> itemsOfNameLists(String text, List<Word> words, boolean[] claimed, List<Candidate> candidates) {
        List<Placed> items = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= words.size(); i++) {
            boolean comma = i < words.size() && words.get(i).gap() == Word.Gap.SOFT
                    && NameWords.commaBefore(text, words, i);
            boolean runGoesOn = comma || i < words.size() && words.get(i).gap() == Word.Gap.NONE;
            if (!runGoesOn) {
                items.addAll(leftItems(words, claimed, candidates, runStart, i));
                runStart = i;
            }
        }
        return items;
    }

    /** The items of the comma run over words [from, to) that are names though no reader took them. */
    private List<Placed> leftItems(List<Word> words, boolean[] claimed, List<Candidate> candidates, int from,
                                   int to) {
        List<Integer> bounds = new ArrayList<>(); // where each item starts, then the run's end
        bounds.add(from);
        for (int i = from + 1; i < to; i++) {
            if (words.get(i).gap() == Word.Gap.SOFT) {
                bounds.add(i);
            }
        }
        bounds.add(to);
        int itemCount = bounds.size() - 1;
        if (itemCount < NAMED_ITEMS_OF_A_NAME_LIST + 1) {
            return List.of();
        }
        // the first item may open with the words that announce the list, the last close with what follows it
        int named = 0;
        boolean[] isNamed = new boolean[itemCount];
        for (int n = 0; n < itemCount; n++) {
            int start = bounds.get(n);
            int end = bounds.get(n + 1);
            for (Candidate candidate : candidates) {
                if ((candidate.firstWord() == start || n == 0 && candidate.firstWord() > start)
                        && (candidate.endWord() == end || n == itemCount - 1 && candidate.endWord() < end)
                        && candidate.endWord() <= end) {
                    named++;
                    isNamed[n] = true;
                    break;
                }
            }
        }
        if (named < NAMED_ITEMS_OF_A_NAME_LIST || 2 * named < itemCount) {
            return List.of();
        }
        List<Placed> items = new ArrayList<>();
        // the last item is whole where the run ends with its sentence or line (أمل جمال، نادي حافظ.)
        boolean lastWhole = to == words.size() || words.get(to).gap() == Word.Gap.HARD;
        for (int n = 1; n < (lastWhole ? itemCount : itemCount - 1); n++) {
            int start = bounds.get(n);
            // حسن الرداد، روجينا، مي عمر: a lone word no list knows between two names of the list is a name too
            if (n + 1 < itemCount && isNamed[n - 1] && isNamed[n + 1] && bounds.get(n + 1) == start + 1
                    && isUnknownLoneWord(words, claimed, start)) {
                items.add(new Placed(start, new Name(start + 1, 0, List.of(words.get(start).norm()), "", 1, false)));
                continue;
            }
            Name item = leftItem(words, claimed, candidates, bounds.get(n), bounds.get(n + 1));
            if (item != null) {
                items.add(new Placed(bounds.get(n), item));
            }
        }
        return items;
    }

    /**
     * المتمثلين في رمضان شمبش وإبراهيم زغيد وسعد البدري: two words before a
     * list of names joined by و, of which the readers took two items or more, each opening with و and a listed given
     * name, are the list's first item where they are shaped like a name (the first a listed given name or a word no
     * list knows, the second a surname word, neither common) and something that is no name opens them: the start of a
     * clause, a function word or a word the lists know (الشعراء). Returns the items, in order.
     */
    List<Placed> firstItemsOfConjoinedLists(List<Word> words, boolean[] claimed, List<Candidate> candidates) {
        List<Placed> items = new ArrayList<>();
        for (Candidate second : candidates) {
            int at = second.firstWord();
            if (at < 2 || !opensWithConjoinedGivenName(words, at) || second.tokens().size() < 2) {
                continue;
            }
            boolean third = candidates.stream().anyMatch(candidate -> candidate.firstWord() == second.endWord()
                    && opensWithConjoinedGivenName(words, candidate.firstWord()));
            int start = at - 2;
            if (!third || claimed[start] || claimed[start + 1] || words.get(start + 1).gap() != Word.Gap.NONE
                    || words.get(at).gap() != Word.Gap.NONE || !opensItem(words, start)) {
                continue;
            }
            Word first = words.get(start);
            Word family = words.get(start + 1);
            String given = first.norm();
            boolean givenShaped = lexicon.isAnyGivenName(given)
                    || isUnknownLoneWord(words, claimed, start) && !nameWords.looksLikeVerb(given);
            if (givenShaped && !WordShapes.hasArticle(given) && !given.startsWith("و")
                    && names.isSurnameWord(family) && !lexicon.isCommonWord(family.norm())
                    && !WordShapes.endsWithTanween(family) && !lexicon.isPlace(family.norm())) {
                List<String> tokens = new ArrayList<>();
                lexicon.addNameToken(tokens, given);
                lexicon.addNameToken(tokens, family.norm());
                items.add(new Placed(start, new Name(at, 0, List.copyOf(tokens), "", 2,
                        lexicon.isAnyGivenName(given))));
            }
        }
        return items;
    }

    /** وزياد: و and a listed given name open the word at {@code at}. */
    private boolean opensWithConjoinedGivenName(List<Word> words, int at) {
        String norm = words.get(at).norm();
        return words.get(at).arabic() && norm.length() > 3 && norm.charAt(0) == 'و'
                && lexicon.isAnyGivenName(norm.substring(1)) && !lexicon.isAnyGivenName(norm);
    }

    /** What stands before word {@code at} is no part of a name: a clause's start, a function word, a listed word. */
    private boolean opensItem(List<Word> words, int at) {
        if (at == 0 || words.get(at).gap() != Word.Gap.NONE) {
            return true;
        }
        String before = words.get(at - 1).norm();
        return ArabicText.isStopWord(before) || lexicon.isCommonWord(before) || lexicon.isNotName(before)
                && !lexicon.isAnyGivenName(before);
    }

    /** A word no list knows and no reader took: no function, common or listed word, verb shape or article. */
    private boolean isUnknownLoneWord(List<Word> words, boolean[] claimed, int at) {
        Word word = words.get(at);
        String norm = word.norm();
        return !claimed[at] && word.arabic() && norm.length() >= 4 && !WordShapes.hasArticle(norm)
                && !norm.startsWith("و") && !ArabicText.isStopWord(norm) && !lexicon.isCommonWord(norm)
                && !lexicon.isNotName(norm) && !lexicon.isVerb(norm) && !lexicon.isPlace(norm)
                && !lexicon.isNationality(norm) && !WordShapes.endsWithTanween(word);
    }

    /** The item over words [start, end) where it is shaped like a name, or null. */
    private Name leftItem(List<Word> words, boolean[] claimed, List<Candidate> candidates, int start, int end) {
        if (end - start > 3) {
            return null;
        }
        // ياسمين رئيس، دينا، : a given name a reader took alone, as no whole name (a title before it), is the item
        boolean loneGivenName = candidates.stream().anyMatch(candidate -> candidate.firstWord() == start
                && candidate.endWord() == end && candidate.givenOnly() && !candidate.standsAlone());
        for (int w = start; w < end; w++) {
            Word word = words.get(w);
            if (claimed[w] && !loneGivenName || !word.arabic() || ArabicText.isStopWord(word.norm())
                    || w == start && lexicon.isVerb(word.norm()) || WordShapes.endsWithTanween(word)) {
                return null;
            }
        }
        String first = words.get(start).norm();
        String afterConjunction = nameWords.givenNameAfterConjunction(first);
        boolean conjunction = afterConjunction != null;
        String firstName = conjunction ? afterConjunction : first;
        String last = words.get(end - 1).norm();
        // لقاء الخميسي: a family nisba closing the item, after words without the article that are no title or
        // group, in more than three letters (not رئيس الحزب الشيوعي، قادة الرأي)
        boolean familyNisba = end - start >= 2 && last.startsWith("ال") && last.length() >= 6 && nameWords.isNisba(last)
                && !lexicon.isPlace(last) && !lexicon.isCommonWord(last);
        for (int w = start; w < end - 1 && familyNisba; w++) {
            String norm = w == start ? firstName : words.get(w).norm();
            familyNisba = !norm.startsWith("ال") && !lexicon.isTitle(norm) && !lexicon.isGroupTitle(norm);
        }
        if (!lexicon.isAnyGivenName(firstName) && !familyNisba) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        lexicon.addNameToken(tokens, firstName);
        for (int w = start + 1; w < end; w++) {
            lexicon.addNameToken(tokens, words.get(w).norm());
        }
        return new Name(end, conjunction ? 1 : 0, List.copyOf(tokens), "", end - start,
                lexicon.isAnyGivenName(firstName));
    }

    /**
     * A list item ends where the next starts (a comma, و with the next item), where the clause ends, or before a
     * function word, a preposition's noun, a plural verb or a title.
     */
    boolean endsListItem(List<Word> words, int next) {
        return NameWords.endsClause(words, next)
                || words.get(next).norm().charAt(0) == 'و' && words.get(next).arabic()
                || NameWords.functionWordFollows(words, next)
                // وعلي دايح بالسجن: a preposition's noun after a plain word (فتح الباب لاستقبال: a verb's object)
                || nameWords.prepositionWordFollows(words, next) && !WordShapes.hasArticle(words.get(next - 1).norm())
                // وأيمن وأدهم كانوا: a plural verb whose subject is the list
                || words.get(next).arabic() && words.get(next).norm().endsWith("وا")
                && isPerfectVerbShape(words.get(next).norm())
                || words.get(next).arabic() && lexicon.isTitle(words.get(next).norm()); // وصالح داحا عامل إقليم
    }
}

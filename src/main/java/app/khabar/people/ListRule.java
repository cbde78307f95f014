package app.khabar.people;

import static app.khabar.people.WordShapes.isPerfectVerbShape;

import java.util.ArrayList;
import java.util.List;

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
 * a kinship cue the name also carries "kin-cue". The recognizer's name reader reads every item, asking this rule
 * where an item ends and whether the next one is a given name.
 * <p>
 * It reads the words of a story and the lexicon, and asks the {@link NameRecognizer} it serves to read each item and
 * for the word tests the other rules share; the recognizer takes what it finds. Stateless and thread-safe.
 */
final class ListRule {

    /** The rule id served with every name read as an item of a list. */
    static final String ID = "list-led";

    /** Titles and given names: what ends an item and what starts the next. */
    private final Lexicon lexicon;
    /** The shared name reader and word tests (a title or an organisation starts, the clause ends). */
    private final NameRecognizer names;

    ListRule(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
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
            boolean comma = word.gap() == Word.Gap.SOFT && NameRecognizer.commaBefore(text, words, i);
            boolean and = word.gap() == Word.Gap.NONE && word.arabic() && word.norm().length() > 3
                    && word.norm().charAt(0) == 'و';
            if (!comma && !and || names.titleStarts(text, words, i) || names.isOrganisationHead(word)) {
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

    /** A list item ends where the next starts: a comma, و with the next item, or the end of the clause. */
    boolean endsListItem(List<Word> words, int next) {
        return NameRecognizer.endsClause(words, next)
                || words.get(next).norm().charAt(0) == 'و' && words.get(next).arabic()
                || NameRecognizer.functionWordFollows(words, next)
                // وأيمن وأدهم كانوا: a plural verb whose subject is the list
                || words.get(next).arabic() && words.get(next).norm().endsWith("وا")
                && isPerfectVerbShape(words.get(next).norm())
                || words.get(next).arabic() && lexicon.isTitle(words.get(next).norm()); // وصالح داحا عامل إقليم
    }
}

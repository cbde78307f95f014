package app.khabar.people;

import java.util.List;

import app.khabar.arabic.ArabicText;
import app.khabar.people.NameRecognizer.Name;

/**
 * The organisation-led rule: a role that ends with an organisation (مديرة مؤسسة عبد الحميد شومان، الرئيس التنفيذي
 * لشركة أرامكو السعودية) is followed by the name of the organisation and then, often, by the person who holds the
 * role. The organisation's name is read and claimed by the {@link NameRecognizer} (served as nobody: a person's name
 * inside an organisation's name, rule id "organisation-led", is not a mention); this rule reads what comes after it:
 * up to two of the organisation name's own ordinary words (a brand's word, a nationality: القاهرة الأمريكية،
 * أرامكو السعودية), then a full name of two units at least, which is the role's holder. A single word there is
 * more often the rest of the organisation's name than a person, so it is not read.
 * <p>
 * The person found is placed by the recognizer as a titled name, so it carries the rule id "title-led" and, as its
 * role, the text from the role's first word to the organisation name's last word.
 * <p>
 * It reads the words of a story and the lexicon, and asks the {@link NameRecognizer} it serves to read the name as
 * after a title; the recognizer takes what it finds. Stateless and thread-safe.
 */
final class OrganisationRule {

    /** How many ordinary words of an organisation's name may stand between its head and the person. */
    private static final int MAX_ORGANISATION_NAME_WORDS = 2;

    /** A role holder read at word {@code firstWord}; {@code role} includes the organisation, null without one. */
    record Placed(int firstWord, Name name, String role) {
    }

    private final Lexicon lexicon;
    /** The shared name reader: the person after an organisation is read as a name after a title. */
    private final NameRecognizer names;

    OrganisationRule(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * مديرة مؤسسة عبد الحميد شومان فالنتينا قسيسية: a full name right after an organisation's name, which ends
     * before word {@code i}, is the person the role before the organisation belongs to. {@code roleStart} is where
     * that role starts in the text, or -1 when no role stands before the organisation. Null when no full name
     * follows.
     */
    Placed personAfter(String text, List<Word> words, int i, int roleStart) {
        int k = i;
        while (k < words.size() && k - i < MAX_ORGANISATION_NAME_WORDS && words.get(k).gap() == Word.Gap.NONE
                && words.get(k).arabic() && isOrganisationNameWord(words.get(k).norm())) {
            k++; // جامعة القاهرة الأمريكية، شركة أرامكو السعودية
        }
        if (k >= words.size() || words.get(k).gap() != Word.Gap.NONE) {
            return null;
        }
        Name person = names.readNameAfterTitle(words, k);
        if (person == null || person.units() < 2) {
            return null;
        }
        String role = roleStart < 0 ? null
                : ArabicText.withoutMarks(text.substring(roleStart, words.get(k - 1).end()))
                .replaceAll("\\s+", " ").strip(); // مديرة مؤسسة عبد الحميد شومان: the role with its organisation
        return new Placed(k, person, role);
    }

    /** An ordinary word (a brand's word, a nationality) that may go on an organisation's name, never a given name. */
    private boolean isOrganisationNameWord(String norm) {
        return !lexicon.isAnyGivenName(norm) && (lexicon.isNotName(norm) || lexicon.isNationality(norm));
    }
}

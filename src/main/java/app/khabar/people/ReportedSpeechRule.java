package app.khabar.people;

import java.util.List;
import java.util.Set;

import app.khabar.people.NameRecognizer.Name;

/**
 * The verb-led rule: a verb of reported speech (قال، وأكدت، صرح; lexicon {@code reporting-verbs.txt}) or another
 * word that introduces a named person (بقيادة، برئاسة، الراحل; {@code person-cues.txt}), read with its clitics off,
 * is followed at once by the speaker's name, known to no list or not (وقالت كايا كالاس إن). News names its sources
 * this way more than any other, and many of them are foreign names that only this cue announces.
 * <p>
 * No title vouches for the name, and most words after a verb of speech are no names (وقال مسؤول أمني رفيع إن), so
 * the name is read strictly: an unlisted first word must write a vowel as foreign names do, and the whole name
 * must have two units at least and close its clause, before punctuation, the end, or the complementiser إن/أن.
 * The other items of a list that follows the name are the list-led rule's (وأضاف هيرفي رينارد، وغراهام أرنولد، أن).
 * <p>
 * It reads the words of a story and the lexicon, and asks the {@link NameRecognizer} it serves to read the name;
 * the recognizer takes what it finds. Stateless and thread-safe.
 */
final class ReportedSpeechRule {

    /** The rule id served with every name read after a reporting verb. */
    static final String ID = "verb-led";

    /** الذي، التي، الذين، اللذان: relative pronouns, normalised. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("الذي", "التي", "الذين", "اللذان", "اللذين",
            "اللتان", "اللتين", "اللواتي", "اللاتي");

    private final Lexicon lexicon;
    /** The shared name reader: one definition of a name for all rules. */
    private final NameRecognizer names;
    /** The word tests every rule shares. */
    private final NameWords nameWords;

    ReportedSpeechRule(Lexicon lexicon, NameRecognizer names) {
        this.lexicon = lexicon;
        this.names = names;
        this.nameWords = names.words();
    }

    /** A reading of a word (clitics off) that is a verb of reported speech or a person cue: the rule's cue. */
    boolean isCue(String form) {
        return lexicon.isReportingVerb(form);
    }

    /**
     * The name after the cue at word {@code i}, which starts at word {@code i + 1} with nothing between; null when
     * none follows there.
     */
    Name personAfter(List<Word> words, int i) {
        if (i + 1 >= words.size() || words.get(i + 1).gap() != Word.Gap.NONE) {
            return null;
        }
        return names.readNameAfterReportingVerb(words, i + 1);
    }

    /**
     * Whether a name read after the cue, of the given strength (its units, and one more for a generation suffix)
     * and ending before word {@code end}, is whole: two units at least, closing their clause (وقالت كايا كالاس إن،
     * وقال يوهان فاديفول، وزير), followed by a title in apposition (قال سام ألتمان المؤسس المشارك), by a relative
     * pronoun (خلفا لكمال ماجد الذي) or by the speaker's state in the accusative (وقال نواف سلام ناعيا). Where other
     * words run on, the cue announced no name of its own.
     */
    boolean isWholeName(List<Word> words, int strength, int end) {
        return strength >= 2 && (NameWords.endsClause(words, end) || nameWords.titleFollows(words, end)
                || relativeFollows(words, end) || nameWords.isCircumstantialParticiple(words, end)); // نواف سلام ناعيا
    }

    /** خلفا لعلي بوقرة الذي تم تحويله: a relative pronoun opens a clause about the name before it. */
    private static boolean relativeFollows(List<Word> words, int end) {
        return end < words.size() && words.get(end).gap() == Word.Gap.NONE
                && RELATIVE_PRONOUNS.contains(words.get(end).norm());
    }
}

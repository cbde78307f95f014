package app.khabar.people;

import static app.khabar.people.WordShapes.hasArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import app.khabar.arabic.ArabicText;
import app.khabar.people.NameRecognizer.Name;
import app.khabar.people.NameRecognizer.Placed;

/**
 * The list rules of sports and official pages, which read names from where they stand on a line rather than from
 * a title before them:
 * <ul>
 *   <li>{@value #LINEUP_ID}: a team's line-up, a position from the lexicon's line-up positions (حراسة المرمى، خط
 *       الدفاع) and a colon, then players of one to three words each, to the end of the line;</li>
 *   <li>{@value #ROSTER_ID}: an item of a list of appointments, a line whose first two to five words are a whole
 *       name, closed by a comma and a role (– جالو عمر انجاي، مستشار بديوان الوزير الأول).</li>
 * </ul>
 * It reads the words of a story and the lexicon, and asks the {@link NameRecognizer} it serves for the word-shape
 * tests the other rules share; the recognizer takes what it finds. Stateless and thread-safe.
 */
final class LineupRule {

    /** The rule id served with every player of a line-up. */
    static final String LINEUP_ID = "lineup-list";
    /** The rule id served with every name of a list of appointments. */
    static final String ROSTER_ID = "roster-item";

    /** What may stand before a line's first word: spaces and a list's bullet. */
    private static final Pattern LINE_OPENING = Pattern.compile("[\\s\\-–—•·*]*");
    /** A spaced dash on one line between a list item's name and its country. */
    private static final Pattern DASH_BETWEEN = Pattern.compile("[ \t\u00A0]+[-–—][ \t\u00A0]+");
    /** A list item of appointments names a person in at most so many words (محمد محمود اعل اوبك). */
    private static final int MAX_ROSTER_WORDS = 5;

    private final Lexicon lexicon;
    /** The shared word-shape tests (nisba, family name, verb, surname word, title): one definition for all rules. */
    private final NameRecognizer shapes;
    /** The word tests every rule shares. */
    private final NameWords nameWords;

    LineupRule(Lexicon lexicon, NameRecognizer shapes) {
        this.lexicon = lexicon;
        this.shapes = shapes;
        this.nameWords = shapes.words();
    }

    /**
     * الدفاع: ماتيب، فان دايك، تسيمكاس / - الوسط: جالينو – فرانك كيسيه: a line-up position, a colon, then players of
     * one to three words each, separated by commas, dashes or و, to the end of the line. Every item must look like a
     * name and there must be two at least, or nothing is read. Returns the players in order, the last one ending
     * where reading goes on; empty when word i opens no line-up.
     */
    List<Placed> lineup(String text, List<Word> words, int i) {
        int cue = lexicon.lineupPositionLength(words, i);
        int j = i + cue;
        if (cue == 0 || j >= words.size()) {
            return List.of();
        }
        String afterCue = text.substring(words.get(j - 1).end(), words.get(j).start());
        if (!afterCue.contains(":") || afterCue.contains("\n")) {
            return List.of();
        }
        List<int[]> items = new ArrayList<>(); // first word, end word, letters of a leading و
        int start = j;
        int conjunction = 0;
        for (int k = j; ; k++) {
            boolean last = k + 1 >= words.size();
            String between = last ? "\n" : text.substring(words.get(k).end(), words.get(k + 1).start());
            boolean nextWithAnd = !last && words.get(k + 1).arabic() && words.get(k + 1).norm().length() > 3
                    && words.get(k + 1).norm().charAt(0) == 'و' && !lexicon.isAnyGivenName(words.get(k + 1).norm());
            boolean nextIsAnd = nextWithAnd && between.isBlank();
            boolean separator = !between.contains("\n") && between.matches("\\s*[،,\\-–—]\\s*") || nextIsAnd;
            // the reader may have joined the lines: the next position ends this one's list
            boolean end = last || between.contains("\n") || !between.isBlank() && !separator
                    || lexicon.lineupPositionLength(words, k + 1) > 0;
            if (separator || end) {
                items.add(new int[] {start, k + 1, conjunction});
                if (end) {
                    break;
                }
                start = k + 1;
                conjunction = nextWithAnd ? 1 : 0; // تسيمكاس وجوميز، تسيمكاس، وجوميز
            }
        }
        int after = items.get(items.size() - 1)[1];
        boolean nextPosition = after < words.size() && lexicon.lineupPositionLength(words, after) > 0;
        if (items.size() < 2 && !nextPosition) {
            return List.of(); // حراسة المرمى: ميندي is read when the next position follows it
        }
        List<Placed> players = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            int[] item = items.get(n);
            Name name = lineupItem(words, item[0], item[1], item[2]);
            if (name == null && n == items.size() - 1 && n >= 2 && item[1] >= words.size()) {
                break; // أحمد يحيى، و م: the excerpt cut the last player
            }
            if (name == null) {
                return List.of();
            }
            players.add(new Placed(item[0], name));
        }
        return List.copyOf(players);
    }

    /** One player of a line-up: one to three words that look like a name, none of them a listed ordinary word. */
    private Name lineupItem(List<Word> words, int from, int to, int conjunction) {
        if (to - from < 1 || to - from > 3) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Word word = words.get(k);
            String norm = k == from && conjunction > 0 ? word.norm().substring(1) : word.norm();
            boolean particle = lexicon.isParticle(norm) && k + 1 < to; // فان دايك
            boolean namedItem = lexicon.isAnyGivenName(norm) && to - from >= 2; // علي فائز: not على
            if (!word.arabic() || norm.length() < 2 || lexicon.isClosedClassNotName(norm) && !particle && !namedItem
                    || lexicon.isTitle(norm) && k == from // مروان الصحفي: a family name may be a title word
                    || lexicon.isCommonWord(norm) && !lexicon.isAnyGivenName(norm) && !(k > from && nameWords.isNisba(norm))
                    || nameWords.looksLikeVerb(norm)
                    || hasArticle(norm) && !nameWords.isNisba(norm) && !nameWords.isFamilyName(norm)) {
                return null;
            }
            lexicon.addNameToken(tokens, norm);
        }
        boolean given = lexicon.isAnyGivenName(tokens.get(0));
        return new Name(to, conjunction, List.copyOf(tokens), "", to - from, given);
    }

    /**
     * {@code – أحمد ولد السالك محمد المختار، مستشار بديوان الوزير الأول}: a line (an item of a list of appointments)
     * whose words up to the first comma are a person's whole name, as the role after the comma shows. Two to five
     * words, all of them shaped like a name and one a listed given name; null when the line is not such an item.
     */
    Name rosterItem(String text, List<Word> words, int i) {
        String before = text.substring(i == 0 ? 0 : words.get(i - 1).end(), words.get(i).start());
        int lineStart = before.lastIndexOf('\n');
        if (i > 0 && lineStart < 0 || !LINE_OPENING.matcher(before.substring(lineStart + 1)).matches()) {
            return null; // only the first words of a line (the reader drops a list's bullets)
        }
        int last = i;
        while (last + 1 < words.size() && last - i < MAX_ROSTER_WORDS && words.get(last + 1).gap() == Word.Gap.NONE) {
            last++;
        }
        int count = last - i + 1;
        if (count < 2 || count > MAX_ROSTER_WORDS || last + 1 >= words.size()) {
            return null;
        }
        boolean role = NameWords.commaBefore(text, words, last + 1)
                && nameWords.isBareOrDefiniteTitle(words.get(last + 1));
        boolean country = !role && countryClosesLine(text, words, last + 1);
        if (!role && !country) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        boolean anyGiven = false;
        for (int k = i; k <= last; k++) {
            Word word = words.get(k);
            String norm = word.norm();
            boolean listed = lexicon.isAnyGivenName(norm) || lexicon.isDefiniteGivenName(norm);
            if (!word.arabic() || ArabicText.isStopWord(norm) || k == i && lexicon.isTitle(norm)
                    || !listed && (lexicon.isTitle(norm) || lexicon.isPlace(norm) || lexicon.isNationality(norm)
                    || lexicon.isCommonWord(norm) || nameWords.looksLikeVerb(norm) || WordShapes.isPerfectVerbShape(norm)
                    || !country && !(lexicon.isChainParticle(norm) || lexicon.isParticle(norm)
                    || lexicon.isKnownSurname(norm) || nameWords.isFamilyName(norm) || shapes.isSurnameWord(word)))) {
                return null;
            }
            anyGiven |= listed && !lexicon.isWeakGivenName(norm);
            lexicon.addNameToken(tokens, norm);
        }
        // a list of envoys or players by country (– تيسا كاتابوديس – اليونان): the country vouches for the item
        return anyGiven || country ? new Name(last + 1, 0, List.copyOf(tokens), "", count, anyGiven) : null;
    }

    /**
     * {@code … – اليونان} to the end of the line: a dash, then a listed place of one or two words (كوريا الجنوبية)
     * closing the line, as in a list of people by the country they come from or go to.
     */
    private boolean countryClosesLine(String text, List<Word> words, int place) {
        String between = text.substring(words.get(place - 1).end(), words.get(place).start());
        if (!DASH_BETWEEN.matcher(between).matches() || !lexicon.isPlace(words.get(place).norm())) {
            return false;
        }
        int end = place + 1 < words.size() && words.get(place + 1).gap() == Word.Gap.NONE
                && lexicon.isNationality(words.get(place + 1).norm()) ? place + 2 : place + 1;
        String after = text.substring(words.get(end - 1).end(), end < words.size() ? words.get(end).start()
                : text.length());
        return end >= words.size() || after.contains("\n");
    }
}

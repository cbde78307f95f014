package app.khabar.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.khabar.arabic.ArabicText;
import app.khabar.arabic.Token;
import app.khabar.people.PersonRecord;

/** Finding a person by any spelling: every word of every alias is indexed by its phonetic key. */
public final class PersonSearch {

    private PersonSearch() {
    }

    /** Space-framed phonetic keys of every word of the person's names: {@code " k1 k2 ... "}. */
    static String keysOf(PersonRecord person) {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(wordKeys(person.name()));
        for (String alias : person.aliases()) {
            keys.addAll(wordKeys(alias));
        }
        if (person.nameLatin() != null) {
            keys.addAll(wordKeys(person.nameLatin()));
        }
        return " " + String.join(" ", keys) + " ";
    }

    /**
     * For each word of a query, the keys it may match (as written, and without a clitic prefix: وغالانت finds
     * غالانت). A person matches when every word matches one of its keys.
     */
    public static List<Set<String>> queryKeys(String query) {
        List<Set<String>> words = new java.util.ArrayList<>();
        for (Token token : ArabicText.tokenize(query)) {
            String word = ArabicText.normalize(token.text()).toLowerCase(java.util.Locale.ROOT);
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(ArabicText.phoneticKey(word));
            alternatives.add(ArabicText.phoneticKey(ArabicText.withoutCliticPrefix(word)));
            words.add(alternatives);
        }
        return words;
    }

    private static Set<String> wordKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token token : ArabicText.tokenize(name)) {
            keys.add(ArabicText.phoneticKey(ArabicText.normalize(token.text()).toLowerCase(java.util.Locale.ROOT)));
        }
        return keys;
    }
}

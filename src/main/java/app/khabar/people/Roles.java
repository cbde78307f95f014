package app.khabar.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.khabar.arabic.ArabicText;

/**
 * Role phrases as a UI shows them: one clean phrase per role, the fullest first-seen wording kept, bare or
 * shorter duplicates dropped ("الوزير" or "وزير الدفاع" next to "وزير الدفاع الأمريكي").
 */
final class Roles {

    private Roles() {
    }

    /** One raw role phrase → its clean form, or null when nothing is left. */
    static String clean(String role, Lexicon lexicon) {
        if (role == null) {
            return null;
        }
        String s = ArabicText.withoutMarks(role).replaceAll("[\\s\u00A0]+", " ").strip();
        s = s.replaceAll("^[\"'«»“”„‘’(\\[]+", "").replaceAll("[\\s\"'«»“”„‘’)\\]،,.:;؛!?؟-]+$", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        while (words.size() > 1 && lexicon.isRoleHonorific(norm(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && lexicon.isRoleHonorific(norm(words.get(0))) && isHonorificOnlyStart(words)) {
            words.remove(0); // السيد وزير الخارجية: the honorific, then the role
        }
        String out = String.join(" ", words);
        return out.equals("د") ? "د." : out;
    }

    private static boolean isHonorificOnlyStart(List<String> words) {
        String second = norm(words.get(1));
        return !second.startsWith("ال") && !second.equals("د");
    }

    /**
     * A role phrase that glues two roles (رئيس لجنة التحكيم الكاتب التونسي): split before a definite title head
     * that follows a definite word, as a new phrase starts there.
     */
    static List<String> split(String role, Lexicon lexicon) {
        if (role == null) {
            return List.of();
        }
        String[] words = role.split(" ");
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            String w = norm(words[i]);
            String prev = norm(words[i - 1]);
            if (w.startsWith("ال") && lexicon.isTitle(w) && !lexicon.isGroupTitle(w)
                    && (prev.startsWith("ال") || lexicon.isNationality(prev)) && !lexicon.isModifier(w)
                    && !lexicon.isTitle(prev)) {
                parts.add(String.join(" ", Arrays.copyOfRange(words, start, i)));
                start = i;
            }
        }
        parts.add(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        return parts;
    }

    /** The roles of one mention or person, in order: clean, no duplicates, no generic or shorter wording. */
    static List<String> tidy(Collection<String> roles, Lexicon lexicon) {
        Set<String> clean = new LinkedHashSet<>();
        for (String role : roles) {
            String c = clean(role, lexicon);
            if (c != null) {
                clean.add(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (String role : clean) {
            boolean drop = false;
            String key = key(role);
            for (String other : clean) {
                if (other.equals(role)) {
                    continue;
                }
                String otherKey = key(other);
                if (lexicon.isGenericRole(norm(role)) && !lexicon.isGenericRole(norm(other)) || otherKey.length() > key.length()
                        && (otherKey.startsWith(key + " ") || otherKey.endsWith(" " + key))) {
                    drop = true;
                    break;
                }
            }
            if (!drop) {
                out.add(role);
            }
        }
        return out;
    }

    /** Normalised, the article of the first word dropped: الوزير ~ وزير الدفاع. */
    private static String key(String role) {
        String n = norm(role);
        return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n;
    }

    private static String norm(String s) {
        return ArabicText.normalize(s);
    }
}

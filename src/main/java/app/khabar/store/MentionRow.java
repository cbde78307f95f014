package app.khabar.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's presence in a story, with the person. Spans are offsets: start,end,sentenceStart,sentenceEnd;
 * {@code spanRules} holds, span by span, the ids of the rules that found it.
 */
public record MentionRow(long storyId, int count, List<String> surfaceForms, List<String> roles, int[][] spans,
                         List<List<String>> spanRules, PersonRow person) {

    static int[][] decodeSpans(String encoded) {
        if (encoded.isEmpty()) {
            return new int[0][];
        }
        String[] parts = encoded.split(";");
        int[][] spans = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] numbers = parts[i].split(",");
            spans[i] = new int[] {Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]),
                    Integer.parseInt(numbers[2]), Integer.parseInt(numbers[3])};
        }
        return spans;
    }

    static List<List<String>> decodeRules(String encoded) {
        if (encoded.isEmpty()) {
            return List.of();
        }
        List<List<String>> rules = new ArrayList<>();
        for (String part : encoded.split(";")) {
            String[] fields = part.split(",", -1);
            rules.add(fields.length < 5 || fields[4].isEmpty() ? List.of() : List.of(fields[4].split("\\+")));
        }
        return rules;
    }
}

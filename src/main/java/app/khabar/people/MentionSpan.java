package app.khabar.people;

import java.util.List;

/**
 * One mention: the exact text, {@code text.substring(start, end)} of the story text, its sentence, and the ids of
 * the recognition and resolution rules that found it.
 */
public record MentionSpan(String text, int start, int end, String sentence, List<String> rules) {

    public MentionSpan {
        rules = List.copyOf(rules);
    }
}

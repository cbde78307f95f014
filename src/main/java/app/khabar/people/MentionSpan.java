package app.khabar.people;

/** One mention: the exact text, {@code text.substring(start, end)} of the story text, and its sentence. */
public record MentionSpan(String text, int start, int end, String sentence) {
}

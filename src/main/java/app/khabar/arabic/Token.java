package app.khabar.arabic;

/** A word of a text and where it is: {@code text.substring(start, end)}. */
public record Token(String text, int start, int end) {
}

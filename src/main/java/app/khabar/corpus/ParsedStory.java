package app.khabar.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One story as read from a page, noise removed.
 *
 * @param ordinal position on the page, 0 for the MAIN story
 */
public record ParsedStory(int ordinal, StoryKind kind, String title, boolean titleDerived, LocalDate publishedAt,
                          List<String> paragraphs, List<String> sources, List<String> tags) {

    public ParsedStory {
        paragraphs = List.copyOf(paragraphs);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    /**
     * The text every character offset of the story refers to: the headline (unless it was derived from the
     * body, where it already is) and then the paragraphs, one per line.
     */
    public String text() {
        return composeText(title, titleDerived, paragraphs);
    }

    public static String composeText(String title, boolean titleDerived, List<String> paragraphs) {
        if (titleDerived || title.isEmpty()) {
            return String.join("\n", paragraphs);
        }
        if (paragraphs.isEmpty()) {
            return title;
        }
        return title + "\n" + String.join("\n", paragraphs);
    }
}

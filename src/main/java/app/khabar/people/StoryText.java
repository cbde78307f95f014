package app.khabar.people;

/**
 * A story's text handed to people extraction.
 *
 * @param storyKey caller's key of the story, returned in {@link StoryMention#storyKey()}
 * @param pageKey  key of the page the story belongs to (stories of one page share context)
 * @param text     the text every offset refers to
 */
public record StoryText(String storyKey, String pageKey, String text) {
}

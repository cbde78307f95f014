package app.khabar.people;

import java.util.List;

/** A person's presence in one story. */
public record StoryMention(String storyKey, String personKey, List<String> surfaceForms, List<String> roles,
                           List<MentionSpan> spans) {

    public StoryMention {
        surfaceForms = List.copyOf(surfaceForms);
        roles = List.copyOf(roles);
        spans = List.copyOf(spans);
    }

    public int count() {
        return spans.size();
    }
}

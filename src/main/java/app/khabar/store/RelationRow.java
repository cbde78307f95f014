package app.khabar.store;

import java.util.List;

/** An edge from a story to a related story, with the related story. */
public record RelationRow(long storyId, double score, List<String> reasons, List<Long> sharedPersonIds,
                          StoryRow related) {
}

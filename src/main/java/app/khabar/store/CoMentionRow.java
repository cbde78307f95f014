package app.khabar.store;

/** A person mentioned with another in {@code sharedStories} stories. */
public record CoMentionRow(long personId, int sharedStories, PersonRow other) {
}

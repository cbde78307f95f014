package app.khabar.related;

/** Why two stories are related. */
public enum RelationReason {
    SAME_PAGE,
    SHARED_PEOPLE,
    SIMILAR_TEXT,
    SAME_STORY
}

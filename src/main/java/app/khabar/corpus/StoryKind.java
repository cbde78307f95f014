package app.khabar.corpus;

/** What part of a page a story came from. */
public enum StoryKind {
    /** The page's own article. */
    MAIN,
    /** A full story the page embeds (after "read also" and similar markers). */
    EMBEDDED,
    /** A linked headline with no body. */
    TEASER
}

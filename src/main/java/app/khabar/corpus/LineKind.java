package app.khabar.corpus;

/** What a line of a raw page is, judged on the line alone. */
enum LineKind {
    /** {@code تاريخ النشر: ...}. */
    DATE,
    /** {@code المصدر: ...} in any of its spellings. */
    SOURCE,
    /** {@code كلمات دلالية: ...}. */
    TAGS,
    /** "Read also" and similar markers; text glued after the marker is kept as the line's payload. */
    READ_ALSO,
    /** A header above a list of linked headlines ({@code مقالات مشابهة}). */
    TEASER_LIST,
    /** Comment forms, counters, social prompts, copyright: dropped. */
    NOISE,
    /** A byline such as {@code زنقة20| علي التومي}: kept with the story body. */
    BYLINE,
    /** One or two words with no closing punctuation outside any label: tag residue, menu items. Dropped. */
    FRAGMENT,
    /** Short, no closing punctuation: may be a headline. */
    HEADLINE_LIKE,
    /** Anything else: story body. */
    BODY
}

package app.khabar.corpus;

/** What a line of a raw page is, judged on the line alone; its role in the page is decided by {@link PageReader}. */
enum LineKind {
    /** A date or time line: {@code تاريخ النشر: ...}, {@code السبت 5 تشرين الأول 2024}, {@code منذ 3 ساعات}. */
    DATE,
    /** {@code المصدر: ...} in any of its spellings. */
    SOURCE,
    /** {@code كلمات دلالية: ...}. */
    TAGS,
    /** "Read also" and similar markers; text glued after the marker is kept as the line's payload. */
    READ_ALSO,
    /** A header above a list of linked headlines ({@code مقالات مشابهة}, {@code الأكثر قراءة}). */
    TEASER_LIST,
    /** Comment forms, counters, social and app prompts, copyright, mastheads, images, tickers: dropped. */
    NOISE,
    /** A byline or dateline such as {@code زنقة20| علي التومي} or {@code دمشق – نورث برس}: kept with the story body. */
    BYLINE,
    /** One or two words with no closing punctuation, or a short line in another script: menu items, tags, logos. */
    FRAGMENT,
    /** Three to 25 words, not ending like a statement (a question mark may end it): may be a headline. */
    HEADLINE_LIKE,
    /** Anything else: story body. */
    BODY
}

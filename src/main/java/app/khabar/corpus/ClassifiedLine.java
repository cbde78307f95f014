package app.khabar.corpus;

/**
 * A cleaned line of a page and what it is.
 *
 * @param payload the part that matters: the value after a label (source, tags, date) or the text glued
 *                to a "read also" marker; the whole line otherwise
 * @param bulleted the line started with a list bullet
 */
record ClassifiedLine(LineKind kind, String text, String payload, boolean bulleted) {

    ClassifiedLine asBulleted() {
        return new ClassifiedLine(kind, text, payload, true);
    }
}

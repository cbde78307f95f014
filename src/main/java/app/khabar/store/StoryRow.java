package app.khabar.store;

import java.time.LocalDate;
import java.util.List;

import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;

/**
 * A story as the API reads it: a projection, never a managed entity. The body is not part of it: lists of stories
 * rarely show it, and reading it is the costly part of a row ({@link GraphReads#bodiesOf}).
 */
public record StoryRow(long id, String storyKey, long pageId, StoryKind kind, String title, boolean titleDerived,
                       LocalDate publishedAt, List<String> sources, List<String> tags, int listRank) {

    static final String SELECT = "select s.id, s.storyKey, s.page.id, s.kind, s.title, s.titleDerived, "
            + "s.publishedAt, s.sources, s.tags, s.listRank";

    @SuppressWarnings("unchecked")
    static StoryRow of(Object[] row, int at) {
        return new StoryRow((Long) row[at], (String) row[at + 1], (Long) row[at + 2], (StoryKind) row[at + 3],
                (String) row[at + 4], (Boolean) row[at + 5], (LocalDate) row[at + 6], (List<String>) row[at + 7],
                (List<String>) row[at + 8], (Integer) row[at + 9]);
    }

    static final int COLUMNS = 10;

    /** The text mention offsets refer to, given the story's paragraphs. */
    public String text(List<String> paragraphs) {
        return ParsedStory.composeText(title, titleDerived, paragraphs);
    }
}

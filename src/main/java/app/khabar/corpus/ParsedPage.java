package app.khabar.corpus;

import java.util.List;

/**
 * A corpus file read into stories.
 *
 * @param contentHash SHA-256 of the file's bytes, hex; identifies the page across restarts
 * @param warnings    what reading noticed and worked around
 */
public record ParsedPage(String fileName, String contentHash, List<ParsedStory> stories, List<String> warnings) {

    public ParsedPage {
        stories = List.copyOf(stories);
        warnings = List.copyOf(warnings);
    }
}

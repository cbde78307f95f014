package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IngestionReport")
@Description("What the last corpus load did.")
public class IngestionReport {

    private final int pagesLoaded;
    private final int storiesLoaded;
    private final List<SkippedFileReport> skippedFiles;
    private final int durationMs;

    IngestionReport(int pagesLoaded, int storiesLoaded, List<SkippedFileReport> skippedFiles, long durationMs) {
        this.pagesLoaded = pagesLoaded;
        this.storiesLoaded = storiesLoaded;
        this.skippedFiles = skippedFiles;
        this.durationMs = (int) Math.min(Integer.MAX_VALUE, durationMs);
    }

    @Description("Pages loaded into the database.")
    public int getPagesLoaded() {
        return pagesLoaded;
    }

    @Description("Stories (all kinds) loaded.")
    public int getStoriesLoaded() {
        return storiesLoaded;
    }

    @NonNull
    @Description("Files that could not be loaded, and why; the rest of the corpus still loads.")
    public List<@NonNull SkippedFileReport> getSkippedFiles() {
        return skippedFiles;
    }

    @Description("Wall-clock time of the load.")
    public int getDurationMs() {
        return durationMs;
    }
}

package app.khabar.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SkippedFile")
public class SkippedFileReport {

    private final String fileName;
    private final String reason;

    SkippedFileReport(String fileName, String reason) {
        this.fileName = fileName;
        this.reason = reason;
    }

    @NonNull
    public String getFileName() {
        return fileName;
    }

    @NonNull
    public String getReason() {
        return reason;
    }
}

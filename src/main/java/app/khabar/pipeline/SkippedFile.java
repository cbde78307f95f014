package app.khabar.pipeline;

/** A corpus file that was not loaded, and why. */
public record SkippedFile(String fileName, String reason) {
}

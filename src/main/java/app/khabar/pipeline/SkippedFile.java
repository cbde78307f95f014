package app.khabar.pipeline;

/**
 * A corpus file that was not loaded, the stage that gave up on it and why.
 *
 * @param reason what operators read in {@code ingestion.skippedFiles} and the log; it names the stage when the file
 *               was dropped because a stage threw
 */
public record SkippedFile(String fileName, Stage stage, String reason) {

    /** A file a stage threw on: the stage, the exception's class and message. */
    public static SkippedFile failed(String fileName, Stage stage, Throwable failure) {
        return new SkippedFile(fileName, stage, stage.label() + " failed: " + describe(failure));
    }

    /** Whether a stage threw on the file, as opposed to refusing it for a stated reason (empty, duplicate...). */
    public boolean failedWithException() {
        return reason.startsWith(stage.label() + " failed: ");
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage() + where(root);
    }

    /** The innermost frame of our own code, so a bug report can point at the line without the log's stack trace. */
    private static String where(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("app.khabar.")) {
                String className = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return " (at " + className + "." + frame.getMethodName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }
}

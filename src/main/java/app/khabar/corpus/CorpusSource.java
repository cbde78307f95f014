package app.khabar.corpus;

import java.io.IOException;
import java.util.List;

/** Where the corpus files come from: the seeds packaged in the application, or a folder. */
public interface CorpusSource {

    /** File names in a stable order. */
    List<String> fileNames() throws IOException;

    /** One file's bytes; refuses files it cannot or should not read, with the reason. */
    byte[] read(String fileName) throws UnreadablePageException;

    /** For logs and reports: where the files are. */
    String description();
}

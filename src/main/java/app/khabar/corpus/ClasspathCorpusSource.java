package app.khabar.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seed corpus packaged in the application under {@code /seeds/}. A native image cannot list a classpath folder,
 * so the build writes {@code /seeds/INDEX} with one file name per line.
 */
public final class ClasspathCorpusSource implements CorpusSource {

    static final String ROOT = "/seeds/";

    @Override
    public List<String> fileNames() throws IOException {
        try (InputStream index = getClass().getResourceAsStream(ROOT + "INDEX")) {
            if (index == null) {
                throw new IOException("the packaged corpus has no index (" + ROOT + "INDEX); rebuild the application");
            }
            return new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .sorted()
                    .toList();
        }
    }

    @Override
    public byte[] read(String fileName) throws UnreadablePageException {
        try (InputStream in = getClass().getResourceAsStream(ROOT + fileName)) {
            if (in == null) {
                throw new UnreadablePageException("listed in the corpus index but not packaged");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UnreadablePageException("cannot read: " + e.getMessage());
        }
    }

    @Override
    public String description() {
        return "packaged seeds (classpath " + ROOT + ")";
    }
}

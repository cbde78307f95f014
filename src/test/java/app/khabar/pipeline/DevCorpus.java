package app.khabar.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.corpus.UnreadablePageException;

/** The 30 real dev pages, whole or without some files. */
public final class DevCorpus {

    public static final Path PAGES = Path.of("src/test/resources/dev/pages");

    private DevCorpus() {
    }

    public static CorpusSource all() {
        return new DirectoryCorpusSource(PAGES, 10L << 20);
    }

    public static CorpusSource without(String fileName) {
        CorpusSource all = all();
        return new CorpusSource() {
            @Override
            public List<String> fileNames() throws IOException {
                return all.fileNames().stream().filter(name -> !name.equals(fileName)).toList();
            }

            @Override
            public byte[] read(String name) throws UnreadablePageException {
                return all.read(name);
            }

            @Override
            public String description() {
                return all.description() + " without " + fileName;
            }
        };
    }
}

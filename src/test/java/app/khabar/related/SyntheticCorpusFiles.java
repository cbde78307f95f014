package app.khabar.related;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;

/**
 * Writes a {@link SyntheticCorpus} of N pages recombined from the seeds as {@code *.txt} files, for
 * {@code scripts/bench-pg.sh}: {@code SyntheticCorpusFiles SEEDS_DIR OUT_DIR PAGES}.
 */
public final class SyntheticCorpusFiles {

    private SyntheticCorpusFiles() {
    }

    public static void main(String[] args) throws IOException, UnreadablePageException {
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int pages = Integer.parseInt(args[2]);
        PageReader reader = PageReader.fromClasspath();
        DirectoryCorpusSource seedSource = new DirectoryCorpusSource(seeds, Long.MAX_VALUE);
        List<ParsedPage> seedPages = new ArrayList<>();
        for (String name : seedSource.fileNames()) {
            seedPages.add(reader.read(name, seedSource.read(name)));
        }
        Files.createDirectories(out);
        List<byte[]> files = new SyntheticCorpus(seedPages).pages(pages, 42);
        for (int f = 0; f < files.size(); f++) {
            Files.write(out.resolve(String.format("%06d.txt", f)), files.get(f));
        }
        System.out.printf("wrote %d pages to %s%n", files.size(), out);
    }
}

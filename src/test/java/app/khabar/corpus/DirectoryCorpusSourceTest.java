package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration mistakes stop startup with the path named; file-level problems skip one file only. */
class DirectoryCorpusSourceTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderOrAFileIsAConfigurationMistakeNamingThePath() throws Exception {
        Path missing = dir.resolve("nope");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DirectoryCorpusSource(missing, 100));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains(missing.toString()));
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DirectoryCorpusSource(file, 100))
                .getMessage().contains("not a folder"));
    }

    @Test
    void anEmptyFolderIsAnEmptyCorpus() throws Exception {
        assertEquals(List.of(), new DirectoryCorpusSource(dir, 100).fileNames());
    }

    @Test
    void onlyTxtFilesInNameOrderAndOversizedFilesRefused() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a".repeat(200));
        Files.writeString(dir.resolve("notes.md"), "ignored");
        Files.createDirectory(dir.resolve("sub.txt"));
        DirectoryCorpusSource source = new DirectoryCorpusSource(dir, 100);
        assertEquals(List.of("a.txt", "b.txt"), source.fileNames());
        assertTrue(assertThrows(UnreadablePageException.class, () -> source.read("a.txt")).getMessage()
                .contains("too large"));
        assertEquals("b", new String(source.read("b.txt")));
    }
}

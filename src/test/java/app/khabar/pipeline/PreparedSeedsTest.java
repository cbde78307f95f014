package app.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.khabar.corpus.ClasspathCorpusSource;
import app.khabar.corpus.DirectoryCorpusSource;

/**
 * The model the build prepared of the seeds is the model run-time extraction makes of them: what a start on the
 * seeds stores is what it stored when it read them itself. And the codec gives back exactly what it was given.
 */
class PreparedSeedsTest {

    @Test
    void thePreparedSeedsAreWhatExtractionMakesOfThem() throws IOException {
        ModelCodec.Prepared prepared;
        try (InputStream in = PreparedSeeds.class.getResourceAsStream(PreparedSeeds.RESOURCE)) {
            assertNotNull(in, "the build writes " + PreparedSeeds.RESOURCE + " (process-classes)");
            prepared = ModelCodec.read(in);
        }
        CorpusModel extracted = CorpusPipeline.standard(PreparedSeeds.RELATED_PER_STORY).run(new ClasspathCorpusSource());
        assertEquals(5, prepared.model().pages().size());
        assertEquals(extracted, prepared.model());
        // the packaged seeds are also the files of seeds/ in the repository
        CorpusModel fromFolder = CorpusPipeline.standard(PreparedSeeds.RELATED_PER_STORY)
                .run(new DirectoryCorpusSource(Path.of("seeds"), 10L << 20));
        assertEquals(fromFolder, prepared.model());
        assertEquals(PreparedSeeds.searchTexts(extracted), prepared.searchTexts());
        assertEquals(27, prepared.searchTexts().size());
        assertEquals(ExtractorVersion.current(), prepared.header().extractorVersion());
        assertEquals(CorpusFingerprint.of(new ClasspathCorpusSource()), prepared.header().corpusFingerprint());
        assertEquals(Optional.of(prepared.header().corpusFingerprint()), PreparedSeeds.fingerprint());
        assertEquals(CorpusFingerprint.of(new DirectoryCorpusSource(Path.of("seeds"), 10L << 20)),
                prepared.header().corpusFingerprint(), "the same files in a folder have the same fingerprint");
        assertEquals(Optional.of(extracted),
                PreparedSeeds.load(PreparedSeeds.RELATED_PER_STORY).map(ModelCodec.Prepared::model));
        assertEquals(Optional.empty(), PreparedSeeds.load(PreparedSeeds.RELATED_PER_STORY + 1),
                "another number of related stories is extracted at run time");
    }

    @Test
    void theCodecGivesBackTheModelItWasGiven() throws IOException {
        CorpusModel model = CorpusPipeline.standard(10).run(DevCorpus.all());
        assertTrue(model.pages().size() >= 30 && !model.people().mentions().isEmpty());
        ModelCodec.Header header = new ModelCodec.Header("v", 10, "f");
        byte[] bytes = write(header, model);
        ModelCodec.Prepared read = ModelCodec.read(new ByteArrayInputStream(bytes));
        assertEquals(header, read.header());
        assertEquals(model, read.model());
        assertArrayEquals(bytes, write(header, read.model()), "the same model always gives the same bytes");
    }

    @Test
    void theExtractorVersionNamesTheRulesAndTheWordLists() {
        assertTrue(ExtractorVersion.current().matches("rules-" + ExtractorVersion.RULES + "\\+[0-9a-f]{16}"),
                ExtractorVersion.current());
    }

    private static byte[] write(ModelCodec.Header header, CorpusModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelCodec.write(header, model, out);
        return out.toByteArray();
    }
}

package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The five seed pages against the reference annotation, scored like shared/eval/score.py. */
class SeedPeopleTest {

    private static final Path SEEDS = Path.of("seeds");
    @Test
    void wholeFileAsOneStory() {
        assertMeetsBar(gold(), wholeFiles(), Extractors.FULL);
    }

    /** Every line its own story, as teasers are: surnames must resolve through the page. */
    @Test
    void everyLineAsOneStory() {
        assertMeetsBar(gold(), lines(), Extractors.FULL);
    }

    /** The curated list of well-known people only adds Latin names: the seeds score the same without it. */
    @Test
    void withoutTheListOfKnownPeople() {
        assertMeetsBar(gold(), wholeFiles(), Extractors.WITHOUT_KNOWN_PEOPLE);
        assertMeetsBar(gold(), lines(), Extractors.WITHOUT_KNOWN_PEOPLE);
    }

    private static List<StoryText> wholeFiles() {
        List<StoryText> stories = new ArrayList<>();
        for (String file : gold().keySet()) {
            stories.add(new StoryText(file + "#0", file, read(file)));
        }
        return stories;
    }

    private static List<StoryText> lines() {
        List<StoryText> stories = new ArrayList<>();
        for (String file : gold().keySet()) {
            int n = 0;
            for (String line : read(file).split("\n")) {
                if (!line.isBlank()) {
                    stories.add(new StoryText(file + "#" + n++, file, line));
                }
            }
        }
        return stories;
    }

    private static void assertMeetsBar(Map<String, PeopleScore.FileGold> gold, List<StoryText> stories,
                                       PeopleExtractor extractor) {
        CorpusPeople people = extractor.extract(stories);
        PeopleScore.Result result = PeopleScore.score(gold, people, key -> key.substring(0, key.indexOf('#')));
        result.messages().forEach(System.out::println);
        System.out.println(result);
        assertTrue(result.f1() >= 0.97, "people F1 " + result);
        assertEquals(0, result.falseMerges(), "false merges " + result);
        assertEquals(0, result.splits(), "split persons " + result);
        assertEquals(16, result.goldMatched(), "gold people found " + result);
        SpanChecks.assertSpansConsistent(stories, people);
    }

    private static Map<String, PeopleScore.FileGold> gold() {
        try (InputStream in = SeedPeopleTest.class.getResourceAsStream("/seeds-gold.json")) {
            return PeopleScore.readGold(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

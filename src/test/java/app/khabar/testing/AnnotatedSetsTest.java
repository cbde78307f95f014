package app.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The annotated page sets are data the people and story bars rest on: every surface form and headline of a gold
 * file must stand verbatim in its page, every page must be annotated and listed with its address, every person id
 * used must be defined, and an id shared by several sets must name the same person in each.
 */
class AnnotatedSetsTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final List<String> SETS = List.of("dev", "dev2", "holdout", "holdout2", "holdout3", "holdout4",
            "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
            "holdout11", "holdout12", "holdout13", "holdout14", "holdout15",
            "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
            "holdout21", "holdout22", "holdout23", "holdout24", "holdout25",
            "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37",
            "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44",
            "holdout45", "holdout46", "holdout47", "holdout48", "holdout49",
            "holdout50", "holdout51", "holdout52", "holdout53",
            "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59",
            "holdout60", "holdout61", "holdout62", "holdout63",
            "holdout64", "holdout65", "holdout66", "holdout67", "holdout68",
            "holdout69", "holdout70", "holdout71", "holdout72", "holdout73",
            "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81",
            "holdout82", "holdout83", "holdout84", "holdout85", "holdout86",
            "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92",
            "holdout93", "holdout94", "holdout95", "holdout96",
            "holdout97", "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103", "holdout104",
            "holdout105", "holdout106", "holdout107", "holdout108",
            "holdout109", "holdout110", "holdout111", "holdout112",
            "holdout113", "holdout114", "holdout115", "holdout116",
            "holdout117", "holdout118", "holdout119", "holdout120",
            "holdout121", "holdout122", "holdout125", "holdout129",
            "holdout130", "holdout131", "holdout132", "holdout133",
            "holdout134", "holdout135", "holdout136", "holdout137",
            "holdout138", "holdout139",
            "holdout140", "holdout141");

    @Test
    void everyAnnotationStandsInItsPage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String set : SETS) {
            problems.addAll(check(set));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sharedIdsNameTheSamePersonInEverySet() throws IOException {
        Map<String, String> names = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String set : SETS) {
            for (Map.Entry<String, Object> person : people(gold(set)).entrySet()) {
                String name = (String) map(person.getValue()).get("name");
                String before = names.putIfAbsent(person.getKey(), name);
                if (before != null && !before.equals(name)) {
                    problems.add(set + ": " + person.getKey() + " is " + name + ", elsewhere " + before);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> check(String set) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Object> gold = gold(set);
        Map<String, Object> files = map(gold.get("files"));
        Path pages = RESOURCES.resolve(set).resolve("pages");
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> list = Files.list(pages)) {
            list.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        assertEquals(onDisk, new TreeSet<>(files.keySet()), set + ": every page annotated, every annotation a page");
        TreeSet<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(RESOURCES.resolve(set).resolve("sources.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                listed.add(line.split("\t", 2)[0]);
            }
        }
        assertEquals(onDisk, listed, set + ": every page listed in sources.tsv");
        Map<String, Object> people = people(gold);
        for (Map.Entry<String, Object> file : files.entrySet()) {
            String text = Files.readString(pages.resolve(file.getKey()), StandardCharsets.UTF_8);
            Map<String, Object> annotation = map(file.getValue());
            for (Map.Entry<String, Object> mention : map(annotation.get("mentions")).entrySet()) {
                if (!people.containsKey(mention.getKey())) {
                    problems.add(set + "/" + file.getKey() + ": undefined person id " + mention.getKey());
                }
                for (Object form : (List<?>) mention.getValue()) {
                    if (!text.contains((String) form)) {
                        problems.add(set + "/" + file.getKey() + ": form not in the page: " + form);
                    }
                }
            }
            Object optional = annotation.get("optional");
            if (optional instanceof List<?> forms) {
                for (Object form : forms) {
                    if (!text.contains((String) form)) {
                        problems.add(set + "/" + file.getKey() + ": optional form not in the page: " + form);
                    }
                }
            }
            String withoutLinks = text.replaceAll("(?:https?://|www\\.)[\\x21-\\x7E]+", ""); // links split lines
            List<?> stories = (List<?>) annotation.get("stories");
            assertTrue(stories != null && !stories.isEmpty(), set + "/" + file.getKey() + ": at least one story");
            for (Object story : stories) {
                Object title = map(story).get("title");
                if (title instanceof String t && !t.isEmpty() && !t.contains("[") && !text.contains(t)
                        && !withoutLinks.contains(t)) {
                    problems.add(set + "/" + file.getKey() + ": headline not in the page: " + t);
                }
            }
        }
        return problems;
    }

    private static Map<String, Object> gold(String set) throws IOException {
        return map(MiniJson.parse(Files.readString(RESOURCES.resolve(set).resolve("gold.json"),
                StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> people(Map<String, Object> gold) {
        return map(gold.get("people"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

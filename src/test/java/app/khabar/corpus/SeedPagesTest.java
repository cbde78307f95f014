package app.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The seed pages against the reference annotation (test resource seeds-gold.json): stories, kinds, titles, dates. */
class SeedPagesTest {

    private static final PageReader READER = PageReader.fromClasspath();

    record GoldStory(String kind, String title) {
    }

    record GoldFile(String published, List<GoldStory> stories) {
    }

    @Test
    void everySeedPageSplitsIntoTheAnnotatedStories() throws Exception {
        for (Map.Entry<String, GoldFile> gold : gold().entrySet()) {
            ParsedPage page = READER.read(gold.getKey(), PageReaderTest.seed(gold.getKey()));
            List<GoldStory> expected = gold.getValue().stories();
            assertEquals(expected.size(), page.stories().size(), gold.getKey() + " story count");
            for (int i = 0; i < expected.size(); i++) {
                ParsedStory story = page.stories().get(i);
                assertEquals(expected.get(i).kind().toUpperCase(), story.kind().name(), gold.getKey() + " #" + i);
                if (expected.get(i).title() != null) {
                    assertEquals(expected.get(i).title(), story.title(), gold.getKey() + " #" + i);
                } else {
                    assertTrue(story.titleDerived(), gold.getKey() + " #" + i + " has no headline");
                    assertFalse(story.title().isBlank());
                }
            }
            String published = gold.getValue().published();
            assertEquals(published == null ? null : LocalDate.parse(published), page.stories().get(0).publishedAt(),
                    gold.getKey() + " date");
        }
    }

    @Test
    void sourcesInAllTheirSpellingsAndTags() throws Exception {
        ParsedPage p002 = READER.read("002", PageReaderTest.seed("002_b91ee82fcd84a4d3.txt"));
        assertEquals(List.of("الجزيرة + وكالات", "صحيفة المرصد الليبية"), p002.stories().get(0).sources());
        ParsedPage p003 = READER.read("003", PageReaderTest.seed("003_380e3a2f51e7f576.txt"));
        assertEquals(List.of("الخليج الجديد"), p003.stories().get(0).sources());
        assertTrue(p003.stories().get(0).tags().containsAll(List.of("غالانت", "بلينكن", "غزة")));
    }

    @Test
    void commentFormsAndFootersNeverReachStoryText() throws Exception {
        ParsedPage p002 = READER.read("002", PageReaderTest.seed("002_b91ee82fcd84a4d3.txt"));
        for (ParsedStory story : p002.stories()) {
            for (String noise : List.of("تابع قناتنا", "المشاهدات", "تعليقاتكم", "حقوق النشر", "رمز التحقق")) {
                assertFalse(story.text().contains(noise), story.title() + " keeps noise: " + noise);
            }
        }
        assertEquals(2, p002.stories().get(1).paragraphs().size());
    }

    /** A small reader for the annotation's shape, so the test needs no JSON library. */
    static Map<String, GoldFile> gold() throws IOException {
        String json;
        try (InputStream in = SeedPagesTest.class.getResourceAsStream("/seeds-gold.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, GoldFile> files = new java.util.TreeMap<>();
        Matcher file = Pattern.compile("\"(\\d{3}_[0-9a-f]+\\.txt)\":\\s*\\{\\s*\"published\":\\s*(null|\"[0-9-]+\"),"
                + "\\s*\"stories\":\\s*\\[(.*?)\\n\\s*\\]", Pattern.DOTALL).matcher(json);
        Pattern story = Pattern.compile("\\{\"kind\":\\s*\"(\\w+)\",\\s*\"title\":\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")\\}");
        while (file.find()) {
            List<GoldStory> stories = new ArrayList<>();
            Matcher s = story.matcher(file.group(3));
            while (s.find()) {
                stories.add(new GoldStory(s.group(1), s.group(3) == null ? null : s.group(3).replace("\\\"", "\"")));
            }
            String published = file.group(2).equals("null") ? null : file.group(2).replace("\"", "");
            files.put(file.group(1), new GoldFile(published, stories));
        }
        assertEquals(5, files.size(), "annotation files");
        return files;
    }
}

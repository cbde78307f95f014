package app.khabar.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import app.khabar.testing.MiniJson;

/**
 * Story counts and headlines of a folder of pages against an annotation, scored as the evaluation script scores
 * them: a page counts when it has the annotated number of stories; an annotated headline counts when one of the
 * page's stories carries it (after normalisation). Reads both the dev gold ({@code files[f].stories} as a list,
 * titles with a [bracketed] note not compared) and the reader holdout ({@code files[f].stories} as a number and
 * {@code files[f].title} for the main story).
 */
final class StorySplitScore {

    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    int pages;
    int storiesOk;
    int titles;
    int titlesOk;
    final List<String> misses = new ArrayList<>();

    @SuppressWarnings("unchecked")
    static StorySplitScore score(Path pagesDir, Path goldFile) throws IOException {
        Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(Files.readString(goldFile,
                StandardCharsets.UTF_8));
        Map<String, Object> files = (Map<String, Object>) gold.get("files");
        PageReader reader = PageReader.fromClasspath();
        StorySplitScore score = new StorySplitScore();
        for (Map.Entry<String, Object> entry : files.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> file = (Map<String, Object>) entry.getValue();
            int expectedStories;
            List<String> expectedTitles = new ArrayList<>();
            if (file.get("stories") instanceof List<?> stories) {
                expectedStories = stories.size();
                for (Object story : stories) {
                    Object title = ((Map<String, Object>) story).get("title");
                    if (title instanceof String t && !t.isEmpty() && !t.contains("[")) {
                        expectedTitles.add(t);
                    }
                }
            } else {
                expectedStories = ((Number) file.get("stories")).intValue();
                if (file.get("title") instanceof String t) {
                    expectedTitles.add(t);
                }
            }
            List<ParsedStory> read;
            try {
                read = reader.read(name, Files.readAllBytes(pagesDir.resolve(name))).stories();
            } catch (UnreadablePageException e) {
                read = List.of();
            }
            score.pages++;
            if (read.size() == expectedStories) {
                score.storiesOk++;
            } else {
                score.misses.add(name + ": " + read.size() + " stories, annotation has " + expectedStories);
            }
            Set<String> served = new HashSet<>();
            read.forEach(s -> served.add(titleKey(s.title())));
            for (String title : expectedTitles) {
                score.titles++;
                if (served.contains(titleKey(title))) {
                    score.titlesOk++;
                } else {
                    score.misses.add(name + ": no story titled «" + title + "»; main is «"
                            + (read.isEmpty() ? "" : read.get(0).title()) + "»");
                }
            }
        }
        return score;
    }

    /** The evaluation script's comparison: diacritics and letter variants folded, punctuation dropped. */
    static String titleKey(String title) {
        String s = DIACRITICS.matcher(title == null ? "" : title).replaceAll("");
        s = s.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
        s = String.join(" ", s.strip().split("\\s+"));
        return s.replaceAll("[^\\p{L}\\p{N}_ ]", "").strip();
    }

    String summary() {
        return "stories " + storiesOk + "/" + pages + " titles " + titlesOk + "/" + titles;
    }

    public static void main(String[] args) throws IOException {
        StorySplitScore score = score(Path.of(args[0]), Path.of(args[1]));
        score.misses.forEach(System.out::println);
        System.out.println(score.summary());
    }
}

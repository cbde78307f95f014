package app.khabar.people;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusPipeline;

/**
 * Scores the people of many annotated sets in one JVM, for reading misses between changes:
 * {@code ScoreSets OUT_DIR ROOT SET...} writes OUT_DIR/SET.txt (each miss with the page text around it, and a last
 * line starting SUMMARY). The sealed sets get their figures only, never their misses. Not part of the test suite.
 */
public final class ScoreSets {

    private static final Set<String> SEALED = Set.of("holdout4", "holdout6", "holdout12", "holdout13");
    private static final Pattern FILE_MESSAGE = Pattern.compile("^([^:]+\\.txt): (missed \\S+ \\[(.*)]|not a person in the annotation: \\[(.*)] by \\[.*])$");

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ScoreSets OUT_DIR ROOT SET...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path root = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            String set = args[i];
            Path folder = root.resolve(set);
            CorpusModel model = CorpusPipeline.standard(10)
                    .run(new DirectoryCorpusSource(folder.resolve("pages"), 10L << 20));
            Map<String, PeopleScore.FileGold> gold = PeopleScore.readGold(
                    Files.readString(folder.resolve("gold.json"), StandardCharsets.UTF_8));
            PeopleScore.Result result = PeopleScore.score(gold, model.people(), PeopleScore.fileOfStory(model));
            try (PrintWriter report = new PrintWriter(Files.newBufferedWriter(out.resolve(set + ".txt")))) {
                model.skipped().forEach(s -> report.println("skipped " + s.fileName() + ": " + s.reason()));
                if (!SEALED.contains(set)) {
                    for (String message : result.messages()) {
                        report.println(message);
                        String context = context(folder.resolve("pages"), message);
                        if (context != null) {
                            report.println("    « " + context + " »");
                        }
                    }
                }
                String summary = String.format("SUMMARY %s tp=%d fp=%d fn=%d F1=%.3f oneId=%d/%d falseMerges=%d",
                        set, result.tp(), result.fp(), result.fn(), result.f1(), result.oneId(), result.goldMatched(),
                        result.falseMerges());
                report.println(summary);
                System.out.println(summary);
            }
        }
    }

    /** The page text around the first occurrence of one of the message's forms. */
    private static String context(Path pages, String message) throws IOException {
        Matcher m = FILE_MESSAGE.matcher(message);
        if (!m.matches()) {
            return null;
        }
        String raw = Files.readString(pages.resolve(m.group(1)), StandardCharsets.UTF_8);
        String normalised = PeopleScore.norm(raw);
        String forms = m.group(3) != null ? m.group(3) : m.group(4);
        for (String form : List.of(forms.split(", "))) {
            // the form as the page prints it, else as the scorer normalised it (predicted forms are normalised)
            String text = raw.contains(form) ? raw : normalised;
            int at = text.indexOf(raw.contains(form) ? form : PeopleScore.norm(form));
            if (at >= 0) {
                int from = Math.max(0, at - 50);
                int to = Math.min(text.length(), at + form.length() + 50);
                return text.substring(from, to).replace('\n', '/');
            }
        }
        return null;
    }
}

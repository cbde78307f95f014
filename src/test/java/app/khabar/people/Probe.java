package app.khabar.people;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints the names found in each line of standard input, with the rules that found them, by the full extractor and by
 * the rules alone: {@code Probe} reads one sentence per line. A development aid for reading misses; not a test.
 */
public final class Probe {

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            System.out.println("» " + line);
            print("full ", Extractors.FULL, line, n);
            print("rules", Extractors.RULES_ALONE, line, n++);
        }
    }

    private static void print(String label, PeopleExtractor extractor, String line, int n) {
        CorpusPeople people = extractor.extract(List.of(new StoryText("probe#" + n, "probe", line)));
        StringBuilder out = new StringBuilder("  " + label + ":");
        for (StoryMention mention : people.mentions()) {
            for (MentionSpan span : mention.spans()) {
                String key = mention.personKey();
                out.append(" ").append(key.substring(Math.max(0, key.length() - 4))).append("[").append(span.text()).append("] ").append(String.join("+", span.rules())).append(';');
            }
        }
        System.out.println(out);
    }
}

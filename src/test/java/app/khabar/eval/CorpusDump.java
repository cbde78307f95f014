package app.khabar.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.corpus.ParsedStory;
import app.khabar.people.PersonRecord;
import app.khabar.people.StoryMention;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusPipeline;

/**
 * Runs the pure pipeline over a folder and writes what the service would answer to the scoring query (pages,
 * stories, people), so a corpus can be scored in seconds without starting the service. Used by
 * {@code scripts/score-folder.sh}; not part of the test suite.
 */
public final class CorpusDump {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusDump PAGES_DIR OUT.json");
            System.exit(2);
        }
        CorpusModel model = CorpusPipeline.standard(10)
                .run(new DirectoryCorpusSource(Path.of(args[0]), 10L << 20));
        model.skipped().forEach(s -> System.err.println("skipped " + s.fileName() + ": " + s.reason()));
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write(toJson(model));
        }
    }

    static String toJson(CorpusModel model) {
        Map<String, PersonRecord> persons = new HashMap<>();
        model.people().persons().forEach(p -> persons.put(p.key(), p));
        Map<String, List<StoryMention>> byStory = new HashMap<>();
        model.people().mentions().forEach(m -> byStory.computeIfAbsent(m.storyKey(), k -> new ArrayList<>()).add(m));
        StringBuilder json = new StringBuilder("{\"data\":{\"pages\":{\"pageInfo\":{\"hasNextPage\":false},\"nodes\":[");
        String pageSep = "";
        for (CorpusModel.KeyedPage keyed : model.pages()) {
            json.append(pageSep).append("{\"fileName\":").append(quote(keyed.page().fileName())).append(",\"stories\":[");
            pageSep = ",";
            String storySep = "";
            for (ParsedStory story : keyed.page().stories()) {
                json.append(storySep).append("{\"kind\":").append(quote(story.kind().name()))
                        .append(",\"title\":").append(quote(story.title())).append(",\"people\":[");
                storySep = ",";
                String mentionSep = "";
                for (StoryMention mention : byStory.getOrDefault(keyed.storyKey(story.ordinal()), List.of())) {
                    PersonRecord person = persons.get(mention.personKey());
                    json.append(mentionSep).append("{\"surfaceForms\":").append(array(mention.surfaceForms()))
                            .append(",\"person\":{\"id\":").append(quote(person.key()))
                            .append(",\"name\":").append(quote(person.name()))
                            .append(",\"aliases\":").append(array(person.aliases())).append("}");
                    json.append(",\"rules\":").append(array(mention.spans().stream()
                            .map(span -> String.join("+", span.rules())).toList())).append("}");
                    mentionSep = ",";
                }
                json.append("]}");
            }
            json.append("]}");
        }
        return json.append("]}}}").toString();
    }

    private static String array(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(values.get(i)));
        }
        return out.append(']').toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

package app.khabar.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Prints how each page of a folder is read: every line's class, then the stories. A development aid, not a test. */
public final class PageDebug {

    public static void main(String[] args) throws Exception {
        PageReader reader = PageReader.fromClasspath();
        LineClassifier classifier = LineClassifier.fromClasspath();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                if (args.length > 1 && !file.getFileName().toString().contains(args[1])) {
                    continue;
                }
                System.out.println("=== " + file.getFileName());
                byte[] bytes = Files.readAllBytes(file);
                String text = PageDecoder.decode(bytes);
                for (String raw : text.split("\\R")) {
                    String line = PageReader.clean(raw);
                    if (!line.isEmpty()) {
                        ClassifiedLine c = classifier.classify(line);
                        System.out.printf("  %-13s %s%n", c.kind(), line.length() > 110 ? line.substring(0, 110) + "…" : line);
                    }
                }
                try {
                    for (ParsedStory s : reader.read(file.getFileName().toString(), bytes).stories()) {
                        System.out.printf(" -> %s%s «%s» (%d paragraphs)%n", s.kind(), s.titleDerived() ? " derived" : "",
                                s.title(), s.paragraphs().size());
                        for (var paragraph : s.paragraphs()) {
                            String shown = String.valueOf(paragraph);
                            System.out.println("      | " + (shown.length() > 100 ? shown.substring(0, 100) + "…" : shown));
                        }
                    }
                } catch (UnreadablePageException e) {
                    System.out.println(" -> unreadable: " + e.getMessage());
                }
            }
        }
    }
}

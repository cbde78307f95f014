package app.khabar.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The page reader on random and mutated pages: it never throws anything but {@link UnreadablePageException}, and
 * the text of a story is never lost.
 */
class PageReaderPropertiesTest {

    private static final PageReader READER = PageReader.fromClasspath();
    private static final List<String> WORDS = List.of("الحكومة", "أعلنت", "وزير", "الخارجية", "المحادثات", "غزة",
            "القاهرة", "الاتفاق", "مصدر", "مسؤول", "الأمن", "الجيش", "المدنيين", "بيروت", "اليوم", "الأسبوع",
            "المقبل", "اجتماع", "قرار", "المجلس", "التصويت", "الولايات", "المتحدة", "روسيا", "أوكرانيا", "النفط");
    private static final List<String> NOISE = List.of("اقرأ أيضاً:", "إقرأ أيضاًعنوان", "مقالات مشابهة", "• ",
            "المصدر: وكالة", "كلمات دلالية: غزة", "تاريخ النشر: 1st, November 2024 GMT", "طباعة", "©", "|", "\r",
            "\uFEFF", "\u0000", "  ", "\t", "...", "الاسم : * | |");

    @Provide
    Arbitrary<String> sentence() {
        return Arbitraries.of(WORDS).list().ofMinSize(6).ofMaxSize(30)
                .map(words -> String.join(" ", words) + ".");
    }

    @Provide
    Arbitrary<String> headline() {
        return Arbitraries.of(WORDS).list().ofMinSize(4).ofMaxSize(12).map(words -> String.join(" ", words));
    }

    /** A headline and its paragraphs, then more embedded stories: every paragraph must come back. */
    @Property(tries = 300)
    void bodyParagraphsAreNeverLost(@ForAll("stories") List<List<String>> stories) throws Exception {
        StringBuilder page = new StringBuilder();
        List<String> paragraphs = new ArrayList<>();
        for (List<String> story : stories) {
            for (String line : story) {
                page.append(line).append('\n');
            }
            paragraphs.addAll(story.subList(1, story.size()));
        }
        ParsedPage parsed = READER.read("p.txt", page.toString().getBytes(StandardCharsets.UTF_8));
        String all = String.join("\n", parsed.stories().stream().map(ParsedStory::text).toList());
        for (String paragraph : paragraphs) {
            if (!all.contains(paragraph)) {
                throw new AssertionError("lost «" + paragraph + "» from:\n" + page);
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> stories() {
        Arbitrary<List<String>> story = Combinators.combine(headline(), sentence().list().ofMinSize(1).ofMaxSize(4))
                .as((title, body) -> {
                    List<String> lines = new ArrayList<>();
                    lines.add(title);
                    lines.addAll(body);
                    return lines;
                });
        return story.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Lines spliced, duplicated, glued and cut at random: reading ends in a page or a reasoned refusal. */
    @Property(tries = 500)
    void mutatedPagesNeverBreakTheReader(@ForAll("stories") List<List<String>> stories,
                                         @ForAll("mutations") List<Integer> mutations) {
        List<String> lines = new ArrayList<>();
        stories.forEach(lines::addAll);
        for (int i = 0; i + 1 < mutations.size(); i += 2) {
            int at = Math.floorMod(mutations.get(i), Math.max(1, lines.size()));
            int what = Math.floorMod(mutations.get(i + 1), 5);
            switch (what) {
                case 0 -> lines.add(at, NOISE.get(Math.floorMod(mutations.get(i + 1), NOISE.size())));
                case 1 -> lines.set(at, lines.get(at) + NOISE.get(Math.floorMod(mutations.get(i), NOISE.size())));
                case 2 -> lines.add(at, lines.get(at));
                case 3 -> lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2));
                default -> {
                    if (lines.size() > 1) {
                        lines.remove(at);
                    }
                }
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        try {
            ParsedPage page = READER.read("m.txt", bytes);
            for (ParsedStory story : page.stories()) {
                if (story.title() == null || story.paragraphs().stream().anyMatch(String::isBlank)) {
                    throw new AssertionError("blank title or paragraph in " + story);
                }
            }
        } catch (UnreadablePageException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why");
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> mutations() {
        return Arbitraries.integers().list().ofMinSize(0).ofMaxSize(20);
    }

    /** Random bytes: a page or a refusal with a reason, never an exception. */
    @Property(tries = 500)
    void randomBytesNeverBreakTheReader(@ForAll byte[] bytes) {
        try {
            READER.read("r.txt", bytes);
        } catch (UnreadablePageException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why");
            }
        }
    }
}

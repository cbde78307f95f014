package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Invariants every extraction result must keep, whatever it found. */
final class SpanChecks {

    private SpanChecks() {
    }

    static void assertSpansConsistent(List<StoryText> stories, CorpusPeople people) {
        Map<String, String> texts = new HashMap<>();
        stories.forEach(s -> texts.put(s.storyKey(), s.text()));
        Set<String> keys = new HashSet<>();
        people.persons().forEach(p -> assertTrue(keys.add(p.key()), "duplicate key " + p.key()));
        for (StoryMention mention : people.mentions()) {
            String text = texts.get(mention.storyKey());
            assertTrue(keys.contains(mention.personKey()), "unknown person " + mention.personKey());
            assertFalse(mention.spans().isEmpty());
            for (MentionSpan span : mention.spans()) {
                assertEquals(text.substring(span.start(), span.end()), span.text());
                assertTrue(mention.surfaceForms().contains(span.text()));
                assertTrue(span.sentence().contains(span.text()), span.sentence() + " / " + span.text());
            }
        }
    }
}

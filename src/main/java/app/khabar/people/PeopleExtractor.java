package app.khabar.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people of a corpus of Arabic news stories and resolves them across stories and pages.
 * Immutable and thread-safe: every call to {@link #extract} works on its own state.
 */
public final class PeopleExtractor {

    private final Lexicon lexicon;
    private final NameRecognizer recognizer;

    PeopleExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.recognizer = new NameRecognizer(lexicon);
    }

    /** Loads the lexicons from {@code /lexicon/*.txt} on the classpath (file names are listed explicitly). */
    public static PeopleExtractor fromClasspath() {
        return new PeopleExtractor(Lexicon.fromClasspath());
    }

    /**
     * One {@link PersonRecord} per person of the corpus (ordered by first appearance) and one
     * {@link StoryMention} per story and person (story input order, then first occurrence).
     */
    public CorpusPeople extract(List<StoryText> stories) {
        List<NameRecognizer.Recognition> recognitions = new ArrayList<>(stories.size());
        for (StoryText story : stories) {
            recognitions.add(recognizer.recognise(story.text()));
        }
        return new PersonResolver(lexicon, stories, recognitions).resolve();
    }
}

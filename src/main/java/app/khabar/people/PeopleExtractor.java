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
    private final PersonTagger tagger;

    PeopleExtractor(Lexicon lexicon) {
        this(lexicon, PersonTagger.fromClasspath(lexicon));
    }

    /** @param tagger adds the sure names the rules have no cue for; {@code null}: the rules alone */
    PeopleExtractor(Lexicon lexicon, PersonTagger tagger) {
        this.lexicon = lexicon;
        this.recognizer = new NameRecognizer(lexicon);
        this.tagger = tagger;
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
        List<RecognisedStory> recognised = new ArrayList<>(stories.size());
        for (StoryText story : stories) {
            recognised.add(recognise(story));
        }
        return resolve(recognised);
    }

    /** The per-story half: the names one story's text holds, before any resolution across stories. */
    public RecognisedStory recognise(StoryText story) {
        NameRecognizer.Recognition recognition = recognizer.recognise(story.text());
        if (tagger != null) {
            tagger.addNames(story.text(), recognition, recognizer, lexicon);
            recognizer.continueListsAfterLearnedNames(story.text(), recognition);
        }
        recognizer.readLeftItemsOfNameLists(story.text(), recognition);
        recognizer.joinAdjacentHalves(recognition);
        return new RecognisedStory(story, recognition);
    }

    /** The corpus-wide half: names of every story resolved to persons. */
    public CorpusPeople resolve(List<RecognisedStory> recognised) {
        List<StoryText> stories = new ArrayList<>(recognised.size());
        List<NameRecognizer.Recognition> recognitions = new ArrayList<>(recognised.size());
        for (RecognisedStory story : recognised) {
            stories.add(story.story());
            // resolution marks the words it claims: it works on a copy, so resolving again gives the same answer
            NameRecognizer.Recognition recognition = story.recognition();
            recognitions.add(new NameRecognizer.Recognition(recognition.words(), recognition.claimed().clone(),
                    recognition.candidates()));
        }
        return new PersonResolver(lexicon, stories, recognitions).resolve();
    }

    /** One story's recognised names; opaque outside this package. */
    public static final class RecognisedStory {
        private final StoryText story;
        private final NameRecognizer.Recognition recognition;

        RecognisedStory(StoryText story, NameRecognizer.Recognition recognition) {
            this.story = story;
            this.recognition = recognition;
        }

        public StoryText story() {
            return story;
        }

        NameRecognizer.Recognition recognition() {
            return recognition;
        }
    }
}

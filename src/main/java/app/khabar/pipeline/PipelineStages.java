package app.khabar.pipeline;

import java.util.List;

import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PeopleExtractor;
import app.khabar.people.PeopleExtractor.RecognisedStory;
import app.khabar.people.StoryText;
import app.khabar.related.RelatedInput;
import app.khabar.related.RelatednessBuilder;
import app.khabar.related.Relation;

/**
 * The work {@link CorpusPipeline} guards, one method per step. The pipeline decides what runs per page and what
 * runs corpus-wide, and what happens when a step throws; an implementation only does the work (tests wrap the
 * standard one to make a step fail on a chosen page).
 */
public interface PipelineStages {

    /** One file's bytes to a page. */
    ParsedPage read(String fileName, byte[] content) throws UnreadablePageException;

    /** The names one story holds (per story). */
    RecognisedStory recognise(StoryText story);

    /** Names of every story resolved to persons (corpus-wide). */
    CorpusPeople resolve(List<RecognisedStory> stories);

    /** The most related stories of each story (corpus-wide). */
    List<Relation> relate(List<RelatedInput> stories);

    static PipelineStages standard(int relatedPerStory) {
        PageReader reader = PageReader.fromClasspath();
        PeopleExtractor people = PeopleExtractor.fromClasspath();
        RelatednessBuilder relatedness = new RelatednessBuilder(relatedPerStory);
        return new PipelineStages() {
            @Override
            public ParsedPage read(String fileName, byte[] content) throws UnreadablePageException {
                return reader.read(fileName, content);
            }

            @Override
            public RecognisedStory recognise(StoryText story) {
                return people.recognise(story);
            }

            @Override
            public CorpusPeople resolve(List<RecognisedStory> stories) {
                return people.resolve(stories);
            }

            @Override
            public List<Relation> relate(List<RelatedInput> stories) {
                return relatedness.build(stories);
            }
        };
    }
}

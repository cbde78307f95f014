package app.khabar.pipeline;

import java.util.List;

import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PeopleExtractor.RecognisedStory;
import app.khabar.people.StoryText;
import app.khabar.related.RelatedInput;
import app.khabar.related.Relation;

/** Stages that do what {@code delegate} does; a test overrides the step it watches or changes. */
public class ForwardingStages implements PipelineStages {

    private final PipelineStages delegate;

    public ForwardingStages(PipelineStages delegate) {
        this.delegate = delegate;
    }

    @Override
    public ParsedPage read(String fileName, byte[] content) throws UnreadablePageException {
        return delegate.read(fileName, content);
    }

    @Override
    public RecognisedStory recognise(StoryText story) {
        return delegate.recognise(story);
    }

    @Override
    public CorpusPeople resolve(List<RecognisedStory> stories) {
        return delegate.resolve(stories);
    }

    @Override
    public List<Relation> relate(List<RelatedInput> stories) {
        return delegate.relate(stories);
    }
}

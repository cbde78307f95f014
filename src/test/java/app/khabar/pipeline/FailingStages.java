package app.khabar.pipeline;

import java.util.List;

import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PeopleExtractor.RecognisedStory;
import app.khabar.people.StoryText;
import app.khabar.related.RelatedInput;
import app.khabar.related.Relation;

/**
 * The standard stages, except that one stage throws whenever the chosen file's page is among its input: as a bug
 * triggered by that page's content would.
 */
public final class FailingStages extends ForwardingStages {

    /** The step that fails; resolution and relatedness fail on any input that holds the page. */
    public enum Step { READ, RECOGNISE, RESOLVE, RELATE }

    public static final String MESSAGE = "injected failure";
    private static final PipelineStages STANDARD = PipelineStages.standard(10);

    private final Step failing;
    private final String fileName;
    private final String pageKey;

    /** @param pageKey the chosen file's page key (what recognition, resolution and relatedness see of it) */
    public FailingStages(Step failing, String fileName, String pageKey) {
        super(STANDARD);
        this.failing = failing;
        this.fileName = fileName;
        this.pageKey = pageKey;
    }

    @Override
    public ParsedPage read(String name, byte[] content) throws UnreadablePageException {
        failIf(Step.READ, name.equals(fileName));
        return super.read(name, content);
    }

    @Override
    public RecognisedStory recognise(StoryText story) {
        failIf(Step.RECOGNISE, story.pageKey().equals(pageKey));
        return super.recognise(story);
    }

    @Override
    public CorpusPeople resolve(List<RecognisedStory> stories) {
        failIf(Step.RESOLVE, stories.stream().anyMatch(s -> s.story().pageKey().equals(pageKey)));
        return super.resolve(stories);
    }

    @Override
    public List<Relation> relate(List<RelatedInput> stories) {
        failIf(Step.RELATE, stories.stream().anyMatch(s -> s.pageKey().equals(pageKey)));
        return super.relate(stories);
    }

    private void failIf(Step step, boolean chosenPageInvolved) {
        if (step == failing && chosenPageInvolved) {
            throw new IllegalStateException(MESSAGE + " in " + step);
        }
    }
}

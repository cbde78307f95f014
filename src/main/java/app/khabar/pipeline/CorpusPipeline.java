package app.khabar.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.khabar.corpus.CorpusSource;
import app.khabar.corpus.PageReader;
import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.corpus.UnreadablePageException;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PeopleExtractor;
import app.khabar.people.StoryMention;
import app.khabar.people.StoryText;
import app.khabar.related.RelatedInput;
import app.khabar.related.RelatednessBuilder;
import app.khabar.related.Relation;

/**
 * Corpus files to a {@link CorpusModel}: read pages, find people, relate stories. Plain Java and deterministic; a
 * file that fails is recorded as skipped and never affects the others.
 */
public final class CorpusPipeline {

    private final PageReader pageReader;
    private final PeopleExtractor peopleExtractor;
    private final RelatednessBuilder relatedness;

    public CorpusPipeline(PageReader pageReader, PeopleExtractor peopleExtractor, RelatednessBuilder relatedness) {
        this.pageReader = pageReader;
        this.peopleExtractor = peopleExtractor;
        this.relatedness = relatedness;
    }

    public static CorpusPipeline standard(int relatedPerStory) {
        return new CorpusPipeline(PageReader.fromClasspath(), PeopleExtractor.fromClasspath(),
                new RelatednessBuilder(relatedPerStory));
    }

    public CorpusModel run(CorpusSource source) throws IOException {
        List<CorpusModel.KeyedPage> pages = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, String> fileByHash = new HashMap<>();
        for (String fileName : source.fileNames()) {
            try {
                ParsedPage page = pageReader.read(fileName, source.read(fileName));
                String earlier = fileByHash.putIfAbsent(page.contentHash(), fileName);
                if (earlier != null) {
                    skipped.add(new SkippedFile(fileName, "same content as " + earlier + ", loaded once"));
                    continue;
                }
                pages.add(new CorpusModel.KeyedPage(pageKey(page), page));
            } catch (UnreadablePageException e) {
                skipped.add(new SkippedFile(fileName, e.getMessage()));
            } catch (RuntimeException e) {
                // a reader bug on one odd page must not cost the rest of the corpus
                skipped.add(new SkippedFile(fileName, "could not be read: " + e));
            }
        }
        return relate(pages, skipped);
    }

    /** People and relations for pages already read. */
    public CorpusModel relate(List<CorpusModel.KeyedPage> pages, List<SkippedFile> skipped) {
        CorpusPeople people = people(pages);
        List<Relation> relations = relatedness.build(relatedInputs(pages, people));
        return new CorpusModel(pages, people, relations, skipped);
    }

    /** Everyone in the pages, resolved across the whole corpus. */
    public CorpusPeople people(List<CorpusModel.KeyedPage> pages) {
        List<StoryText> texts = new ArrayList<>();
        for (CorpusModel.KeyedPage keyed : pages) {
            for (ParsedStory story : keyed.page().stories()) {
                texts.add(new StoryText(keyed.storyKey(story.ordinal()), keyed.key(), story.text()));
            }
        }
        return peopleExtractor.extract(texts);
    }

    /** What relatedness needs of each story. */
    public static List<RelatedInput> relatedInputs(List<CorpusModel.KeyedPage> pages, CorpusPeople people) {
        Map<String, Set<String>> peopleByStory = new HashMap<>();
        for (StoryMention mention : people.mentions()) {
            peopleByStory.computeIfAbsent(mention.storyKey(), k -> new HashSet<>()).add(mention.personKey());
        }
        List<RelatedInput> inputs = new ArrayList<>();
        for (CorpusModel.KeyedPage keyed : pages) {
            for (ParsedStory story : keyed.page().stories()) {
                String key = keyed.storyKey(story.ordinal());
                inputs.add(new RelatedInput(key, keyed.key(), story.kind() == StoryKind.TEASER,
                        story.titleDerived() ? "" : PageReader.headlineKey(story.title()),
                        story.text(), peopleByStory.getOrDefault(key, Set.of())));
            }
        }
        return inputs;
    }

    /** Content-derived, so a page keeps its key (and its stories their ids) across restarts and renames. */
    public static String pageKey(ParsedPage page) {
        return page.contentHash().substring(0, 16);
    }
}

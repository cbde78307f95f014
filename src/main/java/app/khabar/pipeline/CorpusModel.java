package app.khabar.pipeline;

import java.util.List;

import app.khabar.corpus.ParsedPage;
import app.khabar.people.CorpusPeople;
import app.khabar.related.Relation;

/**
 * Everything the pipeline made of a corpus, ready to store. Stories are keyed {@code pageKey + "." + ordinal}.
 */
public record CorpusModel(List<KeyedPage> pages, CorpusPeople people, List<Relation> relations,
                          List<SkippedFile> skipped) {

    public CorpusModel {
        pages = List.copyOf(pages);
        relations = List.copyOf(relations);
        skipped = List.copyOf(skipped);
    }

    /** A page with the key its stories are known by. */
    public record KeyedPage(String key, ParsedPage page) {

        public String storyKey(int ordinal) {
            return key + "." + ordinal;
        }
    }
}

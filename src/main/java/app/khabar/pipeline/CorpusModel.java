package app.khabar.pipeline;

import java.util.List;
import java.util.Map;

import app.khabar.corpus.ParsedPage;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PersonRecord;
import app.khabar.related.Relation;

/**
 * Everything the pipeline made of a corpus, ready to store as it is: the store derives nothing. Stories are keyed
 * {@code pageKey + "." + ordinal}.
 *
 * @param pages        in list order (by file name), so a page's rank is its index
 * @param storyRanks   story key → position in the list of articles (newest first)
 * @param rankedPeople every person in list order (most mentioned first), with the number of stories naming them
 * @param coMentions   for each person, the people most often named in the same stories, best first
 */
public record CorpusModel(List<KeyedPage> pages, CorpusPeople people, List<Relation> relations,
                          List<SkippedFile> skipped, Map<String, Integer> storyRanks, List<RankedPerson> rankedPeople,
                          List<CoMention> coMentions) {

    public CorpusModel {
        pages = List.copyOf(pages);
        relations = List.copyOf(relations);
        skipped = List.copyOf(skipped);
        storyRanks = Map.copyOf(storyRanks);
        rankedPeople = List.copyOf(rankedPeople);
        coMentions = List.copyOf(coMentions);
    }

    /** The model of these pages, people and relations, with the orders and co-mentions derived from them. */
    public static CorpusModel of(List<KeyedPage> pages, CorpusPeople people, List<Relation> relations,
                                 List<SkippedFile> skipped) {
        return new CorpusModel(CorpusRanking.listOrder(pages), people, relations, skipped,
                CorpusRanking.storyRanks(pages), CorpusRanking.rankedPeople(people),
                CorpusRanking.coMentions(people.mentions()));
    }

    /** A page with the key its stories are known by. */
    public record KeyedPage(String key, ParsedPage page) {

        public String storyKey(int ordinal) {
            return key + "." + ordinal;
        }
    }

    /** A person and the number of stories that name them. */
    public record RankedPerson(PersonRecord person, int storyCount) {
    }

    /** {@code other} shares {@code sharedStories} stories with {@code personKey}; rank 0 shares the most. */
    public record CoMention(String personKey, String otherKey, int sharedStories, int rank) {
    }
}

package app.khabar.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.people.CorpusPeople;
import app.khabar.people.PersonRecord;
import app.khabar.people.StoryMention;
import app.khabar.pipeline.CorpusModel.CoMention;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.pipeline.CorpusModel.RankedPerson;

/** The orders the API lists things in, and who appears with whom: all derived from the corpus, all total orders. */
final class CorpusRanking {

    /** Co-mentioned people kept per person. */
    static final int CO_MENTIONS_PER_PERSON = 100;

    private CorpusRanking() {
    }

    /** Pages by file name (then key, should two files share a name across sources). */
    static List<KeyedPage> listOrder(List<KeyedPage> pages) {
        return pages.stream()
                .sorted(Comparator.comparing((KeyedPage p) -> p.page().fileName()).thenComparing(KeyedPage::key))
                .toList();
    }

    /**
     * Newest first; a story without a date of its own takes its page's MAIN date; undated last; then by file name
     * and position on the page so the order is total and stable.
     */
    static Map<String, Integer> storyRanks(List<KeyedPage> pages) {
        record Ranked(String key, LocalDate date, String fileName, int ordinal) {
        }
        List<Ranked> all = new ArrayList<>();
        for (KeyedPage keyed : pages) {
            LocalDate pageDate = keyed.page().stories().stream()
                    .filter(s -> s.kind() == StoryKind.MAIN).map(ParsedStory::publishedAt)
                    .filter(d -> d != null).findFirst().orElse(null);
            for (ParsedStory story : keyed.page().stories()) {
                LocalDate date = story.publishedAt() != null ? story.publishedAt() : pageDate;
                all.add(new Ranked(keyed.storyKey(story.ordinal()), date, keyed.page().fileName(), story.ordinal()));
            }
        }
        all.sort(Comparator.comparing(Ranked::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Ranked::fileName).thenComparingInt(Ranked::ordinal).thenComparing(Ranked::key));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ranks.put(all.get(i).key(), i);
        }
        return ranks;
    }

    /** Most stories first, then by name and key. */
    static List<RankedPerson> rankedPeople(CorpusPeople people) {
        Map<String, Integer> storyCounts = new HashMap<>();
        for (StoryMention mention : people.mentions()) {
            storyCounts.merge(mention.personKey(), 1, Integer::sum);
        }
        return people.persons().stream()
                .map(p -> new RankedPerson(p, storyCounts.getOrDefault(p.key(), 0)))
                .sorted(Comparator.comparingInt((RankedPerson p) -> -p.storyCount())
                        .thenComparing(p -> p.person().name()).thenComparing(p -> p.person().key()))
                .toList();
    }

    /** For each person, the people named in the most of the same stories (then by key), at most 100. */
    static List<CoMention> coMentions(List<StoryMention> mentions) {
        Map<String, List<String>> peopleByStory = new TreeMap<>();
        for (StoryMention mention : mentions) {
            peopleByStory.computeIfAbsent(mention.storyKey(), k -> new ArrayList<>()).add(mention.personKey());
        }
        Map<String, Map<String, Integer>> shared = new TreeMap<>();
        for (List<String> people : peopleByStory.values()) {
            for (String a : people) {
                for (String b : people) {
                    if (!a.equals(b)) {
                        shared.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        List<CoMention> coMentions = new ArrayList<>();
        shared.forEach((person, others) -> {
            List<Map.Entry<String, Integer>> best = others.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(CO_MENTIONS_PER_PERSON)
                    .toList();
            for (int rank = 0; rank < best.size(); rank++) {
                coMentions.add(new CoMention(person, best.get(rank).getKey(), best.get(rank).getValue(), rank));
            }
        });
        return coMentions;
    }
}

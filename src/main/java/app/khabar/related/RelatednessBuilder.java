package app.khabar.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.khabar.arabic.ArabicText;

/**
 * Finds each story's most related stories. Candidates come from inverted indexes over terms and people (never
 * from comparing every pair); each candidate is then scored exactly:
 * <pre>score = 0.5 · cosine(TF-IDF terms) + 0.4 · cosine(IDF-weighted people) + 0.1 · same page</pre>
 * a TEASER (a headline without a body) counting {@value #TEASER_FACTOR} of that, and a story that appears twice
 * (same normalised headline, or near-identical text) scoring 1 with SAME_STORY. Person weights are IDF, so a rare
 * person shared says more than one who is everywhere.
 * <p>
 * The work per story is bounded by constants, not by the corpus size: a story queries its {@value #QUERY_TERMS}
 * strongest terms and all its people, each posting list is cut to the stories where the term or person weighs
 * most, and only the {@value #MAX_CANDIDATES} best candidates by their partial score are scored exactly.
 */
public final class RelatednessBuilder {

    static final double TEXT_WEIGHT = 0.5;
    static final double PEOPLE_WEIGHT = 0.4;
    static final double PAGE_WEIGHT = 0.1;
    /** A headline alone is less to read next than a full story. */
    static final double TEASER_FACTOR = 0.75;
    /** Cosine above which two texts count as the same story told twice. */
    static final double SAME_TEXT_COSINE = 0.9;
    /** Cosine above which SIMILAR_TEXT is given as a reason. */
    static final double SIMILAR_TEXT_COSINE = 0.08;
    /** Only a story's strongest terms propose candidates. */
    private static final int QUERY_TERMS = 30;
    /** Candidates scored exactly per story, chosen by their partial score. */
    private static final int MAX_CANDIDATES = 60;
    /** Partial score that makes a same-headline story a candidate whatever else it shares. */
    private static final double SAME_HEADLINE_PARTIAL = 1.0;

    private final int topN;
    /** Per term, person and headline, at most this many stories are proposed. */
    private final int postingsCap;

    public RelatednessBuilder(int topN, int postingsCap) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, was " + topN);
        }
        if (postingsCap < 1) {
            throw new IllegalArgumentException("postingsCap must be at least 1, was " + postingsCap);
        }
        this.topN = topN;
        this.postingsCap = postingsCap;
    }

    public RelatednessBuilder(int topN) {
        this(topN, 200);
    }

    /** Related stories for every input story, best first, at most topN each; input order. */
    public List<Relation> build(List<RelatedInput> stories) {
        int n = stories.size();
        SparseVectors terms = termVectors(stories);
        Map<String, Integer> personIds = new HashMap<>();
        List<String> personKeys = new ArrayList<>();
        SparseVectors people = peopleVectors(stories, personIds, personKeys);
        int[][] samePage = groups(stories, RelatedInput::pageKey, Integer.MAX_VALUE);
        int[][] sameHeadline = groups(stories, RelatedInput::headlineKey, postingsCap);

        List<Relation> relations = new ArrayList<>(n * Math.min(topN, 16));
        // scratch reused for every story, so the per-story cost does not grow with the corpus
        double[] partial = new double[n];
        int[] touched = new int[n];
        double[] termDense = new double[terms.dimension()];
        double[] peopleDense = new double[people.dimension()];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            int[] termIds = terms.ids(i);
            double[] termWeights = terms.weights(i);
            for (int k : terms.strongest(i, QUERY_TERMS)) {
                touchedCount = propose(i, TEXT_WEIGHT * termWeights[k], terms.postingStories(termIds[k]),
                        terms.postingWeights(termIds[k]), partial, touched, touchedCount);
            }
            int[] personIdsOfI = people.ids(i);
            double[] personWeights = people.weights(i);
            for (int k = 0; k < personIdsOfI.length; k++) {
                touchedCount = propose(i, PEOPLE_WEIGHT * personWeights[k], people.postingStories(personIdsOfI[k]),
                        people.postingWeights(personIdsOfI[k]), partial, touched, touchedCount);
            }
            touchedCount = propose(i, PAGE_WEIGHT, samePage[i], null, partial, touched, touchedCount);
            touchedCount = propose(i, SAME_HEADLINE_PARTIAL, sameHeadline[i], null, partial, touched, touchedCount);
            int[] candidates = TopK.best(touched, touchedCount, MAX_CANDIDATES,
                    (a, b) -> partial[a] > partial[b] || partial[a] == partial[b] && a < b);
            for (int c = 0; c < touchedCount; c++) {
                partial[touched[c]] = 0;
            }

            terms.scatter(i, termDense);
            people.scatter(i, peopleDense);
            List<Relation> scored = new ArrayList<>(candidates.length);
            for (int j : candidates) {
                Relation relation = score(stories, terms, people, personKeys, termDense, peopleDense, i, j);
                if (relation != null) {
                    scored.add(relation);
                }
            }
            terms.clear(i, termDense);
            people.clear(i, peopleDense);
            scored.sort(Comparator.comparingDouble(Relation::score).reversed()
                    .thenComparing(Relation::relatedKey));
            for (int r = 0; r < Math.min(topN, scored.size()); r++) {
                Relation best = scored.get(r);
                relations.add(new Relation(best.storyKey(), best.relatedKey(), r, best.score(), best.reasons(),
                        best.sharedPersonKeys()));
            }
        }
        return relations;
    }

    /** Adds {@code weight · postingWeight} (or {@code weight} when unweighted) to every other story listed. */
    private static int propose(int i, double weight, int[] postingStories, double[] postingWeights,
                               double[] partial, int[] touched, int touchedCount) {
        for (int p = 0; p < postingStories.length; p++) {
            int j = postingStories[p];
            if (j != i) {
                if (partial[j] == 0) {
                    touched[touchedCount++] = j;
                }
                partial[j] += postingWeights == null ? weight : weight * postingWeights[p];
            }
        }
        return touchedCount;
    }

    /** The exact relation from story i to candidate j, or null when nothing but a trace of shared words links them. */
    private static Relation score(List<RelatedInput> stories, SparseVectors terms, SparseVectors people,
                                  List<String> personKeys, double[] termDense, double[] peopleDense, int i, int j) {
        RelatedInput a = stories.get(i);
        RelatedInput b = stories.get(j);
        double cosine = terms.dot(termDense, j);
        double peopleScore = people.dot(peopleDense, j);
        boolean samePage = a.pageKey().equals(b.pageKey());
        boolean sameStory = !samePage && ((!a.headlineKey().isEmpty() && a.headlineKey().equals(b.headlineKey()))
                || cosine >= SAME_TEXT_COSINE);
        List<Integer> shared = new ArrayList<>();
        for (int p : people.ids(j)) {
            if (peopleDense[p] > 0) {
                shared.add(p);
            }
        }

        List<RelationReason> reasons = new ArrayList<>();
        if (sameStory) {
            reasons.add(RelationReason.SAME_STORY);
        }
        if (!shared.isEmpty()) {
            reasons.add(RelationReason.SHARED_PEOPLE);
        }
        if (cosine >= SIMILAR_TEXT_COSINE) {
            reasons.add(RelationReason.SIMILAR_TEXT);
        }
        if (samePage) {
            reasons.add(RelationReason.SAME_PAGE);
        }
        if (reasons.isEmpty()) {
            // a few common words in common is no reason a reader would accept
            return null;
        }
        double score = sameStory ? 1.0
                : (TEXT_WEIGHT * cosine + PEOPLE_WEIGHT * peopleScore + (samePage ? PAGE_WEIGHT : 0))
                        * (b.teaser() ? TEASER_FACTOR : 1.0);
        score = Math.min(1.0, Math.max(0.0, score));
        // rarest shared person first: the most telling link
        shared.sort(Comparator.comparingInt((Integer p) -> people.documentFrequency(p))
                .thenComparing(personKeys::get));
        List<String> sharedKeys = shared.stream().map(personKeys::get).toList();
        return new Relation(a.storyKey(), b.storyKey(), 0, Math.round(score * 10000) / 10000.0, reasons,
                sharedKeys);
    }

    /** TF-IDF over Arabic terms: (1 + ln tf) · ln((n + 1) / df). */
    private SparseVectors termVectors(List<RelatedInput> stories) {
        Map<String, Integer> dictionary = new HashMap<>();
        int[][] ids = new int[stories.size()][];
        int[][] counts = new int[stories.size()][];
        for (int i = 0; i < stories.size(); i++) {
            List<String> words = ArabicText.terms(stories.get(i).text());
            int[] sequence = new int[words.size()];
            for (int w = 0; w < sequence.length; w++) {
                sequence[w] = dictionary.computeIfAbsent(words.get(w), k -> dictionary.size());
            }
            int[][] distinct = SparseVectors.countDistinct(sequence);
            ids[i] = distinct[0];
            counts[i] = distinct[1];
        }
        return new SparseVectors(ids, counts, dictionary.size(),
                (count, df, n) -> (1 + Math.log(count)) * Math.log((double) (n + 1) / df), postingsCap);
    }

    /** People as a set, weighted ln(1 + n / df): the rarer the person, the more sharing them says. */
    private SparseVectors peopleVectors(List<RelatedInput> stories, Map<String, Integer> personIds,
                                        List<String> personKeys) {
        int[][] ids = new int[stories.size()][];
        int[][] counts = new int[stories.size()][];
        for (int i = 0; i < stories.size(); i++) {
            // sorted keys: ids are handed out in a deterministic order whatever the Set's iteration order
            List<String> keys = stories.get(i).personKeys().stream().sorted().toList();
            int[] sequence = new int[keys.size()];
            for (int k = 0; k < sequence.length; k++) {
                sequence[k] = personIds.computeIfAbsent(keys.get(k), key -> {
                    personKeys.add(key);
                    return personKeys.size() - 1;
                });
            }
            int[][] distinct = SparseVectors.countDistinct(sequence);
            ids[i] = distinct[0];
            counts[i] = distinct[1];
        }
        return new SparseVectors(ids, counts, personKeys.size(),
                (count, df, n) -> Math.log(1.0 + (double) n / df), postingsCap);
    }

    /**
     * Per story, the stories with the same non-empty key (itself included), at most {@code cap} of them (the
     * first in input order), shared between the members of a group.
     */
    private static int[][] groups(List<RelatedInput> stories, java.util.function.Function<RelatedInput, String> key,
                                  int cap) {
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            String k = key.apply(stories.get(i));
            if (!k.isEmpty()) {
                members.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        int[][] groups = new int[stories.size()][];
        int[] none = new int[0];
        Map<String, int[]> capped = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            String k = key.apply(stories.get(i));
            groups[i] = k.isEmpty() ? none : capped.computeIfAbsent(k, x -> members.get(x).stream()
                    .limit(cap).mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }
}

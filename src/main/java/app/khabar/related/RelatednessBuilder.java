package app.khabar.related;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Terms and people on more stories than this are too common to propose candidates (they still score). */
    private final int postingsCap;
    /** Only a story's strongest terms propose candidates. */
    private static final int QUERY_TERMS = 40;
    /** Candidates scored exactly per story, chosen by their partial score. */
    private static final int MAX_CANDIDATES = 300;

    private final int topN;

    public RelatednessBuilder(int topN, int postingsCap) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, was " + topN);
        }
        this.topN = topN;
        this.postingsCap = postingsCap;
    }

    public RelatednessBuilder(int topN) {
        this(topN, 2000);
    }

    /** Related stories for every input story, best first, at most topN each. */
    public List<Relation> build(List<RelatedInput> stories) {
        int n = stories.size();
        Vectors vectors = Vectors.of(stories);
        int[][] people = new int[n][];
        Map<String, Integer> personIds = new HashMap<>();
        List<List<Integer>> personPostings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> keys = stories.get(i).personKeys().stream().sorted().toList();
            people[i] = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                int id = personIds.computeIfAbsent(keys.get(k), key -> {
                    personPostings.add(new ArrayList<>());
                    return personPostings.size() - 1;
                });
                people[i][k] = id;
                personPostings.get(id).add(i);
            }
            Arrays.sort(people[i]);
        }
        String[] personKeyOf = new String[personIds.size()];
        personIds.forEach((key, id) -> personKeyOf[id] = key);
        double[] personIdf = new double[personPostings.size()];
        for (int p = 0; p < personIdf.length; p++) {
            personIdf[p] = Math.log(1.0 + (double) n / personPostings.get(p).size());
        }
        Map<String, List<Integer>> byPage = new HashMap<>();
        Map<String, List<Integer>> byHeadline = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byPage.computeIfAbsent(stories.get(i).pageKey(), k -> new ArrayList<>()).add(i);
            if (!stories.get(i).headlineKey().isEmpty()) {
                byHeadline.computeIfAbsent(stories.get(i).headlineKey(), k -> new ArrayList<>()).add(i);
            }
        }

        List<Relation> relations = new ArrayList<>();
        double[] partial = new double[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            // propose: strongest terms, people, same page, same headline
            for (int t : vectors.strongestTerms(i, QUERY_TERMS)) {
                int[] postings = vectors.postings(t);
                if (postings.length > postingsCap) {
                    continue;
                }
                double weight = vectors.weight(i, t);
                for (int j : postings) {
                    if (j != i) {
                        if (partial[j] == 0) {
                            touched[touchedCount++] = j;
                        }
                        partial[j] += weight * vectors.weight(j, t);
                    }
                }
            }
            for (int p : people[i]) {
                List<Integer> postings = personPostings.get(p);
                if (postings.size() > postingsCap) {
                    continue;
                }
                for (int j : postings) {
                    if (j != i) {
                        if (partial[j] == 0) {
                            touched[touchedCount++] = j;
                        }
                        partial[j] += personIdf[p] * 0.1;
                    }
                }
            }
            for (List<Integer> group : List.of(byPage.get(stories.get(i).pageKey()),
                    byHeadline.getOrDefault(stories.get(i).headlineKey(), List.of()))) {
                for (int j : group) {
                    if (j != i) {
                        if (partial[j] == 0) {
                            touched[touchedCount++] = j;
                        }
                        partial[j] += 1.0;
                    }
                }
            }
            int[] candidates = topByPartial(touched, touchedCount, partial, MAX_CANDIDATES);
            for (int c = 0; c < touchedCount; c++) {
                partial[touched[c]] = 0;
            }

            List<Relation> scored = new ArrayList<>(candidates.length);
            for (int j : candidates) {
                scored.add(score(stories, vectors, people, personIdf, personKeyOf, i, j));
            }
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

    private static Relation score(List<RelatedInput> stories, Vectors vectors, int[][] people, double[] personIdf,
                                  String[] personKeyOf, int i, int j) {
        RelatedInput a = stories.get(i);
        RelatedInput b = stories.get(j);
        double cosine = vectors.cosine(i, j);
        double sharedWeight = 0;
        List<Integer> shared = new ArrayList<>();
        int x = 0;
        int y = 0;
        while (x < people[i].length && y < people[j].length) {
            if (people[i][x] < people[j][y]) {
                x++;
            } else if (people[j][y] < people[i][x]) {
                y++;
            } else {
                shared.add(people[i][x]);
                sharedWeight += personIdf[people[i][x]] * personIdf[people[i][x]];
                x++;
                y++;
            }
        }
        double norms = peopleNorm(people[i], personIdf) * peopleNorm(people[j], personIdf);
        double peopleScore = norms == 0 ? 0 : Math.min(1.0, sharedWeight / norms);
        boolean samePage = a.pageKey().equals(b.pageKey());
        boolean sameStory = !samePage && ((!a.headlineKey().isEmpty() && a.headlineKey().equals(b.headlineKey()))
                || cosine >= SAME_TEXT_COSINE);

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
        double score = sameStory ? 1.0
                : (TEXT_WEIGHT * cosine + PEOPLE_WEIGHT * peopleScore + (samePage ? PAGE_WEIGHT : 0))
                        * (b.teaser() ? TEASER_FACTOR : 1.0);
        score = Math.min(1.0, Math.max(0.0, score));
        // rarest shared person first: the most telling link
        shared.sort(Comparator.comparingDouble((Integer p) -> -personIdf[p]).thenComparing(p -> personKeyOf[p]));
        List<String> sharedKeys = shared.stream().map(p -> personKeyOf[p]).toList();
        if (reasons.isEmpty()) {
            // candidates always share something; a weak text link is still the honest reason
            reasons.add(RelationReason.SIMILAR_TEXT);
        }
        return new Relation(a.storyKey(), b.storyKey(), 0, Math.round(score * 10000) / 10000.0, reasons,
                sharedKeys);
    }

    private static double peopleNorm(int[] people, double[] idf) {
        double sum = 0;
        for (int p : people) {
            sum += idf[p] * idf[p];
        }
        return Math.sqrt(sum);
    }

    private static int[] topByPartial(int[] touched, int count, double[] partial, int limit) {
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = touched[c];
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -partial[j]).thenComparingInt(j -> j));
        int size = Math.min(limit, count);
        int[] top = new int[size];
        for (int c = 0; c < size; c++) {
            top[c] = order[c];
        }
        return top;
    }

    /** Sparse, L2-normalised TF-IDF vectors over Arabic terms, with term postings. */
    static final class Vectors {
        private final int[][] termIds;
        private final double[][] weights;
        private final int[][] postings;

        private Vectors(int[][] termIds, double[][] weights, int[][] postings) {
            this.termIds = termIds;
            this.weights = weights;
            this.postings = postings;
        }

        static Vectors of(List<RelatedInput> stories) {
            int n = stories.size();
            Map<String, Integer> dictionary = new HashMap<>();
            List<Integer> documentFrequency = new ArrayList<>();
            int[][] termIds = new int[n][];
            int[][] termCounts = new int[n][];
            for (int i = 0; i < n; i++) {
                Map<Integer, Integer> tf = new HashMap<>();
                for (String term : ArabicText.terms(stories.get(i).text())) {
                    int id = dictionary.computeIfAbsent(term, k -> {
                        documentFrequency.add(0);
                        return dictionary.size();
                    });
                    tf.merge(id, 1, Integer::sum);
                }
                int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                int[] c = new int[ids.length];
                for (int k = 0; k < ids.length; k++) {
                    c[k] = tf.get(ids[k]);
                    documentFrequency.set(ids[k], documentFrequency.get(ids[k]) + 1);
                }
                termIds[i] = ids;
                termCounts[i] = c;
            }
            int[][] postings = new int[dictionary.size()][];
            int[] fill = new int[dictionary.size()];
            for (int t = 0; t < postings.length; t++) {
                postings[t] = new int[documentFrequency.get(t)];
            }
            double[][] weights = new double[n][];
            for (int i = 0; i < n; i++) {
                double[] w = new double[termIds[i].length];
                double norm = 0;
                for (int k = 0; k < w.length; k++) {
                    int t = termIds[i][k];
                    double idf = Math.log((double) (n + 1) / documentFrequency.get(t));
                    w[k] = (1 + Math.log(termCounts[i][k])) * idf;
                    norm += w[k] * w[k];
                    postings[t][fill[t]++] = i;
                }
                norm = Math.sqrt(norm);
                for (int k = 0; k < w.length; k++) {
                    w[k] = norm == 0 ? 0 : w[k] / norm;
                }
                weights[i] = w;
            }
            return new Vectors(termIds, weights, postings);
        }

        int[] postings(int term) {
            return postings[term];
        }

        double weight(int story, int term) {
            int k = Arrays.binarySearch(termIds[story], term);
            return k < 0 ? 0 : weights[story][k];
        }

        int[] strongestTerms(int story, int limit) {
            int[] ids = termIds[story];
            double[] w = weights[story];
            Integer[] order = new Integer[ids.length];
            for (int k = 0; k < ids.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -w[k]).thenComparingInt(k -> ids[k]));
            int size = Math.min(limit, ids.length);
            int[] top = new int[size];
            for (int k = 0; k < size; k++) {
                top[k] = ids[order[k]];
            }
            return top;
        }

        double cosine(int a, int b) {
            int[] ta = termIds[a];
            int[] tb = termIds[b];
            double dot = 0;
            int x = 0;
            int y = 0;
            while (x < ta.length && y < tb.length) {
                if (ta[x] < tb[y]) {
                    x++;
                } else if (ta[x] > tb[y]) {
                    y++;
                } else {
                    dot += weights[a][x++] * weights[b][y++];
                }
            }
            return Math.min(1.0, dot);
        }
    }
}

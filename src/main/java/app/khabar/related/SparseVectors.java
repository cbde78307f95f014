package app.khabar.related;

import java.util.Arrays;

/**
 * L2-normalised sparse vectors, one per story, over a dimension of integer ids (terms or people), with truncated,
 * impact-ordered postings: per id, the at most {@code postingsCap} stories where it weighs most. Truncating is what
 * keeps candidate generation bounded per story however large the corpus: an id on every story proposes only the
 * stories it characterises best.
 */
final class SparseVectors {

    /** Weight of an id in one story before normalisation. */
    @FunctionalInterface
    interface Weighting {
        double weight(int count, int documentFrequency, int stories);
    }

    private final int[][] ids;
    private final double[][] weights;
    private final int[][] postingStories;
    private final double[][] postingWeights;
    private final int[] documentFrequency;

    /**
     * @param ids    per story, distinct ids in ascending order
     * @param counts per story, how often each id occurs
     */
    SparseVectors(int[][] ids, int[][] counts, int dimension, Weighting weighting, int postingsCap) {
        int n = ids.length;
        this.ids = ids;
        this.documentFrequency = new int[dimension];
        for (int[] story : ids) {
            for (int id : story) {
                documentFrequency[id]++;
            }
        }
        weights = new double[n][];
        int[][] stories = new int[dimension][];
        double[][] storyWeights = new double[dimension][];
        for (int id = 0; id < dimension; id++) {
            stories[id] = new int[documentFrequency[id]];
            storyWeights[id] = new double[documentFrequency[id]];
        }
        int[] fill = new int[dimension];
        for (int i = 0; i < n; i++) {
            double[] w = new double[ids[i].length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = weighting.weight(counts[i][k], documentFrequency[ids[i][k]], n);
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length; k++) {
                w[k] = norm == 0 ? 0 : w[k] / norm;
                int id = ids[i][k];
                stories[id][fill[id]] = i;
                storyWeights[id][fill[id]++] = w[k];
            }
            weights[i] = w;
        }
        postingStories = new int[dimension][];
        postingWeights = new double[dimension][];
        for (int id = 0; id < dimension; id++) {
            int[] all = stories[id];
            double[] allWeights = storyWeights[id];
            int[] positions = TopK.best(TopK.range(all.length), all.length, postingsCap,
                    (a, b) -> allWeights[a] > allWeights[b] || allWeights[a] == allWeights[b] && a < b);
            postingStories[id] = new int[positions.length];
            postingWeights[id] = new double[positions.length];
            for (int p = 0; p < positions.length; p++) {
                postingStories[id][p] = all[positions[p]];
                postingWeights[id][p] = allWeights[positions[p]];
            }
        }
    }

    int[] ids(int story) {
        return ids[story];
    }

    double[] weights(int story) {
        return weights[story];
    }

    /** The stories where the id weighs most, heaviest first. */
    int[] postingStories(int id) {
        return postingStories[id];
    }

    double[] postingWeights(int id) {
        return postingWeights[id];
    }

    int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /** Positions (into {@link #ids}) of the story's heaviest ids, heaviest first. */
    int[] strongest(int story, int limit) {
        double[] w = weights[story];
        int[] storyIds = ids[story];
        return TopK.best(TopK.range(w.length), w.length, limit,
                (a, b) -> w[a] > w[b] || w[a] == w[b] && storyIds[a] < storyIds[b]);
    }

    /** Writes the story's weights into a dense array indexed by id (see {@link #clear}). */
    void scatter(int story, double[] dense) {
        int[] storyIds = ids[story];
        double[] w = weights[story];
        for (int k = 0; k < storyIds.length; k++) {
            dense[storyIds[k]] = w[k];
        }
    }

    void clear(int story, double[] dense) {
        for (int id : ids[story]) {
            dense[id] = 0;
        }
    }

    /** Cosine with the story scattered into {@code dense}. */
    double dot(double[] dense, int story) {
        int[] storyIds = ids[story];
        double[] w = weights[story];
        double dot = 0;
        for (int k = 0; k < storyIds.length; k++) {
            dot += dense[storyIds[k]] * w[k];
        }
        return Math.min(1.0, dot);
    }

    int dimension() {
        return documentFrequency.length;
    }

    /** Distinct ids and their counts of one story's id sequence, ids ascending. */
    static int[][] countDistinct(int[] sequence) {
        int[] sorted = sequence.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                distinct++;
            }
        }
        int[] ids = new int[distinct];
        int[] counts = new int[distinct];
        int d = -1;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                ids[++d] = sorted[k];
            }
            counts[d]++;
        }
        return new int[][] {ids, counts};
    }
}

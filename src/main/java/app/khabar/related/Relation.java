package app.khabar.related;

import java.util.List;

/**
 * One edge from a story to a related one.
 *
 * @param score            in [0, 1], higher is closer
 * @param sharedPersonKeys the people both stories mention, rarest first
 */
public record Relation(String storyKey, String relatedKey, int rank, double score, List<RelationReason> reasons,
                       List<String> sharedPersonKeys) {

    public Relation {
        reasons = List.copyOf(reasons);
        sharedPersonKeys = List.copyOf(sharedPersonKeys);
    }
}

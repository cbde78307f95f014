package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RelatedStory")
@Description("A story worth reading next, and why.")
public class RelatedStory {

    private final Article article;
    private final double score;
    private final List<Reason> reasons;
    private final List<Long> sharedPersonIds;

    RelatedStory(Article article, double score, List<Reason> reasons, List<Long> sharedPersonIds) {
        this.article = article;
        this.score = score;
        this.reasons = reasons;
        this.sharedPersonIds = sharedPersonIds;
    }

    List<Long> sharedPersonIds() {
        return sharedPersonIds;
    }

    @NonNull
    public Article getArticle() {
        return article;
    }

    @Description("Relatedness in [0, 1]; higher is closer.")
    public double getScore() {
        return score;
    }

    @NonNull
    public List<@NonNull Reason> getReasons() {
        return reasons;
    }
}

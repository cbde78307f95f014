package app.khabar.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RelationReason")
@Description("Why two stories are related.")
public enum Reason {
    @Description("Both stories come from the same page.")
    SAME_PAGE,
    @Description("The stories mention some of the same people.")
    SHARED_PEOPLE,
    @Description("The texts are close in content (after Arabic normalisation and stemming).")
    SIMILAR_TEXT,
    @Description("The same story appears more than once (same headline after normalisation).")
    SAME_STORY
}

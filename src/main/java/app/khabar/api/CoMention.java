package app.khabar.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CoMention")
@Description("Another person mentioned in the same stories.")
public class CoMention {

    private final Person person;
    private final int sharedStories;

    CoMention(Person person, int sharedStories) {
        this.person = person;
        this.sharedStories = sharedStories;
    }

    @NonNull
    public Person getPerson() {
        return person;
    }

    @Description("Number of stories in which both are mentioned.")
    public int getSharedStories() {
        return sharedStories;
    }
}

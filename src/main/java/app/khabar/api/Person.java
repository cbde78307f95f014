package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.khabar.store.PersonRow;

@Type("Person")
@Description("A real person, merged across spellings and pages.")
public class Person implements Node {

    static final String TYPE = "Person";

    private final PersonRow row;

    Person(PersonRow row) {
        this.row = row;
    }

    PersonRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.of(TYPE, row.personKey());
    }

    @NonNull
    @Description("Canonical Arabic name: the fullest form seen.")
    public String getName() {
        return row.name();
    }

    @Description("Name in Latin script when known (e.g. Yoav Gallant).")
    public String getNameLatin() {
        return row.nameLatin();
    }

    @NonNull
    @Description("Every spelling seen in the corpus.")
    public List<@NonNull String> getAliases() {
        return row.aliases();
    }

    @NonNull
    @Description("Every title or role seen for this person.")
    public List<@NonNull String> getRoles() {
        return row.roles();
    }

    @Description("Number of stories that mention the person.")
    public int getStoryCount() {
        return row.storyCount();
    }
}

package app.khabar.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonEdge")
public class PersonEdge {

    private final String cursor;
    private final Person node;

    PersonEdge(String cursor, Person node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Person getNode() {
        return node;
    }
}

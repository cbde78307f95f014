package app.khabar.api;

import org.eclipse.microprofile.graphql.Type;

@Type("PersonEdge")
public class PersonEdge extends Edge<Person> {

    PersonEdge(String cursor, Person node) {
        super(cursor, node);
    }
}

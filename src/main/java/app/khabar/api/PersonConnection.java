package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of people, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class PersonConnection extends Connection<Person, PersonEdge> {

    PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}

package app.khabar.api;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of people, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class PersonConnection extends Connection<Person, PersonEdge> {

    PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, LongSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}

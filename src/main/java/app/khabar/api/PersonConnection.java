package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of people, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class PersonConnection {

    private final List<PersonEdge> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = (int) Math.min(Integer.MAX_VALUE, totalCount);
    }

    @NonNull
    public List<@NonNull PersonEdge> getEdges() {
        return edges;
    }

    @NonNull
    public List<@NonNull Person> getNodes() {
        return edges.stream().map(PersonEdge::getNode).toList();
    }

    @NonNull
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("Number of items in the whole list, across all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}

package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageConnection")
@Description("A page of pages, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class PageConnection {

    private final List<PageEdge> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    PageConnection(List<PageEdge> edges, PageInfo pageInfo, long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = (int) Math.min(Integer.MAX_VALUE, totalCount);
    }

    @NonNull
    public List<@NonNull PageEdge> getEdges() {
        return edges;
    }

    @NonNull
    public List<@NonNull Page> getNodes() {
        return edges.stream().map(PageEdge::getNode).toList();
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

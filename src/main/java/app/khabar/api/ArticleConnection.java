package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleConnection")
@Description("A page of stories, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class ArticleConnection {

    private final List<ArticleEdge> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = (int) Math.min(Integer.MAX_VALUE, totalCount);
    }

    @NonNull
    public List<@NonNull ArticleEdge> getEdges() {
        return edges;
    }

    @NonNull
    public List<@NonNull Article> getNodes() {
        return edges.stream().map(ArticleEdge::getNode).toList();
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

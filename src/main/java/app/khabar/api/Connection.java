package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection: one page of a list, its edges (node and cursor), the page info and the size of the whole
 * list. The GraphQL types are thin subclasses that fix the node type and name it as the contract does
 * ({@link ArticleConnection}, {@link PersonConnection}, {@link PageConnection}); SmallRye reads these getters
 * through them, with the node and edge types resolved.
 *
 * @param <N> the node type
 * @param <E> the edge type
 */
public abstract class Connection<N, E extends Edge<N>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    protected Connection(List<E> edges, PageInfo pageInfo, long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = (int) Math.min(Integer.MAX_VALUE, totalCount);
    }

    @NonNull
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    public List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
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

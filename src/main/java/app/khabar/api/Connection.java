package app.khabar.api;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection: one page of a list, its edges (node and cursor), the page info and the size of the whole
 * list. The size is counted only when the answer asks for it: counting a filtered list reads all of it. The GraphQL types are thin subclasses that fix the node type and name it as the contract does
 * ({@link ArticleConnection}, {@link PersonConnection}, {@link PageConnection}); SmallRye reads these getters
 * through them, with the node and edge types resolved.
 *
 * @param <N> the node type
 * @param <E> the edge type
 */
public abstract class Connection<N, E extends Edge<N>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final LongSupplier countOfAll;

    protected Connection(List<E> edges, PageInfo pageInfo, LongSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.countOfAll = totalCount;
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
        return (int) Math.min(Integer.MAX_VALUE, countOfAll.getAsLong());
    }
}

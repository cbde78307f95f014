package app.khabar.api;

import org.eclipse.microprofile.graphql.NonNull;

/**
 * An item of a {@link Connection} and the cursor to page on from it.
 *
 * @param <N> the node type
 */
public abstract class Edge<N> {

    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public N getNode() {
        return node;
    }
}

package app.khabar.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleEdge")
public class ArticleEdge {

    private final String cursor;
    private final Article node;

    ArticleEdge(String cursor, Article node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Article getNode() {
        return node;
    }
}

package app.khabar.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageEdge")
public class PageEdge {

    private final String cursor;
    private final Page node;

    PageEdge(String cursor, Page node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    public String getCursor() {
        return cursor;
    }

    @NonNull
    public Page getNode() {
        return node;
    }
}

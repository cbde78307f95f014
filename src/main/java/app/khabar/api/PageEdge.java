package app.khabar.api;

import org.eclipse.microprofile.graphql.Type;

@Type("PageEdge")
public class PageEdge extends Edge<Page> {

    PageEdge(String cursor, Page node) {
        super(cursor, node);
    }
}

package app.khabar.api;

import org.eclipse.microprofile.graphql.Type;

@Type("ArticleEdge")
public class ArticleEdge extends Edge<Article> {

    ArticleEdge(String cursor, Article node) {
        super(cursor, node);
    }
}

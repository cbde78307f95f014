package app.khabar.api;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleConnection")
@Description("A page of stories, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class ArticleConnection extends Connection<Article, ArticleEdge> {

    ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, LongSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}

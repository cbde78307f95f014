package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageConnection")
@Description("A page of pages, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class PageConnection extends Connection<Page, PageEdge> {

    PageConnection(List<PageEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}

package app.khabar.api;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageConnection")
@Description("A page of pages, Relay style: pass pageInfo.endCursor as 'after' for the next page.")
public class PageConnection extends Connection<Page, PageEdge> {

    PageConnection(List<PageEdge> edges, PageInfo pageInfo, LongSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}

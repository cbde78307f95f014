package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.khabar.store.PageRow;

@Type("Page")
@Description("One input file of the corpus: a raw news web page.")
public class Page implements Node {

    static final String TYPE = "Page";

    private final PageRow row;

    Page(PageRow row) {
        this.row = row;
    }

    PageRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.of(TYPE, row.pageKey());
    }

    @NonNull
    public String getFileName() {
        return row.fileName();
    }

    @NonNull
    @Description("What ingestion noticed and worked around (missing headline, unparsed date...).")
    public List<@NonNull String> getWarnings() {
        return row.warnings();
    }
}

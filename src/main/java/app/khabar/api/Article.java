package app.khabar.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import app.khabar.store.StoryRow;

@Type("Article")
@Description("A news story: a page's main article, an embedded story, or a teaser headline.")
public class Article implements Node {

    static final String TYPE = "Article";

    private final StoryRow row;

    Article(StoryRow row) {
        this.row = row;
    }

    StoryRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.of(TYPE, row.storyKey());
    }

    @NonNull
    @Description("Headline; derived from the first sentence when the page gives none.")
    public String getTitle() {
        return row.title();
    }

    @Description("True when the title was derived rather than given by the page.")
    public boolean isTitleDerived() {
        return row.titleDerived();
    }

    @NonNull
    public ArticleKind getKind() {
        return ArticleKind.of(row.kind());
    }

    @Description("Publication date when the page states one.")
    public LocalDate getPublishedAt() {
        return row.publishedAt();
    }

    @NonNull
    @Description("Attributed sources ('المصدر: ...'), in page order.")
    public List<@NonNull String> getSources() {
        return row.sources();
    }

    @NonNull
    @Description("Keywords the page lists ('كلمات دلالية: ...').")
    public List<@NonNull String> getTags() {
        return row.tags();
    }
}

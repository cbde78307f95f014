package app.khabar.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import app.khabar.corpus.StoryKind;

@Enum("StoryKind")
@Description("What part of a page a story came from.")
public enum ArticleKind {
    @Description("The page's own article.")
    MAIN,
    @Description("A full story the page embeds (after 'read also' and similar markers).")
    EMBEDDED,
    @Description("A linked headline with no body (teaser lists, 'similar articles').")
    TEASER;

    static ArticleKind of(StoryKind kind) {
        return valueOf(kind.name());
    }

    StoryKind toStoryKind() {
        return StoryKind.valueOf(name());
    }
}

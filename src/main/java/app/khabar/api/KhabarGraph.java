package app.khabar.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.common.annotation.NonBlocking;

import app.khabar.store.GraphReads;
import app.khabar.store.GraphReads.Slice;
import app.khabar.store.IngestionEntity;
import app.khabar.store.MentionRow;
import app.khabar.store.PageRow;
import app.khabar.store.PersonRow;
import app.khabar.store.RelationRow;
import app.khabar.store.StoryRow;
import jakarta.inject.Inject;

/**
 * The GraphQL API. Every field that fans out takes {@code @Source List<…>}: one database query per level of a
 * query, whatever the number of parents.
 * <p>
 * {@code @NonBlocking}: resolvers run on the thread executing the query, which {@link GraphQLHttp} makes a worker
 * thread; without it every resolver call would hop to another worker thread and back.
 */
@GraphQLApi
@NonBlocking
public class KhabarGraph {

    @Inject
    GraphReads reads;

    // ---- root queries

    @Query
    @Description("Any object by its global id; null when no object has that id.")
    public Node node(@NonNull @Id String id) {
        return GlobalId.decode(id).map(decoded -> switch (decoded.type()) {
            case Article.TYPE -> (Node) article(id);
            case Person.TYPE -> person(id);
            case Page.TYPE -> reads.pageByKey(decoded.key()).map(Page::new).orElse(null);
            default -> null;
        }).orElse(null);
    }

    @Query
    @Description("A story by id; null when no story has that id.")
    public Article article(@NonNull @Id String id) {
        return GlobalId.keyOf(id, Article.TYPE).flatMap(reads::storyByKey).map(Article::new).orElse(null);
    }

    @Query
    @Description("A person by id; null when no person has that id.")
    public Person person(@NonNull @Id String id) {
        return GlobalId.keyOf(id, Person.TYPE).flatMap(reads::personByKey).map(Person::new).orElse(null);
    }

    @Query
    @NonNull
    @Description("Stories, newest first; 'search' matches Arabic text insensitive to hamza, alef, ta marbuta, "
            + "diacritics and common prefixes.")
    public ArticleConnection articles(@DefaultValue("20") Integer first, String after, ArticleKind kind,
                                      @Id String personId, String search) {
        int limit = Limits.first(first, 20, "articles");
        Long person = null;
        if (personId != null) {
            var row = GlobalId.keyOf(personId, Person.TYPE).flatMap(reads::personByKey);
            if (row.isEmpty()) {
                // an unknown person has no stories: an empty list, like any filter that matches nothing
                return new ArticleConnection(List.of(), new PageInfo(false, after != null, null, null), () -> 0);
            }
            person = row.get().id();
        }
        String words = search == null || search.isBlank() ? null : search;
        Slice<StoryRow> slice = reads.stories(kind == null ? null : kind.toStoryKind(), person, words,
                Cursors.positionAfter(after), limit);
        return articleConnection(slice, after != null);
    }

    @Query
    @NonNull
    @Description("People, most mentioned first; 'name' matches any spelling (غالانت finds جالانت).")
    public PersonConnection people(@DefaultValue("20") Integer first, String after, String name) {
        int limit = Limits.first(first, 20, "people");
        Slice<PersonRow> slice = reads.people(name == null || name.isBlank() ? null : name,
                Cursors.positionAfter(after), limit);
        List<PersonEdge> edges = slice.items().stream()
                .map(row -> new PersonEdge(Cursors.of(row.listRank()), new Person(row))).toList();
        return new PersonConnection(edges, pageInfo(edges, PersonEdge::getCursor, slice.hasNext(), after != null),
                slice::totalCount);
    }

    @Query
    @NonNull
    @Description("Corpus pages, by file name.")
    public PageConnection pages(@DefaultValue("20") Integer first, String after) {
        int limit = Limits.first(first, 20, "pages");
        Slice<PageRow> slice = reads.pages(Cursors.positionAfter(after), limit);
        List<PageEdge> edges = slice.items().stream()
                .map(row -> new PageEdge(Cursors.of(row.listRank()), new Page(row))).toList();
        return new PageConnection(edges, pageInfo(edges, PageEdge::getCursor, slice.hasNext(), after != null),
                slice::totalCount);
    }

    @Query
    @NonNull
    @Description("What the last corpus load did.")
    public IngestionReport ingestion() {
        IngestionEntity last = reads.lastIngestion().orElse(null);
        if (last == null) {
            return new IngestionReport(0, 0, List.of(), 0);
        }
        List<SkippedFileReport> skipped = new ArrayList<>();
        for (int i = 0; i < last.skippedFileNames.size(); i++) {
            skipped.add(new SkippedFileReport(last.skippedFileNames.get(i), last.skippedReasons.get(i)));
        }
        return new IngestionReport(last.pagesLoaded, last.storiesLoaded, skipped, last.durationMs);
    }

    // ---- Page

    @NonNull
    @Description("Stories in page order; the MAIN story first.")
    public List<@NonNull List<@NonNull Article>> stories(@Source List<Page> pages) {
        Map<Long, List<StoryRow>> byPage = reads.storiesOfPages(pages.stream().map(p -> p.row().id()).toList());
        return pages.stream()
                .map(p -> byPage.getOrDefault(p.row().id(), List.of()).stream().map(Article::new).toList())
                .toList();
    }

    // ---- Article

    @NonNull
    public List<@NonNull Page> page(@Source List<Article> articles) {
        Map<Long, PageRow> pages = reads.pagesByIds(articles.stream().map(a -> a.row().pageId()).distinct().toList());
        return articles.stream().map(a -> new Page(pages.get(a.row().pageId()))).toList();
    }

    @NonNull
    @Description("Paragraphs of the story body, page noise removed; empty for a TEASER.")
    public List<@NonNull List<@NonNull String>> paragraphs(@Source List<Article> articles) {
        Map<Long, List<String>> bodies = reads.bodiesOf(ids(articles));
        return articles.stream().map(a -> bodies.getOrDefault(a.row().id(), List.of())).toList();
    }

    @NonNull
    @Description("The text that evidence offsets index: the headline (unless derived from the body), then the "
            + "paragraphs, one per line.")
    public List<@NonNull String> text(@Source List<Article> articles) {
        Map<Long, List<String>> bodies = reads.bodiesOf(ids(articles));
        return articles.stream().map(a -> a.row().text(bodies.getOrDefault(a.row().id(), List.of()))).toList();
    }

    @NonNull
    @Description("People mentioned in this story, most mentioned first.")
    public List<@NonNull List<@NonNull PersonMention>> people(@Source List<Article> articles) {
        Map<Long, List<MentionRow>> byStory = reads.mentionsOfStories(ids(articles));
        return articles.stream().map(article -> byStory.getOrDefault(article.row().id(), List.of()).stream()
                .map(row -> new PersonMention(new Person(row.person()), row.count(), row.surfaceForms(), row.roles(),
                        article, row.spans(), row.spanRules()))
                .toList()).toList();
    }

    // ---- PersonMention

    @NonNull
    @Description("Where the person is mentioned: character offsets in the story text and the sentence.")
    public List<@NonNull List<@NonNull MentionSpan>> evidence(@Source List<PersonMention> mentions) {
        Map<Long, List<String>> bodies = reads.bodiesOf(
                mentions.stream().map(m -> m.article().row().id()).distinct().toList());
        Map<Long, String> texts = new HashMap<>();
        List<List<MentionSpan>> result = new ArrayList<>(mentions.size());
        for (PersonMention mention : mentions) {
            StoryRow story = mention.article().row();
            String text = texts.computeIfAbsent(story.id(),
                    id -> story.text(bodies.getOrDefault(id, List.of())));
            List<MentionSpan> evidence = new ArrayList<>(mention.spans().length);
            int[][] spans = mention.spans();
            for (int i = 0; i < spans.length; i++) {
                int[] span = spans[i];
                evidence.add(new MentionSpan(text.substring(span[0], span[1]), span[0], span[1],
                        text.substring(span[2], span[3]), mention.rulesOfSpan(i)));
            }
            result.add(evidence);
        }
        return result;
    }

    @NonNull
    @Description("Other stories in the corpus related to this one, best first.")
    public List<@NonNull List<@NonNull RelatedStory>> relatedStories(@Source List<Article> articles,
                                                                     @DefaultValue("5") Integer first) {
        int limit = Limits.first(first, 5, "relatedStories");
        Map<Long, List<RelationRow>> byStory = reads.relationsOfStories(ids(articles), limit);
        return articles.stream().map(a -> byStory.getOrDefault(a.row().id(), List.of()).stream()
                .map(r -> new RelatedStory(new Article(r.related()), r.score(),
                        r.reasons().stream().map(Reason::valueOf).toList(), r.sharedPersonIds()))
                .toList()).toList();
    }

    // ---- RelatedStory

    @NonNull
    @Description("The people both stories mention, rarest first.")
    public List<@NonNull List<@NonNull Person>> sharedPeople(@Source List<RelatedStory> related) {
        Map<Long, PersonRow> people = reads.peopleByIds(
                related.stream().flatMap(r -> r.sharedPersonIds().stream()).distinct().toList());
        return related.stream().map(r -> r.sharedPersonIds().stream().map(people::get)
                .filter(p -> p != null).map(Person::new).toList()).toList();
    }

    // ---- Person

    @NonNull
    @Description("Stories that mention the person, newest first.")
    public List<@NonNull ArticleConnection> articles(@Source List<Person> people,
                                                     @DefaultValue("20") Integer first, String after) {
        int limit = Limits.first(first, 20, "Person.articles");
        int position = Cursors.positionAfter(after);
        Map<Long, List<StoryRow>> byPerson = reads.storiesOfPeople(
                people.stream().map(p -> p.row().id()).toList(), position, limit);
        return people.stream().map(p -> {
            List<StoryRow> rows = byPerson.getOrDefault(p.row().id(), List.of());
            boolean hasNext = rows.size() > limit;
            Slice<StoryRow> slice = new Slice<>(hasNext ? rows.subList(0, limit) : rows, hasNext,
                    p.row().storyCount());
            return articleConnection(slice, after != null);
        }).toList();
    }

    @NonNull
    @Description("People most often mentioned in the same stories.")
    public List<@NonNull List<@NonNull CoMention>> coMentioned(@Source List<Person> people,
                                                               @DefaultValue("10") Integer first) {
        int limit = Limits.first(first, 10, "coMentioned");
        var byPerson = reads.coMentionsOf(people.stream().map(p -> p.row().id()).toList(), limit);
        return people.stream().map(p -> byPerson.getOrDefault(p.row().id(), List.of()).stream()
                .map(c -> new CoMention(new Person(c.other()), c.sharedStories())).toList()).toList();
    }

    // ---- helpers

    private static List<Long> ids(List<Article> articles) {
        return articles.stream().map(a -> a.row().id()).toList();
    }

    private static ArticleConnection articleConnection(Slice<StoryRow> slice, boolean hasPrevious) {
        List<ArticleEdge> edges = slice.items().stream()
                .map(row -> new ArticleEdge(Cursors.of(row.listRank()), new Article(row))).toList();
        return new ArticleConnection(edges, pageInfo(edges, ArticleEdge::getCursor, slice.hasNext(), hasPrevious),
                slice::totalCount);
    }

    private static <E> PageInfo pageInfo(List<E> edges, Function<E, String> cursor, boolean hasNext,
                                         boolean hasPrevious) {
        return new PageInfo(hasNext, hasPrevious, edges.isEmpty() ? null : cursor.apply(edges.get(0)),
                edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1)));
    }
}

package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonMention")
@Description("A person's presence in one story.")
public class PersonMention {

    private final Person person;
    private final int count;
    private final List<String> surfaceForms;
    private final List<String> roles;
    private final Article article;
    private final int[][] spans;
    private final List<List<String>> spanRules;

    /**
     * @param spans     offsets into the article's text: start, end, sentence start, sentence end
     * @param spanRules span by span, the ids of the rules that found it
     */
    PersonMention(Person person, int count, List<String> surfaceForms, List<String> roles, Article article,
                  int[][] spans, List<List<String>> spanRules) {
        this.person = person;
        this.count = count;
        this.surfaceForms = surfaceForms;
        this.roles = roles;
        this.article = article;
        this.spans = spans;
        this.spanRules = spanRules;
    }

    List<String> rulesOfSpan(int index) {
        return index < spanRules.size() ? spanRules.get(index) : List.of();
    }

    Article article() {
        return article;
    }

    int[][] spans() {
        return spans;
    }

    @NonNull
    public Person getPerson() {
        return person;
    }

    @Description("How many times the person is mentioned in the story.")
    public int getCount() {
        return count;
    }

    @NonNull
    @Description("The exact spellings used in this story.")
    public List<@NonNull String> getSurfaceForms() {
        return surfaceForms;
    }

    @NonNull
    @Description("Titles or roles the story gives the person (e.g. وزير الدفاع الأمريكي).")
    public List<@NonNull String> getRoles() {
        return roles;
    }
}

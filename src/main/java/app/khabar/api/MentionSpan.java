package app.khabar.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MentionSpan")
@Description("One mention: its exact text, text.substring(start, end) of the article's text, and its sentence.")
public class MentionSpan {

    private final String text;
    private final int start;
    private final int end;
    private final String sentence;
    private final List<String> rules;

    MentionSpan(String text, int start, int end, String sentence, List<String> rules) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.rules = rules;
    }

    @NonNull
    public String getText() {
        return text;
    }

    @Description("Offset of the first character in Article.text.")
    public int getStart() {
        return start;
    }

    @Description("Offset after the last character in Article.text.")
    public int getEnd() {
        return end;
    }

    @NonNull
    public String getSentence() {
        return sentence;
    }

    @NonNull
    @Description("Ids of the recognition and resolution rules that found this mention (e.g. title-led, "
            + "given-name-lexicon, surname-in-story), so a reader sees why it is a person.")
    public List<@NonNull String> getRules() {
        return rules;
    }
}

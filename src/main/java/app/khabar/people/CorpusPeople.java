package app.khabar.people;

import java.util.List;

/** Everyone found in a corpus and where. */
public record CorpusPeople(List<PersonRecord> persons, List<StoryMention> mentions) {

    public CorpusPeople {
        persons = List.copyOf(persons);
        mentions = List.copyOf(mentions);
    }
}

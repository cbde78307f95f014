package app.khabar.people;

import java.io.ByteArrayInputStream;

/** Extractors for tests: the real one, and one without the curated list of well-known people. */
final class Extractors {

    static final PeopleExtractor FULL = PeopleExtractor.fromClasspath();

    /** Recognition must not depend on known-people.tsv: this extractor proves it. */
    static final PeopleExtractor WITHOUT_KNOWN_PEOPLE = new PeopleExtractor(Lexicon.load(file ->
            file.equals("known-people.tsv") ? new ByteArrayInputStream(new byte[0])
                    : Lexicon.class.getResourceAsStream(Lexicon.FOLDER + file)));

    private Extractors() {
    }
}

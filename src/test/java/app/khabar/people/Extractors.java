package app.khabar.people;

import java.io.ByteArrayInputStream;

/** Extractors for tests: the real one, the rules without the learned tagger, and one without the curated list of
 * well-known people. */
final class Extractors {

    static final PeopleExtractor FULL = PeopleExtractor.fromClasspath();

    /** The recognition rules alone: what a rule's table row says is the rule's doing, not the tagger's. */
    static final PeopleExtractor RULES_ALONE = new PeopleExtractor(Lexicon.fromClasspath(), null);

    /** Recognition must not depend on known-people.tsv: this extractor proves it. */
    static final PeopleExtractor WITHOUT_KNOWN_PEOPLE = new PeopleExtractor(Lexicon.load(file ->
            file.equals("known-people.tsv") ? new ByteArrayInputStream(new byte[0])
                    : Lexicon.class.getResourceAsStream(Lexicon.FOLDER + file)));

    private Extractors() {
    }
}

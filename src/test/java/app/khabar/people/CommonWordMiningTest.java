package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The mined common words are what mining gives, and they hold ordinary words, never a name of the lists. */
class CommonWordMiningTest {

    @Test
    void theShippedListIsWhatMiningGives() throws IOException {
        List<String> mined = CommonWordMining.mine();
        List<String> shipped;
        try (InputStream in = CommonWordMiningTest.class.getResourceAsStream(CommonWordMining.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        // a changed name list or gold file changes the list: mine again, then retrain the tagger, with
        // CommonWordMining src/main/resources/lexicon/common-words-mined.txt
        assertEquals(mined, shipped, "common-words-mined.txt is stale: mine it again, then retrain the tagger");
    }

    @Test
    void itMakesOrdinaryWordsCommonAndLeavesNamesAlone() {
        Lexicon lexicon = Lexicon.fromClasspath();
        assertTrue(lexicon.isCommonWord("جولات"), "a plural noun of news text");
        assertTrue(lexicon.isCommonWord("ميدانيه"), "an adjective of news text");
        assertFalse(lexicon.isCommonWord("محمد"), "a given name");
        assertFalse(lexicon.isCommonWord("صعب"), "three letters: also a family name (الياس بو صعب)");
        assertTrue(lexicon.isCommonWord("للقايد"), "ل before the article's ل, then a noun");
        assertTrue(lexicon.isCommonWord("وبالقايد"), "a conjunction, then a preposition with the article");
        assertFalse(lexicon.isCommonWord("بلقايد"), "no ب + ل + noun: two prepositions never stand together");
    }
}

package app.khabar.store;

import static app.khabar.api.GraphQLTestClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A corpus of the five seeds and every kind of broken file: the good pages load intact, each bad one is named. */
@QuarkusTest
@TestProfile(BrokenCorpusTest.Profile.class)
class BrokenCorpusTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.corpus.dir", BrokenCorpus.create().toString());
        }
    }

    @Test
    void everyBrokenFileIsSkippedWithItsReasonAndTheRestLoads() {
        JsonPath answer = data("{ ingestion { pagesLoaded storiesLoaded skippedFiles { fileName reason } } }");
        Map<String, String> skipped = answer.<Map<String, String>>getList("ingestion.skippedFiles").stream()
                .collect(Collectors.toMap(f -> f.get("fileName"), f -> f.get("reason")));
        BrokenCorpus.EXPECTED.forEach((file, reason) -> {
            if (reason == null) {
                assertTrue(!skipped.containsKey(file), file + " should load, was skipped: " + skipped.get(file));
            } else {
                assertTrue(skipped.getOrDefault(file, "").contains(reason),
                        file + " should be skipped because " + reason + ", got: " + skipped.get(file));
            }
        });
        long good = BrokenCorpus.EXPECTED.values().stream().filter(r -> r == null).count();
        assertEquals(5 + good, answer.getInt("ingestion.pagesLoaded"));
    }

    @Test
    void theSeedPagesAreIntact() {
        JsonPath answer = data("{ pages(first: 100) { nodes { fileName stories { title } } } }");
        List<Map<String, Object>> pages = answer.getList("pages.nodes");
        Map<String, Integer> stories = pages.stream().collect(Collectors.toMap(p -> (String) p.get("fileName"),
                p -> ((List<?>) p.get("stories")).size()));
        assertEquals(2, stories.get("000_8f46ce56175a4d4c.txt"));
        assertEquals(5, stories.get("001_debb8512eb0a1a7d.txt"));
        assertEquals(2, stories.get("002_b91ee82fcd84a4d3.txt"));
        assertEquals(4, stories.get("003_380e3a2f51e7f576.txt"));
        assertEquals(14, stories.get("004_aec285bbb76d8639.txt"));
        assertEquals(1, stories.get("crlf.txt"));
        assertEquals(1, stories.get("utf16-bom.txt"));
        assertEquals(1, stories.get("خبر عاجل.txt"));
    }
}

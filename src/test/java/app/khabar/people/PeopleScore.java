package app.khabar.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import app.khabar.pipeline.CorpusModel;
import app.khabar.testing.MiniJson;

/** The people figures of shared/eval/score.py, computed the same way on an extraction result. */
final class PeopleScore {

    /** The annotation of one file: gold person id → forms, and names that may be reported or not. */
    record FileGold(Map<String, List<String>> mentions, List<String> optional) {
    }

    record Result(int tp, int fp, int fn, int oneId, int goldMatched, int falseMerges, List<String> messages) {
        double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int splits() {
            return goldMatched - oneId;
        }

        @Override
        public String toString() {
            return String.format("people P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d | one-id %d/%d false-merges %d",
                    precision(), recall(), f1(), tp, fp, fn, oneId, goldMatched, falseMerges);
        }
    }

    private static final Pattern DIACRITICS = Pattern.compile("[\u064B-\u065F\u0670\u0640]");

    private PeopleScore() {
    }

    static String norm(String s) {
        s = DIACRITICS.matcher(s == null ? "" : s).replaceAll("");
        s = s.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
        return String.join(" ", s.trim().split("\\s+"));
    }

    static Set<String> variants(String form) {
        String n = norm(form);
        Set<String> out = new HashSet<>();
        out.add(n);
        if (n.length() > 3 && "وبلفك".indexOf(n.charAt(0)) >= 0) {
            out.add(n.substring(1));
        }
        return out;
    }

    /**
     * @param gold       file → annotation, in the gold file's order
     * @param fileOfStory story key → file name
     */
    static Result score(Map<String, FileGold> gold, CorpusPeople people, Function<String, String> fileOfStory) {
        Map<String, String> nameOf = new HashMap<>();
        for (PersonRecord person : people.persons()) {
            nameOf.put(person.key(), person.name());
        }
        Map<String, Map<String, Set<String>>> predictedByFile = new HashMap<>();
        Map<String, Set<String>> rulesByFileAndPerson = new HashMap<>(); // why an invented name was found
        for (StoryMention mention : people.mentions()) {
            Set<String> rules = rulesByFileAndPerson.computeIfAbsent(
                    fileOfStory.apply(mention.storyKey()) + "\n" + mention.personKey(), k -> new TreeSet<>());
            mention.spans().forEach(span -> rules.addAll(span.rules()));
            Map<String, Set<String>> predicted = predictedByFile.computeIfAbsent(
                    fileOfStory.apply(mention.storyKey()), k -> new LinkedHashMap<>());
            Set<String> forms = predicted.computeIfAbsent(mention.personKey(), k -> new HashSet<>());
            List<String> all = new ArrayList<>(mention.surfaceForms());
            all.add(nameOf.get(mention.personKey()));
            for (String form : all) {
                forms.addAll(variants(form));
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> messages = new ArrayList<>();
        Map<String, Set<String>> goldToPred = new LinkedHashMap<>();
        for (Map.Entry<String, FileGold> file : gold.entrySet()) {
            Map<String, Set<String>> predicted = predictedByFile.getOrDefault(file.getKey(), Map.of());
            Set<String> optional = new HashSet<>();
            for (String o : file.getValue().optional()) {
                optional.addAll(variants(o));
            }
            Map<String, List<String>> unmatched = new LinkedHashMap<>(file.getValue().mentions());
            for (Map.Entry<String, Set<String>> p : predicted.entrySet()) {
                // one id holding two annotated people of the page: scored as one found and one missed, reported here
                List<String> held = new ArrayList<>();
                for (Map.Entry<String, List<String>> g : file.getValue().mentions().entrySet()) {
                    if (g.getValue().stream().anyMatch(f -> intersects(variants(f), p.getValue()))) {
                        held.add(g.getKey());
                    }
                }
                if (held.size() > 1) {
                    messages.add(file.getKey() + ": different people of the page under one id: " + held);
                }
                String hit = null;
                for (Map.Entry<String, List<String>> g : unmatched.entrySet()) {
                    Set<String> goldForms = new HashSet<>();
                    for (String f : g.getValue()) {
                        goldForms.addAll(variants(f));
                    }
                    goldForms.retainAll(p.getValue());
                    if (!goldForms.isEmpty()) {
                        hit = g.getKey();
                        break;
                    }
                }
                if (hit != null) {
                    tp++;
                    goldToPred.computeIfAbsent(hit, k -> new HashSet<>()).add(p.getKey());
                    unmatched.remove(hit);
                } else if (!intersects(p.getValue(), optional)) {
                    fp++;
                    messages.add(file.getKey() + ": not a person in the annotation: " + p.getValue() + " by "
                            + rulesByFileAndPerson.getOrDefault(file.getKey() + "\n" + p.getKey(), Set.of()));
                }
            }
            for (Map.Entry<String, List<String>> g : unmatched.entrySet()) {
                fn++;
                messages.add(file.getKey() + ": missed " + g.getKey() + " " + g.getValue());
            }
        }
        int oneId = 0;
        Map<String, Set<String>> predToGold = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : goldToPred.entrySet()) {
            if (e.getValue().size() == 1) {
                oneId++;
            } else {
                messages.add("split across ids: " + e.getKey());
            }
            for (String pid : e.getValue()) {
                predToGold.computeIfAbsent(pid, k -> new HashSet<>()).add(e.getKey());
            }
        }
        int falseMerges = 0;
        for (Set<String> g : predToGold.values()) {
            if (g.size() > 1) {
                falseMerges++;
                messages.add("different people under one id: " + g);
            }
        }
        return new Result(tp, fp, fn, oneId, goldToPred.size(), falseMerges, messages);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Story key → its page's file name, for scoring what the whole pipeline made of a corpus. */
    static Function<String, String> fileOfStory(CorpusModel model) {
        Map<String, String> fileOfPage = new HashMap<>();
        for (CorpusModel.KeyedPage page : model.pages()) {
            fileOfPage.put(page.key(), page.page().fileName());
        }
        return storyKey -> fileOfPage.get(storyKey.substring(0, storyKey.lastIndexOf('.')));
    }

    /** Reads the "files" section of a gold file written like shared/eval/seeds-gold.json. */
    @SuppressWarnings("unchecked")
    static Map<String, FileGold> readGold(String json) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        Map<String, FileGold> gold = new LinkedHashMap<>();
        for (Map.Entry<String, Object> file : ((Map<String, Object>) root.get("files")).entrySet()) {
            Map<String, Object> f = (Map<String, Object>) file.getValue();
            Map<String, List<String>> mentions = new LinkedHashMap<>();
            for (Map.Entry<String, Object> m : ((Map<String, Object>) f.get("mentions")).entrySet()) {
                mentions.put(m.getKey(), (List<String>) (List<?>) m.getValue());
            }
            List<String> optional = f.get("optional") == null ? List.of() : (List<String>) f.get("optional");
            gold.put(file.getKey(), new FileGold(mentions, optional));
        }
        return gold;
    }
}

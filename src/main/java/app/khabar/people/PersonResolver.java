package app.khabar.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.khabar.arabic.ArabicText;

/**
 * Turns the names recognised in every story into persons of the whole corpus:
 * <ol>
 *   <li>full names are grouped when {@link NameMatcher#sameName} says they spell one name (a name of two given names
 *       and nothing else, محمود حسن, only on its own page: many people share it);</li>
 *   <li>groups are linked to the curated list of well-known people (Latin name, stable key);</li>
 *   <li>titled single names (الوزير أوستن) and bare surnames (غالانت، وبن جفير) are resolved to the person of
 *       that surname in the same story, else the same page, else the well-known list, else the corpus when only
 *       one person has it. An ambiguous surname is dropped rather than glued to the wrong person.</li>
 * </ol>
 * One instance serves one {@code extract} call.
 */
final class PersonResolver {

    private static final class Cluster {
        final List<List<String>> names = new ArrayList<>();
        final String suffix;
        final boolean single;
        Lexicon.KnownPerson known;
        Cluster mergedInto;
        final List<Hit> hits = new ArrayList<>();
        final Set<Integer> stories = new HashSet<>();
        final Set<String> pages = new HashSet<>();

        Cluster(String suffix, boolean single) {
            this.suffix = suffix;
            this.single = single;
        }

        Cluster root() {
            Cluster c = this;
            while (c.mergedInto != null) {
                c = c.mergedInto;
            }
            return c;
        }
    }

    /** {@code name}: the person's own name in {@code text}, without a kunya that opens it. */
    private record Hit(int story, int start, int end, String text, String name, int words, String role,
                       List<String> rules) {
    }

    /** A surname a bare word may stand for: {@code particle} (بن، دي) or null, then the last word. */
    private record Surname(Cluster cluster, String particle, String word) {
    }

    private final Lexicon lexicon;
    private final NameMatcher matcher;
    private final List<StoryText> stories;
    private final List<NameRecognizer.Recognition> recognitions;

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, List<Cluster>> byLastWord = new HashMap<>();
    private final Map<String, List<Cluster>> byChainPrefix = new HashMap<>();
    private final Map<String, List<Cluster>> byChainEnds = new HashMap<>();
    /** Latin name → the cluster standing for that well-known person, whatever spelling linked it. */
    private final Map<String, Cluster> byLatinName = new HashMap<>();
    private final Map<String, List<Surname>> surnames = new HashMap<>();

    PersonResolver(Lexicon lexicon, List<StoryText> stories, List<NameRecognizer.Recognition> recognitions) {
        this.lexicon = lexicon;
        this.matcher = new NameMatcher(lexicon);
        this.stories = stories;
        this.recognitions = recognitions;
    }

    CorpusPeople resolve() {
        groupFullNames();
        linkKnownPeople();
        indexSurnames();
        resolveSingleNames();
        resolveBareSurnames();
        return build();
    }

    // ---- 1. full names ---------------------------------------------------------------------------------

    private void groupFullNames() {
        for (int s = 0; s < stories.size(); s++) {
            for (NameRecognizer.Candidate candidate : recognitions.get(s).candidates()) {
                if (candidate.single()) {
                    continue;
                }
                Cluster cluster = findFullName(candidate.tokens(), candidate.suffix(), stories.get(s).pageKey());
                if (cluster == null) {
                    cluster = newCluster(candidate.suffix(), false);
                }
                addName(cluster, candidate.tokens());
                addHit(cluster, s, candidate);
            }
        }
    }

    private Cluster findFullName(List<String> tokens, String suffix, String page) {
        Cluster byChain = findByChainPrefix(tokens, suffix);
        if (byChain != null) {
            return byChain;
        }
        List<Cluster> sameLast = byLastWord.getOrDefault(lastKey(tokens), List.of());
        if (matcher.leavesOutGrandfather(tokens)) {
            // أبي أحمد علي after أبي أحمد on its page: the short form may have come first
            sameLast = new ArrayList<>(sameLast);
            sameLast.addAll(byLastWord.getOrDefault(lastKey(tokens.subList(0, 2)), List.of()));
        }
        Cluster subsetMatch = null;
        int subsetMatches = 0;
        boolean pageLocal = isTwoGivenNames(tokens, suffix);
        for (Cluster cluster : sameLast) {
            Cluster root = cluster.root();
            if (root.single || pageLocal && !root.pages.contains(page)) {
                continue;
            }
            for (List<String> name : root.names) {
                if (matcher.sameName(tokens, suffix, name, root.suffix, root.pages.contains(page))) {
                    if (name.size() == tokens.size()) {
                        return root;
                    }
                    if (subsetMatch != root) {
                        subsetMatches++;
                        subsetMatch = root;
                    }
                }
            }
        }
        return subsetMatches == 1 ? subsetMatch : null; // a short form fitting two long names joins neither
    }

    /**
     * محمود حسن، محمد علي: two given names and nothing else, a man's name and his father's, which many people share;
     * the same two words on two pages are two people unless the list of well-known people says otherwise.
     */
    private boolean isTwoGivenNames(List<String> tokens, String suffix) {
        return tokens.size() == 2 && suffix.isEmpty() && lexicon.isGivenName(tokens.get(0))
                && lexicon.isGivenName(tokens.get(1)) && !lexicon.isKnownSurname(tokens.get(1));
    }

    /**
     * محمد بن سلمان = محمد بن سلمان بن عبد العزيز آل سعود: a patronymic chain names one person by its first three
     * words (given name, particle, father), however much of the lineage follows. Only when one person fits.
     */
    private Cluster findByChainPrefix(List<String> tokens, String suffix) {
        Cluster found = unique(sameLineage(byChainPrefix.get(chainPrefix(tokens)), tokens));
        return found != null || chainWords(tokens) > 4 ? found
                : unique(sameLineage(byChainEnds.get(chainEnds(tokens)), tokens));
    }

    /**
     * The clusters with a spelling whose lineage the name's fits: every word of the shorter in the longer, in order
     * (محمد بن سلمان آل سعود in محمد بن سلمان بن عبد العزيز آل سعود). محمد ولد محمد راراه and محمد ولد محمد أحمد ولد
     * الغزواني share their first three words, as many Mauritanian names do, and are two men.
     */
    private List<Cluster> sameLineage(List<Cluster> clusters, List<String> tokens) {
        if (clusters == null) {
            return null;
        }
        List<Cluster> fitting = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            for (List<String> name : cluster.root().names) {
                if (tokens.size() <= name.size() ? inOrder(tokens, name) : inOrder(name, tokens)) {
                    fitting.add(cluster);
                    break;
                }
            }
        }
        return fitting;
    }

    /** Every word of {@code shorter} in {@code longer}, in the same order, up to spelling (سيد = سيدي). */
    private boolean inOrder(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String word : shorter) {
            while (at < longer.size() && !sameLineageWord(longer.get(at), word)) {
                at++;
            }
            if (at == longer.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private boolean sameLineageWord(String a, String b) {
        // حمادي ولد سيد/سيدي المختار: the head of a compound given name, printed both ways
        return matcher.sameWord(a, b) || lexicon.isCompoundGivenHead(a) && lexicon.isCompoundGivenHead(b);
    }

    /**
     * محمد ولد الغزواني = محمد ولد الشيخ الغزواني: a chain also names one person by its given name, its first particle
     * and its last word, where one of the two spellings is exactly those three words.
     */
    private String chainEnds(List<String> tokens) {
        int given = givenNameLength(tokens);
        if (tokens.size() < given + 2 || !lexicon.isChainParticle(tokens.get(given))) {
            return null;
        }
        return String.join(" ", tokens.subList(0, given + 1)) + " … " + tokens.get(tokens.size() - 1);
    }

    /** The words of a chain, a compound given name counted as one. */
    private static int chainWords(List<String> tokens) {
        return tokens.size() - givenNameLength(tokens) + 1;
    }

    /** عبد الرحمن بن ناصر: a chain's given name is one word, or two where it is a compound of عبد. */
    private static int givenNameLength(List<String> tokens) {
        return tokens.size() > 1 && tokens.get(0).equals("عبد") ? 2 : 1;
    }

    private static Cluster unique(List<Cluster> clusters) {
        if (clusters == null) {
            return null;
        }
        Cluster found = null;
        for (Cluster cluster : clusters) {
            Cluster root = cluster.root();
            // no suffix check: in الحسين بن عبد الله الثاني the generation belongs to the father
            if (root.single || root == found) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = root;
        }
        return found;
    }

    /** The first three words of a chain (X بن Y), or null for a name that is no chain. */
    private String chainPrefix(List<String> tokens) {
        int given = givenNameLength(tokens);
        int father = given + 1;
        if (tokens.size() <= father || !lexicon.isChainParticle(tokens.get(given)) || tokens.get(father).equals("عبد")
                && tokens.size() <= father + 1) {
            return null;
        }
        int end = tokens.get(father).equals("عبد") ? father + 2 : father + 1;
        return String.join(" ", tokens.subList(0, end));
    }

    private void addName(Cluster cluster, List<String> tokens) {
        for (List<String> name : cluster.names) {
            if (name.equals(tokens)) {
                return;
            }
        }
        cluster.names.add(tokens);
        String prefix = chainPrefix(tokens);
        if (prefix != null) {
            List<Cluster> sameChain = byChainPrefix.computeIfAbsent(prefix, k -> new ArrayList<>());
            if (!sameChain.contains(cluster)) {
                sameChain.add(cluster);
            }
        }
        String ends = chainEnds(tokens);
        if (ends != null && chainWords(tokens) <= 4) { // the short spelling and one word of lineage more at most
            List<Cluster> sameEnds = byChainEnds.computeIfAbsent(ends, k -> new ArrayList<>());
            if (!sameEnds.contains(cluster)) {
                sameEnds.add(cluster);
            }
        }
        indexByLastWord(cluster, lastKey(tokens));
        if (matcher.leavesOutGrandfather(tokens)) {
            // أبي أحمد علي: found by أبي أحمد on its page too, the short form that leaves the grandfather out
            indexByLastWord(cluster, lastKey(tokens.subList(0, 2)));
        }
    }

    private void indexByLastWord(Cluster cluster, String key) {
        List<Cluster> list = byLastWord.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(cluster)) {
            list.add(cluster);
        }
    }

    /** Index key of a name's last word; a final vowel letter is left out so روته and روتي meet (NameMatcher decides). */
    private static String lastKey(List<String> tokens) {
        String last = tokens.get(tokens.size() - 1);
        if (last.startsWith("ال") && last.length() >= 5) {
            last = last.substring(2); // دويك، الدويك: one bucket, NameMatcher decides whether they are one name
        }
        String stem = last.length() >= 4 && "هةيا".indexOf(last.charAt(last.length() - 1)) >= 0
                ? last.substring(0, last.length() - 1) : last;
        String key = TransliterationKey.of(stem);
        return key.length() >= 2 ? key : "=" + stem;
    }

    private Cluster newCluster(String suffix, boolean single) {
        Cluster cluster = new Cluster(suffix, single);
        clusters.add(cluster);
        return cluster;
    }

    private void addHit(Cluster cluster, int story, NameRecognizer.Candidate candidate, String... resolution) {
        String text = stories.get(story).text().substring(candidate.start(), candidate.end());
        List<String> rules = new ArrayList<>(candidate.rules());
        rules.addAll(List.of(resolution));
        String name = stories.get(story).text().substring(candidate.nameStart(), candidate.end());
        // (the generation counts as a word of the name, so تواضروس الثاني is fuller than تواضروس)
        int words = candidate.tokens().size() + (candidate.suffix().isEmpty() ? 0 : 1);
        addHit(cluster, new Hit(story, candidate.start(), candidate.end(), text, name, words, candidate.role(),
                List.copyOf(rules)));
    }

    private void addHit(Cluster cluster, Hit hit) {
        cluster.hits.add(hit);
        cluster.stories.add(hit.story());
        cluster.pages.add(stories.get(hit.story()).pageKey());
    }

    // ---- 2. well-known people --------------------------------------------------------------------------

    private void linkKnownPeople() {
        Map<String, List<Lexicon.KnownPerson>> knownByLast = new HashMap<>();
        Map<String, Lexicon.KnownPerson> knownByChain = new HashMap<>();
        for (Lexicon.KnownPerson person : lexicon.knownPeople()) {
            knownByLast.computeIfAbsent(lastKey(nameOf(person)), k -> new ArrayList<>()).add(person);
            String prefix = chainPrefix(splitAbd(nameOf(person)));
            if (prefix != null && suffixOf(person).isEmpty()) {
                knownByChain.putIfAbsent(prefix, person);
            }
        }
        for (Cluster cluster : List.copyOf(clusters)) {
            if (cluster.mergedInto != null) {
                continue;
            }
            Lexicon.KnownPerson match = null;
            for (List<String> name : cluster.names) {
                String prefix = chainPrefix(name);
                if (prefix != null && knownByChain.containsKey(prefix)) {
                    match = knownByChain.get(prefix);
                    break;
                }
                for (Lexicon.KnownPerson person : knownByLast.getOrDefault(lastKey(name), List.of())) {
                    if (matcher.sameName(name, cluster.suffix, nameOf(person), suffixOf(person))) {
                        match = person;
                        break;
                    }
                }
                if (match != null) {
                    break;
                }
            }
            if (match != null) {
                Cluster owner = knownCluster(match);
                if (owner != null && owner != cluster) {
                    merge(cluster, owner);
                } else {
                    link(cluster, match);
                }
            }
        }
    }

    private Cluster knownCluster(Lexicon.KnownPerson person) {
        Cluster cluster = byLatinName.get(person.latinName());
        return cluster == null ? null : cluster.root();
    }

    private void link(Cluster cluster, Lexicon.KnownPerson person) {
        cluster.known = person;
        byLatinName.put(person.latinName(), cluster);
    }

    private void merge(Cluster from, Cluster into) {
        from.mergedInto = into;
        for (List<String> name : from.names) {
            addName(into, name);
        }
        for (Hit hit : from.hits) {
            addHit(into, hit);
        }
        from.hits.clear();
    }

    /** The curated list may write عبدالعزيز joined; recognition keeps it as عبد العزيز. */
    private List<String> splitAbd(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size() + 1);
        for (String token : tokens) {
            lexicon.addNameToken(out, token);
        }
        return out;
    }

    private List<String> nameOf(Lexicon.KnownPerson person) {
        List<String> tokens = person.tokens();
        return suffixOf(person).isEmpty() ? tokens : tokens.subList(0, tokens.size() - 1);
    }

    private String suffixOf(Lexicon.KnownPerson person) {
        List<String> tokens = person.tokens();
        String last = tokens.get(tokens.size() - 1);
        return tokens.size() > 1 && lexicon.isGenerationSuffix(last) ? last : "";
    }

    // ---- 3. surnames -----------------------------------------------------------------------------------

    private void indexSurnames() {
        for (Cluster cluster : clusters) {
            if (cluster.mergedInto == null) {
                for (List<String> name : cluster.names) {
                    indexSurname(cluster, name);
                }
            }
        }
    }

    private void indexSurname(Cluster cluster, List<String> name) {
        int last = name.size() - 1;
        String word = name.get(last);
        if (last >= 1 && lexicon.isParticle(name.get(last - 1)) || last >= 2 && name.get(last - 1).equals("عبد")) {
            addSurname(new Surname(cluster, name.get(last - 1), word));
        } else if (word.length() >= 3 && !lexicon.isSurnameEnding(word)
                && (!lexicon.isNotName(word) || last >= 1) // الرئيس عون after ميشال عون: the page says it is a name
                && (last >= 1 || cluster.single && !lexicon.isAnyGivenName(word))) {
            addSurname(new Surname(cluster, null, word));
        }
    }

    private void addSurname(Surname surname) {
        String key = surnameKey(surname.particle(), surname.word());
        List<Surname> list = surnames.computeIfAbsent(key, k -> new ArrayList<>());
        for (Surname existing : list) {
            if (existing.cluster() == surname.cluster() && existing.word().equals(surname.word())) {
                return;
            }
        }
        list.add(surname);
    }

    private static String surnameKey(String particle, String word) {
        String key = TransliterationKey.of(word);
        key = key.length() >= 3 ? key : "=" + word;
        return particle == null ? key : particle + " " + key;
    }

    /** Clusters whose surname this word (after an optional particle) spells. */
    private List<Cluster> surnameClusters(String particle, String word) {
        List<Cluster> found = new ArrayList<>();
        for (Surname surname : surnames.getOrDefault(surnameKey(particle, word), List.of())) {
            Cluster root = surname.cluster().root();
            if (matcher.sameWord(word, surname.word(), particle == null ? 4 : 3) && !found.contains(root)) {
                found.add(root);
            }
        }
        return found;
    }

    private void resolveSingleNames() {
        Map<String, Cluster> givenSingles = new LinkedHashMap<>();
        Map<String, List<Cluster>> fullNamesByPage = new HashMap<>();
        for (Cluster cluster : clusters) {
            if (!cluster.single && cluster.mergedInto == null) {
                for (String page : cluster.pages) {
                    fullNamesByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(cluster);
                }
            }
        }
        for (int s = 0; s < stories.size(); s++) {
            for (NameRecognizer.Candidate candidate : recognitions.get(s).candidates()) {
                if (!candidate.single()) {
                    continue;
                }
                String word = candidate.tokens().get(candidate.tokens().size() - 1);
                if (candidate.givenOnly()) {
                    // الوزير أوستن after لويد أوستن: a given name that is the surname of someone on the same page
                    Choice local = choose(surnameClusters(null, word), null, s, false);
                    if (local != null && local.cluster() != null) {
                        addHit(local.cluster(), s, candidate, local.rule());
                        continue;
                    }
                    if (!candidate.standsAlone()) {
                        continue; // السيدة سناء العطية: a name whose family name was not read is nobody new
                    }
                    // للسلطان هيثم after السلطان هيثم بن طارق: the one person of the page with this first name
                    Cluster bearer = onlyBearerOfFirstName(fullNamesByPage.get(stories.get(s).pageKey()), word,
                            candidate.role());
                    if (bearer != null) {
                        addHit(bearer, s, candidate, "first-name-on-page");
                        continue;
                    }
                    // الملك سلمان: a given name alone is nobody's surname
                    Cluster cluster = givenSingles.computeIfAbsent(String.join(" ", candidate.tokens()),
                            k -> newCluster("", true));
                    addName(cluster, candidate.tokens());
                    addHit(cluster, s, candidate, "given-name-alone");
                    continue;
                }
                // the title or verb before the word is evidence on its own page, so a unique bearer of the
                // surname anywhere in the corpus may be meant
                Choice choice = choose(byRole(surnameClusters(null, word), candidate.role(), s),
                        lexicon.knownByShortForm(word), s, true);
                if (choice == null && !candidate.confirmed()) {
                    continue;
                }
                if (choice != null && choice.cluster() == null) {
                    continue; // the surname of several people here: whose is unclear, and it is nobody new
                }
                if (choice == null) {
                    Cluster cluster = newCluster("", true);
                    addName(cluster, candidate.tokens());
                    indexSurname(cluster, candidate.tokens());
                    addHit(cluster, s, candidate, "single-name-confirmed");
                } else {
                    addHit(choice.cluster(), s, candidate, choice.rule());
                }
            }
        }
    }

    /**
     * The one full name among the page's whose first word is this given name; null when none or several. A lone word
     * with its generation counts under the same title (البابا تواضروس after البابا تواضروس الثاني), not under another
     * (اللاعب محمد beside الملك محمد السادس is someone else).
     */
    private static Cluster onlyBearerOfFirstName(List<Cluster> pageNames, String given, String role) {
        Cluster bearer = null;
        for (Cluster cluster : pageNames == null ? List.<Cluster>of() : pageNames) {
            Cluster root = cluster.root();
            boolean bears = root.names.stream().anyMatch(name -> name.get(0).equals(given)
                    && (name.size() >= 2 || !root.suffix.isEmpty() && sameRoleHead(root, role)));
            if (bears && bearer != null && bearer != root) {
                return null;
            }
            if (bears) {
                bearer = root;
            }
        }
        return bearer;
    }

    /**
     * الرئيس عون where ميشال عون is رئيس الجمهورية and آلان عون a deputy: of several bearers of a surname in the
     * story, the one whose role shares the title's head word. The list unchanged when the role decides nothing.
     */
    private List<Cluster> byRole(List<Cluster> found, String role, int story) {
        if (found.size() < 2 || role == null) {
            return found;
        }
        String head = roleHead(role);
        List<Cluster> matching = new ArrayList<>();
        for (Cluster cluster : found) {
            for (Hit hit : cluster.hits) {
                if (hit.story() == story && hit.role() != null && roleHead(hit.role()).equals(head)) {
                    matching.add(cluster);
                    break;
                }
            }
        }
        return matching.size() == 1 ? matching : found;
    }

    /** Some mention of the person carries a role with the same head word as {@code role}. */
    private static boolean sameRoleHead(Cluster person, String role) {
        if (role == null) {
            return false;
        }
        String head = roleHead(role);
        return person.hits.stream().anyMatch(hit -> hit.role() != null && roleHead(hit.role()).equals(head));
    }

    private static String roleHead(String role) {
        String first = ArabicText.normalize(role.strip()).split("\\s+")[0];
        return first.startsWith("ال") && first.length() > 3 ? first.substring(2) : first;
    }

    /** A surname's bearer and how it was found (the id of the resolution rule); a null cluster: ambiguous. */
    private record Choice(Cluster cluster, String rule) {
    }

    /**
     * The person a surname stands for: the one in the same story, else the same page, else the well-known
     * person, else (if {@code corpusWide}) the only one in the corpus. Null when nobody has it; a choice with no
     * cluster when several people do.
     */
    private Choice choose(List<Cluster> found, Lexicon.KnownPerson known, int story, boolean corpusWide) {
        String page = stories.get(story).pageKey();
        List<Cluster> inStory = new ArrayList<>();
        List<Cluster> inPage = new ArrayList<>();
        for (Cluster cluster : found) {
            if (cluster.stories.contains(story)) {
                inStory.add(cluster);
            }
            if (cluster.pages.contains(page)) {
                inPage.add(cluster);
            }
        }
        if (!inStory.isEmpty()) {
            return new Choice(inStory.size() == 1 ? inStory.get(0) : null, "surname-in-story");
        }
        if (!inPage.isEmpty()) {
            return new Choice(inPage.size() == 1 ? inPage.get(0) : null, "surname-in-page");
        }
        if (known != null) {
            Cluster cluster = knownCluster(known);
            if (cluster == null) {
                cluster = newCluster("", false);
                link(cluster, known);
            }
            return new Choice(cluster, "known-person");
        }
        if (!corpusWide || found.isEmpty()) {
            return null;
        }
        return new Choice(found.size() == 1 ? found.get(0) : null, "surname-in-corpus");
    }

    private void resolveBareSurnames() {
        for (int s = 0; s < stories.size(); s++) {
            NameRecognizer.Recognition recognition = recognitions.get(s);
            List<Word> words = recognition.words();
            boolean[] claimed = recognition.claimed();
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                if (claimed[i] || !word.arabic()) {
                    continue;
                }
                List<Clitics.Reading> readings = Clitics.readings(word.norm());
                if (isFunctionWordWithClitic(readings)) {
                    continue; // بغير، وبعد: never a surname, however close its skeleton
                }
                for (Clitics.Reading reading : readings) {
                    if (resolveBareSurname(s, words, claimed, i, reading)) {
                        break;
                    }
                }
            }
        }
    }

    private boolean isFunctionWordWithClitic(List<Clitics.Reading> readings) {
        for (Clitics.Reading reading : readings) {
            if (reading.letters() > 0 && lexicon.isNotName(reading.form()) && !lexicon.isParticle(reading.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * الجامعة، المبدعين، رمضانية، صفاقس: a place, a listed common word, or a feminine or plural noun stands for
     * nobody on its own, even where a misread name ended with it; a listed family name (الشريف) still does.
     */
    private boolean readsAsNoun(String form) {
        if (lexicon.isKnownSurname(form)) {
            return false;
        }
        return lexicon.isPlace(form) || lexicon.isCommonWord(form) || form.length() >= 5
                && (form.endsWith("يه") || form.endsWith("ين") || form.endsWith("ات") || form.endsWith("ون")
                || WordShapes.hasArticle(form) && form.endsWith("ه"));
    }

    private boolean resolveBareSurname(int story, List<Word> words, boolean[] claimed, int i,
                                       Clitics.Reading reading) {
        String form = reading.form();
        if (form.length() < 2) {
            return false;
        }
        int endWord = i;
        List<Cluster> found;
        Lexicon.KnownPerson known;
        boolean abd = form.equals("عبد");
        if (lexicon.isParticle(form) || abd) {
            if (i + 1 >= words.size() || claimed[i + 1] || words.get(i + 1).gap() != Word.Gap.NONE) {
                return false;
            }
            String next = words.get(i + 1).norm();
            found = surnameClusters(form, next);
            known = lexicon.knownByShortForm(form + " " + next);
            endWord = i + 1;
        } else {
            if (form.length() < 3 || lexicon.isNotName(form) || lexicon.isAnyGivenName(form)
                    || lexicon.isSurnameEnding(form) || readsAsNoun(form)) {
                return false;
            }
            found = surnameClusters(null, form);
            known = lexicon.knownByShortForm(form);
        }
        if (found.isEmpty() && known == null) {
            return false;
        }
        // A bare word carries no evidence of its own: it stands for someone only on its own page or by the
        // curated list, never because someone elsewhere in the corpus has that surname (نور "light" is nobody's
        // name on a page that does not name him), so the reading does not degrade as the corpus grows.
        Choice choice = choose(found, known, story, false);
        if (choice == null) {
            return false;
        }
        if (choice.cluster() == null) {
            return true; // ambiguous: the word is a surname, but of whom is unclear
        }
        Word first = words.get(i);
        int start = first.start() + Word.rawOffset(first.raw(), reading.letters());
        int end = words.get(endWord).end();
        String text = stories.get(story).text().substring(start, end);
        addHit(choice.cluster(), new Hit(story, start, end, text, text, endWord - i + 1, null,
                List.of("bare-" + choice.rule())));
        for (int k = i; k <= endWord; k++) {
            claimed[k] = true;
        }
        return true;
    }

    // ---- 4. output -------------------------------------------------------------------------------------

    private CorpusPeople build() {
        List<Cluster> people = new ArrayList<>();
        for (Cluster cluster : clusters) {
            if (cluster.mergedInto == null && !cluster.hits.isEmpty()) {
                cluster.hits.sort(Comparator.comparingInt(Hit::story).thenComparingInt(Hit::start));
                people.add(cluster);
            }
        }
        people.sort(Comparator.comparingInt((Cluster c) -> c.hits.get(0).story())
                .thenComparingInt(c -> c.hits.get(0).start()));

        Set<String> usedKeys = new HashSet<>();
        Map<Cluster, String> keys = new HashMap<>();
        List<PersonRecord> persons = new ArrayList<>();
        for (Cluster cluster : people) {
            String name = canonicalName(cluster);
            String key = uniqueKey(baseKey(cluster, name), usedKeys);
            keys.put(cluster, key);
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> roles = new LinkedHashSet<>();
            for (Hit hit : cluster.hits) {
                aliases.add(hit.text());
                roles.addAll(Roles.split(Roles.clean(hit.role(), lexicon), lexicon));
            }
            persons.add(new PersonRecord(key, name, cluster.known == null ? null : cluster.known.latinName(),
                    List.copyOf(aliases), Roles.tidy(roles, lexicon)));
        }

        // hits grouped by story once: scanning every person's hits for every story would grow with the square
        // of the corpus
        Map<Integer, Map<Cluster, List<Hit>>> byStory = new HashMap<>();
        for (Cluster cluster : people) {
            for (Hit hit : cluster.hits) {
                byStory.computeIfAbsent(hit.story(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(cluster, k -> new ArrayList<>()).add(hit);
            }
        }
        List<StoryMention> mentions = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            Map<Cluster, List<Hit>> inStory = byStory.getOrDefault(s, Map.of());
            List<Map.Entry<Cluster, List<Hit>>> entries = new ArrayList<>(inStory.entrySet());
            entries.sort(Comparator.comparingInt(e -> e.getValue().get(0).start()));
            String text = stories.get(s).text();
            for (Map.Entry<Cluster, List<Hit>> entry : entries) {
                Set<String> forms = new LinkedHashSet<>();
                Set<String> roles = new LinkedHashSet<>();
                List<MentionSpan> spans = new ArrayList<>();
                for (Hit hit : entry.getValue()) {
                    forms.add(hit.text());
                    roles.addAll(Roles.split(Roles.clean(hit.role(), lexicon), lexicon));
                    spans.add(new MentionSpan(hit.text(), hit.start(), hit.end(), Sentences.around(text, hit.start()),
                            hit.rules()));
                }
                mentions.add(new StoryMention(stories.get(s).storyKey(), keys.get(entry.getKey()),
                        List.copyOf(forms), Roles.tidy(roles, lexicon), spans));
            }
        }
        return new CorpusPeople(persons, mentions);
    }

    /**
     * The fullest form seen (most words, then written in Arabic letters rather than a Persian keyboard's (ی، ک …), then
     * most frequent, then first); the curated name if it is fuller.
     */
    private String canonicalName(Cluster cluster) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Hit hit : cluster.hits) {
            String form = ArabicText.withoutMarks(hit.name()).replaceAll("\\s+", " ");
            counts.computeIfAbsent(form, k -> new int[] {hit.words(), 0})[1]++;
        }
        String best = null;
        int[] bestCount = null;
        boolean bestPersian = false;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            boolean persian = ArabicText.writesPersianLetters(entry.getKey());
            if (best == null || c[0] > bestCount[0] || c[0] == bestCount[0] && (bestPersian && !persian
                    || bestPersian == persian && c[1] > bestCount[1])) {
                best = entry.getKey();
                bestCount = c;
                bestPersian = persian;
            }
        }
        if (cluster.known != null && cluster.known.tokens().size() > bestCount[0]) {
            return cluster.known.arabicName();
        }
        return best;
    }

    /**
     * Derived from the name, not from load order: the Latin name when known, else the name with foreign words
     * reduced to their skeleton, so that spelling variants give one key and محمد عباس ≠ محمود عباس.
     */
    private String baseKey(Cluster cluster, String name) {
        if (cluster.known != null) {
            return "p-" + hash("latin:" + cluster.known.latinName().toLowerCase(Locale.ROOT));
        }
        StringBuilder skeleton = new StringBuilder("ar:");
        for (String word : ArabicText.normalize(name).split(" ")) {
            skeleton.append(lexicon.isArabicName(word) ? word : TransliterationKey.of(word)).append(' ');
        }
        return "p-" + hash(skeleton.toString());
    }

    private static String uniqueKey(String base, Set<String> used) {
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** 64-bit FNV-1a, hex: short, stable across JVMs and runs. */
    private static String hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return String.format("%016x", h);
    }
}

package app.khabar.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.khabar.arabic.ArabicText;

/**
 * The word lists recognition relies on, normalised with {@link ArabicText#normalize}. Immutable once loaded.
 * File names are listed explicitly: classpath folders cannot be listed in a native image.
 */
final class Lexicon {

    static final String FOLDER = "/lexicon/";
    static final List<String> GIVEN_NAME_FILES = List.of(
            "first-names-arabic.txt", "first-names-hebrew.txt", "first-names-western.txt", "first-names-other.txt",
            "first-names-latin-american.txt", "first-names-african.txt", "first-names-turkish-persian.txt",
            "first-names-east-asian.txt");

    /** A well-known person from known-people.tsv. */
    record KnownPerson(String arabicName, String latinName, List<String> tokens) {
    }

    private final Set<String> givenNames;
    private final Set<String> weakGivenNames;
    private final Set<String> definiteGivenNames;
    private final Set<String> chainParticles;
    private final Set<String> familyParticles;
    private final Set<String> compoundGivenHeads;
    private final Set<String> surnameEndings;
    private final Set<String> compoundNameEnds;
    private final Set<String> nounSurnames;
    private final Set<String> adjectiveSurnames;
    private final Set<String> roleHonorifics;
    private final Set<String> placeGoverningTitles;
    private final Set<String> singleNameTitles;
    private final Set<String> placeUnits;
    private final Set<String> stateUnits;
    private final Set<String> genericRoles;
    private final Set<String> chineseFamilySyllables;
    private final Set<String> chineseGivenSyllables;
    /** Honorific phrases by their first word, so the check at every word is one look-up. */
    private final Map<String, List<List<String>>> honorificsByFirstWord;
    /** Fixed expressions made of name-like words (رمضان كريم، عيد الميلاد), by their first word. */
    private final Map<String, List<List<String>>> fixedPhrasesByFirstWord;
    /** The places of places.txt named in two or more words, under their first word with and without clitics. */
    private final Map<String, List<List<String>>> placePhrasesByFirstWord;
    /** The most words of any place phrase: how far back a word may lie from its phrase's start. */
    private final int longestPlacePhrase;
    private final Map<String, List<List<String>>> lineupPositionsByFirstWord;
    private final Set<String> arabicNames;
    private final Set<String> titles;
    private final Set<String> groupTitles;
    private final Set<String> complements;
    private final Set<String> modifiers;
    private final Set<String> suffixes;
    private final Set<String> particles;
    private final Set<String> nationalities;
    private final Set<String> groupAdjectives;
    private final Set<String> verbs;
    private final Set<String> notNames;
    private final Set<String> places;
    private final Set<String> orgHeads;
    private final Set<String> creditWords;
    private final Set<String> deputyTitles;
    private final Set<String> romanceParticles;
    private final Set<String> commonWords;
    /**
     * Words mined from annotated pages, as they were written there (already inflected): counted as written, never
     * given the plural endings the hand-made list gets (المره + ون would make the family name المرهون common).
     */
    private final Set<String> minedCommonWords;
    private final Set<String> reportingVerbs;
    /** Letters a cue word can start with, bare or after a clitic: a cheap exit computed from the lists. */
    private final String cueFirstLetters;
    private final Set<String> listCues;
    private final Set<String> kinCues;
    private final Set<String> cuesBeforeLa;
    private final Set<String> openersAfterNames;
    private final Set<String> honorificsInChains;
    private final Set<String> timesAfterNames;
    private final List<KnownPerson> knownPeople;
    private final Map<String, KnownPerson> knownByShortForm;
    private final Set<String> knownSurnames;
    /** باسم: names of the name lists that are title complements too, so no given names of their own. */
    private final Set<String> complementNames;
    private final Set<String> namingWords;
    private final Set<String> workTitleCues;
    private final Set<String> serviceBranches;

    private Lexicon(Function<String, InputStream> resources) {
        // a function word, a listed verb or a title complement is never a given name, whatever a name list says
        // (آن normalises to ان "that", باسم is also "in the name of", انا is "I")
        // each list is read once; the name lists are then derived against the word lists
        notNames = Set.copyOf(words(resources, "not-names.txt"));
        verbs = Set.copyOf(words(resources, "verbs.txt"));
        complements = Set.copyOf(words(resources, "title-complements.txt"));
        commonWords = Set.copyOf(words(resources, "common-words.txt"));
        minedCommonWords = Set.copyOf(words(resources, "common-words-mined.txt"));
        Set<String> single = new HashSet<>();
        Set<String> group = new HashSet<>();
        for (String title : words(resources, "titles.txt")) {
            if (title.endsWith("*")) {
                group.add(title.substring(0, title.length() - 1));
            } else {
                single.add(title);
            }
        }
        titles = Set.copyOf(single);
        groupTitles = Set.copyOf(group);

        Set<String> neverNames = new HashSet<>(notNames);
        neverNames.addAll(verbs);
        neverNames.addAll(complements);
        Set<String> given = new HashSet<>();
        for (String file : GIVEN_NAME_FILES) {
            given.addAll(words(resources, file));
        }
        Set<String> weak = new HashSet<>(words(resources, "ambiguous-names.txt"));
        complementNames = given.stream().filter(complements::contains).collect(Collectors.toUnmodifiableSet());
        namingWords = Set.copyOf(words(resources, "naming-words.txt"));
        workTitleCues = Set.copyOf(words(resources, "work-title-cues.txt"));
        serviceBranches = Set.copyOf(words(resources, "service-branches.txt"));
        Set<String> plainWords = new HashSet<>(neverNames);
        plainWords.addAll(commonWords);
        for (String name : given) {
            // ورد، وفاء: also و + a verb or a word (ورد = و + رد "and replied"); و + another given name is no
            // reason (وائل is not و + the Korean إيل, وليام not و + ليام)
            boolean conjunctionReading = name.length() >= 3 && name.charAt(0) == 'و'
                    && (plainWords.contains(name.substring(1))
                    || titles.contains(name.substring(1)) || groupTitles.contains(name.substring(1)));
            if (plainWords.contains(name) || conjunctionReading) {
                // لولا دا سيلفا: a name, but only where a title or the rest of the name says so (بانة is بأنه too)
                weak.add(name);
            }
        }
        given.removeAll(weak);
        // الأزهر، الطيب in a plain list: a name with the article reads as one only where a definite given name does
        // (only where the article is one: الحسن is ال + حسن; الياس and الكسندر begin with a vowel)
        Set<String> definite = new HashSet<>(words(resources, "given-names-definite.txt"));
        for (String name : List.copyOf(given)) {
            String bare = name.length() > 4 && name.startsWith("ال") ? name.substring(2) : null;
            if (bare != null && (given.contains(bare) || weak.contains(bare) || plainWords.contains(bare))) {
                given.remove(name);
                definite.add(name);
            }
        }
        // انا "I", لولا "if not": a function word is no given name (علي is also على, but far more often the name)
        given.removeIf(name -> ArabicText.isStopWord(name) && !name.equals("علي"));
        weak.removeIf(name -> complements.contains(name)
                || neverNames.contains(name) && ArabicText.isStopWord(name) && !name.equals("علي"));
        weakGivenNames = Set.copyOf(weak);

        chainParticles = Set.copyOf(words(resources, "chain-particles.txt"));
        familyParticles = Set.copyOf(words(resources, "family-particles.txt"));
        compoundGivenHeads = Set.copyOf(words(resources, "compound-given-heads.txt"));
        surnameEndings = Set.copyOf(words(resources, "surname-endings.txt"));
        compoundNameEnds = Set.copyOf(words(resources, "compound-name-ends.txt"));
        nounSurnames = Set.copyOf(words(resources, "noun-surnames.txt"));
        adjectiveSurnames = Set.copyOf(words(resources, "adjective-surnames.txt"));
        roleHonorifics = Set.copyOf(words(resources, "role-honorifics.txt"));
        placeGoverningTitles = Set.copyOf(words(resources, "place-governing-titles.txt"));
        singleNameTitles = Set.copyOf(words(resources, "single-name-titles.txt"));
        placeUnits = Set.copyOf(words(resources, "place-units.txt"));
        stateUnits = Set.copyOf(words(resources, "state-units.txt"));
        genericRoles = Set.copyOf(words(resources, "generic-roles.txt"));
        Map<String, List<String>> chinese = sections(resources, "chinese-name-syllables.txt");
        chineseFamilySyllables = Set.copyOf(chinese.getOrDefault("family", List.of()));
        chineseGivenSyllables = Set.copyOf(chinese.getOrDefault("given", List.of()));
        honorificsByFirstWord = phrasesByFirstWord(words(resources, "honorifics.txt"));
        fixedPhrasesByFirstWord = withClitics(phrasesByFirstWord(words(resources, "fixed-phrases.txt")));
        lineupPositionsByFirstWord = phrasesByFirstWord(words(resources, "lineup-positions.txt"));
        givenNames = Set.copyOf(given);
        definiteGivenNames = Set.copyOf(definite);
        Set<String> arabic = new HashSet<>(words(resources, "first-names-arabic.txt"));
        arabic.addAll(weakGivenNames);
        arabicNames = Set.copyOf(arabic);

        modifiers = Set.copyOf(words(resources, "role-modifiers.txt"));
        suffixes = Set.copyOf(words(resources, "generation-suffixes.txt"));
        particles = Set.copyOf(words(resources, "name-particles.txt"));
        nationalities = Set.copyOf(nationalityForms(words(resources, "nationalities.txt")));
        groupAdjectives = Set.copyOf(words(resources, "group-adjectives.txt"));
        places = Set.copyOf(words(resources, "places.txt"));
        List<String> placePhrases = places.stream().filter(place -> place.contains(" ")).sorted().toList();
        placePhrasesByFirstWord = withClitics(phrasesByFirstWord(placePhrases));
        longestPlacePhrase = placePhrases.stream().mapToInt(place -> place.split(" ").length).max().orElse(0);
        orgHeads = Set.copyOf(words(resources, "org-heads.txt"));
        creditWords = Set.copyOf(words(resources, "credit-words.txt"));
        deputyTitles = Set.copyOf(words(resources, "deputy-titles.txt"));
        romanceParticles = Set.copyOf(words(resources, "romance-particles.txt"));
        Set<String> cues = new HashSet<>(words(resources, "reporting-verbs.txt"));
        cues.addAll(words(resources, "person-cues.txt"));
        cuesBeforeLa = Set.copyOf(words(resources, "cues-before-la.txt"));
        cues.addAll(cuesBeforeLa);
        reportingVerbs = Set.copyOf(cues);
        listCues = Set.copyOf(words(resources, "list-cues.txt"));
        cues.addAll(listCues);
        kinCues = Set.copyOf(words(resources, "kin-cues.txt"));
        cues.addAll(kinCues);
        // a cue's own first letter, a clitic's, or the article's of a nationality
        StringBuilder letters = new StringBuilder("اوفبلك");
        for (String cue : cues) {
            if (!cue.isEmpty() && letters.indexOf(cue.substring(0, 1)) < 0) {
                letters.append(cue.charAt(0));
            }
        }
        cueFirstLetters = letters.toString();
        openersAfterNames = Set.copyOf(words(resources, "openers-after-names.txt"));
        honorificsInChains = Set.copyOf(words(resources, "honorifics-in-chains.txt"));
        timesAfterNames = Set.copyOf(words(resources, "times-after-names.txt"));

        List<KnownPerson> known = new ArrayList<>();
        Map<String, KnownPerson> byShort = new LinkedHashMap<>();
        Set<String> surnames = new HashSet<>();
        for (String line : lines(resources, "known-people.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            for (String token : cols[0].trim().split("\\s+")) {
                String norm = ArabicText.normalize(token);
                if (tokens.isEmpty() && isTitle(norm)) {
                    continue; // "الملك تشارلز": the title is not part of the name
                }
                tokens.add(norm);
            }
            KnownPerson person = new KnownPerson(cols[0].trim(), cols[1].trim(), List.copyOf(tokens));
            known.add(person);
            int last = tokens.size() - 1;
            if (last > 0 && suffixes.contains(tokens.get(last))) {
                last--;
            }
            if (last > 0) {
                surnames.add(tokens.get(last));
            }
            if (cols.length > 2) {
                for (String form : cols[2].split("\\|")) {
                    String norm = ArabicText.normalize(form.trim());
                    if (!norm.isEmpty()) {
                        byShort.putIfAbsent(norm, person);
                        String[] parts = norm.split(" ");
                        surnames.add(parts[parts.length - 1]);
                    }
                }
            }
        }
        // نصر الله: الله alone is nobody's surname
        surnames.removeIf(s -> ArabicText.isStopWord(s) || notNames.contains(s) || isPlace(s));
        knownPeople = List.copyOf(known);
        knownByShortForm = Map.copyOf(byShort);
        knownSurnames = Set.copyOf(surnames);
    }

    static Lexicon fromClasspath() {
        return load(file -> Lexicon.class.getResourceAsStream(FOLDER + file));
    }

    /** @param resources file name (e.g. "titles.txt") → its content, or null when missing */
    static Lexicon load(Function<String, InputStream> resources) {
        return new Lexicon(resources);
    }

    // ---- given names -------------------------------------------------------------------------------------

    /** A given name that can start a name on its own. */
    boolean isGivenName(String norm) {
        return givenNames.contains(norm);
    }

    /** A given name that is also an ordinary word: it needs a title or a name around it. */
    boolean isWeakGivenName(String norm) {
        return weakGivenNames.contains(norm);
    }

    /** A listed given name that is no ordinary word too: a name by itself, where a weak one needs a title or a name. */
    boolean isSureGivenName(String norm) {
        return givenNames.contains(norm) && !weakGivenNames.contains(norm);
    }

    boolean isAnyGivenName(String norm) {
        return givenNames.contains(norm) || weakGivenNames.contains(norm) || isJoinedAbd(norm);
    }

    /** Arabic given names differ by letters that transliteration would merge (جمال/كمال، حسن/حسين). */
    boolean isArabicName(String norm) {
        return arabicNames.contains(norm) || isJoinedAbd(norm);
    }

    /** عبدالرشيد، عبدالباقي: عبد and a divine name written as one word are always a given name. */
    private static boolean isJoinedAbd(String norm) {
        // عبداللهيان is a Persian family name: -يان makes a surname of the compound
        return norm.length() >= 7 && norm.startsWith("عبدال") && !norm.endsWith("يان");
    }

    /**
     * Adds a name word to a name's tokens; عبدالرحمن and عبد الرحمن are one name, so a joined عبد name is kept as its
     * two words (عبدربه too, when the lexicon lists it).
     */
    void addNameToken(List<String> tokens, String norm) {
        if (norm.length() >= 6 && norm.startsWith("عبد") && isArabicName(norm)) {
            tokens.add("عبد");
            tokens.add(norm.substring(3));
        } else {
            tokens.add(norm);
        }
    }

    /** الحسن، الحسين، المختار: given names written with the article, read as names before بن/ولد or after a title. */
    boolean isDefiniteGivenName(String norm) {
        return definiteGivenNames.contains(norm);
    }

    /** How many words of an honorific phrase (حفظه الله، طيب الله ثراه) start at word i; 0 if none. */
    /** The number of words of a line-up position (خط الدفاع، حراسة المرمى) starting at word i, or 0. */
    int lineupPositionLength(List<Word> words, int i) {
        return phraseLength(lineupPositionsByFirstWord.get(words.get(i).norm()), words, i);
    }

    /** The length of the first of {@code phrases} (all starting with word i's form) that words i… spell, or 0. */
    private static int phraseLength(List<List<String>> phrases, List<Word> words, int i) {
        if (phrases == null) {
            return 0;
        }
        for (List<String> phrase : phrases) {
            boolean match = i + phrase.size() <= words.size();
            for (int k = 1; k < phrase.size() && match; k++) {
                match = words.get(i + k).norm().equals(phrase.get(k));
            }
            if (match) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static Map<String, List<List<String>>> phrasesByFirstWord(List<String> lines) {
        Map<String, List<List<String>>> phrases = new HashMap<>();
        for (String phrase : lines) {
            List<String> phraseWords = List.of(phrase.split(" "));
            phrases.computeIfAbsent(phraseWords.get(0), k -> new ArrayList<>()).add(phraseWords);
        }
        return Map.copyOf(phrases);
    }

    int honorificLength(List<Word> words, int i) {
        String first = words.get(i).norm();
        List<List<String>> phrases = honorificsByFirstWord.get(first);
        if (phrases == null && first.length() > 2 && "وف".indexOf(first.charAt(0)) >= 0) {
            phrases = honorificsByFirstWord.get(first.substring(1)); // وحفظه الله
        }
        return phraseLength(phrases, words, i);
    }

    /**
     * The length of a fixed expression whose words are also names (رمضان كريم، بعيد الميلاد، حسن السلوك) starting at
     * word i, a clitic allowed on its first word; 0 if none.
     */
    int fixedPhraseLength(List<Word> words, int i) {
        int length = phraseLength(fixedPhrasesByFirstWord.get(words.get(i).norm()), words, i);
        if (length > 0 && words.get(i + length - 1).norm().equals("عام") && i + length < words.size()
                && ArabicText.isNumber(words.get(i + length).norm())) {
            return 0; // أمين عام 2015: Amin in the year 2015, not the office
        }
        return length;
    }

    /**
     * The number of words of a place named in two or more words starting at word i (ذي قار، سيدي بوزيد، خميس مشيط,
     * after a clitic too), or 0. Their words are also given names, kunyas or titles: no name starts there.
     */
    int placePhraseLength(List<Word> words, int i) {
        int length = phraseLength(placePhrasesByFirstWord.get(words.get(i).norm()), words, i);
        if (length > 0 && i + length < words.size() && isChainParticle(words.get(i + length).norm())) {
            return 0; // سيدي عامر ولد محمد: a Mauritanian given name before its chain
        }
        return length;
    }

    /** Word i is a word of a place named in two or more words (محافظة ذي قار: قار too). */
    boolean isInPlacePhrase(List<Word> words, int i) {
        for (int start = Math.max(0, i - longestPlacePhrase + 1); start <= i; start++) {
            if (placePhraseLength(words, start) > i - start) {
                return true;
            }
        }
        return false;
    }

    /** The index again under each first word with its proclitics (وعيد، بعيد، وبعيد): one look-up per word read. */
    private static Map<String, List<List<String>>> withClitics(Map<String, List<List<String>>> byFirstWord) {
        Map<String, List<List<String>>> all = new HashMap<>(byFirstWord);
        for (Map.Entry<String, List<List<String>>> entry : byFirstWord.entrySet()) {
            for (String clitics : Clitics.prefixes()) {
                all.putIfAbsent(clitics + entry.getKey(), entry.getValue());
            }
        }
        return Map.copyOf(all);
    }

    /** A word of a title under which a person is named by one given name (الملك، البابا، المطربة), without ال. */
    boolean isSingleNameTitle(String head) {
        return singleNameTitles.contains(head);
    }

    /** الشيخ، السيد، الملك: an honorific that ends a role phrase before the name, not a role of its own. */
    boolean isRoleHonorific(String norm) {
        return roleHonorifics.contains(norm);
    }

    /** محافظ، قائمقام، مطران: a title head that governs a place, its complement. */
    boolean isPlaceGoverningTitle(String norm) {
        return placeGoverningTitles.contains(norm);
    }

    /** الرئيس، الوزير: a role that says nothing once a fuller one is known. */
    boolean isGenericRole(String norm) {
        return genericRoles.contains(norm);
    }

    /** شي، لي، تشانغ: the first syllable of a Chinese name. */
    boolean isChineseFamilySyllable(String norm) {
        return chineseFamilySyllables.contains(norm);
    }

    /** جين، بينغ، تشيانغ: a syllable of a Chinese given name. */
    boolean isChineseGivenSyllable(String norm) {
        return chineseGivenSyllables.contains(norm);
    }

    /** حرب، سلام، خان: family names that are also common words, read as names only where a person is announced. */
    boolean isNounSurname(String norm) {
        return nounSurnames.contains(norm);
    }

    /** الأحمر، الأطرش: a family name that is an adjective of colour or of the body, with the article. */
    boolean isAdjectiveSurname(String norm) {
        return adjectiveSurnames.contains(norm);
    }

    /** الدين، الله، العابدين: the second word of a name written as two (نور الدين، زين العابدين). */
    boolean isCompoundNameEnd(String norm) {
        return compoundNameEnds.contains(norm);
    }

    /** أوغلو، زاده: words that end a compound surname and are never a name alone. */
    boolean isSurnameEnding(String norm) {
        return surnameEndings.contains(norm);
    }

    /** بن، بنت، ولد، ابن: the particles of a patronymic chain (not دي، فون، آل). */
    boolean isChainParticle(String norm) {
        return chainParticles.contains(norm);
    }

    /** آيت: a particle whose next word is a family's root, whatever else that word is. */
    boolean isFamilyParticle(String norm) {
        return familyParticles.contains(norm);
    }

    /** سيد، سيدي: a head that makes one compound given name with the given name after it. */
    boolean isCompoundGivenHead(String norm) {
        return compoundGivenHeads.contains(norm);
    }

    // ---- roles -----------------------------------------------------------------------------------------

    /** A title or role head (وزير، الرئيس، المتحدثة), bare or with the article. */
    boolean isTitle(String norm) {
        return matchesWithArticle(titles, norm, true) && !(orgHeads.contains(norm));
    }

    /** A title word even where it is also a given name (مساعد in نائب مساعد الرئيس). */
    boolean isTitleWord(String norm) {
        return matchesWithArticle(titles, norm, false) && !orgHeads.contains(norm);
    }

    /** A dual or plural role head (وزيري، الوزيرين): names a role but never introduces one bare name. */
    boolean isGroupTitle(String norm) {
        return matchesWithArticle(groupTitles, norm, true);
    }

    private boolean matchesWithArticle(Set<String> set, String norm, boolean bareNeedsNoName) {
        if (norm.startsWith("ال") && norm.length() > 3 && set.contains(norm.substring(2))) {
            return true;
        }
        return set.contains(norm) && !(bareNeedsNoName && isAnyGivenName(norm));
    }

    /**
     * باسم عباس: a listed given name that is also a title complement ("in the name of"), before a listed given name
     * or known surname: the name, not the complement (المتحدث باسم الوزارة, باسم عطوفة مديرها stay complements),
     * unless a word of naming or speaking comes before it, behind any clitic (المعروف باسم دودي، والمعروف باسم).
     */
    boolean isComplementNameBeforeName(List<Word> words, int i) {
        if (!complementNames.contains(words.get(i).norm()) || i + 1 >= words.size()
                || i > 0 && isNamingWord(words.get(i - 1).norm())) {
            return false;
        }
        Word next = words.get(i + 1);
        // (الممثل المصري باسم سمرة: a family name no list knows does too, where no list calls it a word)
        return next.gap() == Word.Gap.NONE && next.arabic() && !next.norm().startsWith("ال")
                && (isGivenName(next.norm()) || isKnownSurname(next.norm())
                || !isCommonWord(next.norm()) && !isNotName(next.norm()))
                && !isPlace(next.norm()) && !isOrgHead(next.norm());
    }

    /** المعروف، والملقب، المتحدث: a word after which باسم is "by/in the name of" (naming-words.txt). */
    boolean isNamingWord(String norm) {
        return containsBehindClitic(namingWords, norm);
    }

    /** بحري، جوي، طيار: the arm of the forces a rank belongs to (اللواء طيار), a given name elsewhere. */
    boolean isServiceBranch(String norm) {
        return serviceBranches.contains(norm);
    }

    /** بعنوان، تحت شعار: a word after which the title of a work or an event is written (work-title-cues.txt). */
    boolean isWorkTitleCue(String norm) {
        return containsBehindClitic(workTitleCues, norm);
    }

    /** The word, or the word without a proclitic (بعنوان = ب + عنوان), is in the set. */
    private static boolean containsBehindClitic(Set<String> set, String norm) {
        for (Clitics.Reading reading : Clitics.readings(norm)) {
            if (set.contains(reading.form())) {
                return true;
            }
        }
        return false;
    }

    boolean isComplement(String norm) {
        return complements.contains(norm);
    }

    boolean isModifier(String norm) {
        return matchesWithArticle(modifiers, norm, false);
    }

    boolean isNationality(String norm) {
        return nationalities.contains(norm);
    }

    /** دولي، عربي، إسلامي: a relation adjective of communities and institutions (masculine, no article). */
    boolean isGroupAdjective(String norm) {
        return groupAdjectives.contains(norm);
    }

    // ---- name structure --------------------------------------------------------------------------------

    boolean isParticle(String norm) {
        return particles.contains(norm);
    }

    boolean isGenerationSuffix(String norm) {
        return suffixes.contains(norm);
    }

    boolean isVerb(String norm) {
        return verbs.contains(norm);
    }

    boolean isPlace(String norm) {
        return places.contains(norm) || norm.startsWith("ال") && places.contains(norm.substring(2));
    }

    /** منطقة، ومحافظة، بمدينة: a unit or settlement whose name follows it (a leading و/ب/ل/ف allowed). */
    boolean isPlaceUnit(String norm) {
        return placeUnits.contains(norm)
                || norm.length() > 4 && "وبلف".indexOf(norm.charAt(0)) >= 0 && placeUnits.contains(norm.substring(1));
    }

    /**
     * قطر، المنطقة، دولة: a place, or the noun of a unit of a place or a state, with the article or without: what a
     * title that is also a given name (أمير) governs as a role.
     */
    boolean isPlaceOrItsUnit(String norm) {
        String bare = withoutArticle(norm);
        return isPlace(norm) || isPlaceUnit(bare) || isStateUnit(bare);
    }

    /** المنطقة → منطقة; a short word keeps its ال, which is then part of the word (الله، الى). */
    static String withoutArticle(String norm) {
        return norm.startsWith("ال") && norm.length() > 4 ? norm.substring(2) : norm;
    }

    /** ولاية: a state's noun, whose name follows it inside a title phrase (state-units.txt). */
    boolean isStateUnit(String norm) {
        return stateUnits.contains(norm);
    }

    /** بوادي، بمدينة: ب or ل on a unit noun, the start of a place after a name, never a family name. */
    boolean isPlaceUnitBehindPreposition(String norm) {
        return norm.length() > 3 && (norm.charAt(0) == 'ب' || norm.charAt(0) == 'ل') && isPlaceUnit(norm.substring(1));
    }

    boolean isOrgHead(String norm) {
        return orgHeads.contains(norm);
    }

    /** مؤسسة، لشركة، وبمستشفى: an organisation's head word, with or without a clitic. */
    boolean isOrgHeadBehindClitic(String norm) {
        for (Clitics.Reading reading : Clitics.readings(norm)) {
            if (orgHeads.contains(reading.form())) {
                return true;
            }
        }
        return false;
    }

    /** دا، دي، ديل: a particle of a Portuguese, Spanish or Italian name (لولا دا سيلفا). */
    boolean isRomanceParticle(String norm) {
        return romanceParticles.contains(norm);
    }

    /** مساعد، نائب: a title that stands before another title as its deputy or assistant (مساعد رئيس الجامعة). */
    boolean isDeputyTitle(String norm) {
        return deputyTitles.contains(norm);
    }

    /** بطولة: an organisation head that also credits a person's part in a work ("starring"). */
    boolean isCreditWord(String norm) {
        return creditWords.contains(norm);
    }

    /**
     * Words that are never part of a name: function words, places, organisations, months, common nouns, role
     * words, nationalities and verbs.
     */
    boolean isNotName(String norm) {
        return isClosedClassNotName(norm) || isTitle(norm) || isGroupTitle(norm) || complements.contains(norm)
                || isModifier(norm);
    }

    /**
     * القامشلي، الزبداني، الشدادي: a definite place in the shape of a nisba, which families are named after as often
     * (محمد علي الشدادي); a name's word there is the family name, not the place.
     */
    boolean isNisbaShapedPlace(String norm) {
        return norm.length() >= 6 && norm.startsWith("ال") && norm.endsWith("ي") && !norm.endsWith("اي");
    }

    /**
     * Not a name by its word class: a function word, a listed non-name (time words, organisations), a place, a
     * nationality, a verb, an organisation head, a generation or a particle. Unlike {@link #isNotName}, titles and
     * role words are left out: families carry them (أمير، قائد، رئيسي).
     */
    boolean isClosedClassNotName(String norm) {
        return ArabicText.isStopWord(norm) || notNames.contains(norm) || isPlace(norm) && !isNisbaShapedPlace(norm)
                || nationalities.contains(norm)
                || verbs.contains(norm) || orgHeads.contains(norm) || suffixes.contains(norm)
                || particles.contains(norm);
    }

    /** Listed in not-names.txt (time words, organisations, media): no name, whatever else it could be. */
    boolean isListedNotName(String norm) {
        return notNames.contains(norm);
    }

    /** Could this word be a reporting verb, a person, list or kin cue, with or without a clitic? False is certain. */
    boolean mayBeCue(String norm) {
        return !norm.isEmpty() && cueFirstLetters.indexOf(norm.charAt(0)) >= 0;
    }

    /** خلفا: a person cue whose name follows behind ل (خلفا لكمال ماجد). */
    boolean isCueBeforeLa(String norm) {
        return cuesBeforeLa.contains(norm);
    }

    /** منهم، من بينهم، أبرزهم: names follow as the items of a list. */
    boolean isListCue(String norm) {
        return listCues.contains(norm);
    }

    /** وعقيلته، ابنتهما، أخواتك: a relative's given name follows, often alone. */
    boolean isKinCue(String norm) {
        return kinCues.contains(norm);
    }

    /** عن، ثم، الذي: a word that opens what follows a name (openers-after-names.txt). */
    boolean isOpenerAfterName(String norm) {
        return openersAfterNames.contains(norm);
    }

    /** الحاج، السيد: an honorific that is also a father's given name inside a name chain. */
    boolean isHonorificInChain(String norm) {
        return honorificsInChains.contains(norm);
    }

    /** أمس، مساء: a time that follows a name as an adverb (times-after-names.txt). */
    boolean isTimeAfterName(String norm) {
        return timesAfterNames.contains(norm);
    }

    /** A verb of reported speech or another word that introduces a named person (قال، بحسب، بقيادة، الراحل). */
    boolean isReportingVerb(String norm) {
        return reportingVerbs.contains(norm);
    }

    private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "ها", "كم", "نا", "ه"};

    /**
     * An ordinary word of news text rather than a name: listed as not a name or as common, or so once a
     * proclitic (و ف ب ل ك: one, or two that stand together, وب، فل، لل) and a pronoun suffix are removed (بمنصبه،
     * ودعمها، لبلاده). Given names are never common here; callers check them first.
     */
    boolean isCommonWord(String norm) {
        return isCommonWord(norm, true);
    }

    /**
     * {@link #isCommonWord(String)} for a word as written: where it ends in ة, that letter is the feminine ending,
     * never the pronoun ه the normaliser makes of it (كبارة is a family name, not كبار + ه).
     */
    boolean isCommonWord(Word word) {
        return isCommonWord(word.norm(), word.lastLetter() != 'ة');
    }

    private boolean isCommonWord(String norm, boolean finalHaMayBePronoun) {
        if (isListedCommon(norm)) {
            return true;
        }
        for (int p = 0; p <= 2 && p < norm.length(); p++) {
            // بلقايد is no ب + ل + قايد: two proclitics are a conjunction and a preposition, or ل and the article's ل
            if (p > 0 && !Clitics.isProclitic(norm.charAt(p - 1))
                    || p == 2 && !Clitics.isProcliticPair(norm.charAt(0), norm.charAt(1))) {
                break;
            }
            String rest = norm.substring(p);
            // كرام is no ك + رام: the preposition ك before a three-letter word is mostly the word's own letter
            if (p > 0 && rest.length() >= (norm.charAt(p - 1) == 'ك' ? 4 : 3) && isListedCommon(rest)) {
                return true;
            }
            for (String suffix : PRONOUN_SUFFIXES) {
                if (!finalHaMayBePronoun && suffix.equals("ه") && !rest.endsWith("يه")) {
                    continue; // (تدريبية, عشائرية: the feminine of a listed adjective stays an ordinary word)
                }
                if (rest.length() - suffix.length() >= 3 && rest.endsWith(suffix)
                        && isListedCommonNoun(rest.substring(0, rest.length() - suffix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] NUMBER_SUFFIXES = {"ين", "ان", "ون", "ات"};

    private boolean isListedCommon(String norm) {
        if (isListedCommonForm(norm)) {
            return true;
        }
        for (String suffix : NUMBER_SUFFIXES) {
            // هدفين، مسؤولين، بيانات: the dual or plural of a listed word (given names are checked by callers)
            // (a plural in ون is of a participle or nisba, never a three-letter noun: بنجلون is no ب + نجلون)
            int stem = norm.length() - suffix.length();
            if (stem >= (suffix.equals("ون") ? 4 : 3) && norm.endsWith(suffix)
                    && commonWords.contains(norm.substring(0, stem))) {
                return true;
            }
            // مساحات of مساحة: the feminine's ة gives way to ات (with the article, a family name as often: السادات)
            if (suffix.equals("ات") && stem >= 3 && norm.endsWith(suffix) && !norm.startsWith("ال")) {
                String feminine = norm.substring(0, stem) + "ه";
                if (commonWords.contains(feminine) || minedCommonWords.contains(feminine)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * زواج (of زواجه، بزواجها): a noun before its pronoun never has the article, so the mined texts may know it
     * only as الزواج. A plural in ين or ون loses its ن before a pronoun, so سنينة is no سنين + ه.
     */
    private boolean isListedCommonNoun(String stem) {
        return isListedCommon(stem) || !stem.startsWith("ال") && !stem.endsWith("ين") && !stem.endsWith("ون")
                && minedCommonWords.contains("ال" + stem);
    }

    private boolean isListedCommonForm(String norm) {
        return commonWords.contains(norm) || minedCommonWords.contains(norm)
                || isNotName(norm) && !particles.contains(norm);
    }

    // ---- well-known people -----------------------------------------------------------------------------

    List<KnownPerson> knownPeople() {
        return knownPeople;
    }

    /** The well-known person a bare surname (نتنياهو، بن غفير) stands for, or null. */
    KnownPerson knownByShortForm(String norm) {
        return knownByShortForm.get(norm);
    }

    boolean isKnownSurname(String norm) {
        return knownSurnames.contains(norm);
    }

    // ---- loading ---------------------------------------------------------------------------------------

    /** Masculine singular base → every gender, number and definiteness form. */
    private static Set<String> nationalityForms(List<String> bases) {
        Set<String> forms = new HashSet<>();
        for (String base : bases) {
            for (String ending : new String[] {"", "ه", "ون", "ين", "ان", "تان", "تين", "ات"}) {
                String form = base + ending;
                forms.add(form);
                forms.add("ال" + form);
            }
        }
        return forms;
    }

    /** The words of a file whose sections open with a {@code # [name]} line. */
    private static Map<String, List<String>> sections(Function<String, InputStream> resources, String file) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line : lines(resources, file, true)) {
            if (line.startsWith("# [") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(3, line.length() - 1), k -> new ArrayList<>());
            } else if (!line.startsWith("#") && current != null) {
                current.add(ArabicText.normalize(line));
            }
        }
        return sections;
    }

    private static List<String> words(Function<String, InputStream> resources, String file) {
        List<String> words = new ArrayList<>();
        for (String line : lines(resources, file)) {
            words.add(ArabicText.normalize(line));
        }
        return words;
    }

    private static List<String> lines(Function<String, InputStream> resources, String file) {
        return lines(resources, file, false);
    }

    /** The file's non-blank lines, stripped; comment lines only when asked for (they may mark sections). */
    private static List<String> lines(Function<String, InputStream> resources, String file, boolean comments) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = resources.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && (comments || !trimmed.startsWith("#"))) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}

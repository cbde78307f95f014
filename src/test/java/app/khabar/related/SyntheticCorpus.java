package app.khabar.related;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.ParsedStory;

/**
 * Synthetic news pages recombined from the seed pages' headlines and sentences, in the seeds' own file layout
 * (headline, date, body, "إقرأ أيضاً:" with an embedded story, "مقالات مشابهة" with teasers), so that reading
 * and people extraction do their real work. Each body quotes generated people drawn with a Zipf-like skew (a few
 * everywhere, most rare), the seed sentences keep their real people (very common at scale), some pages republish
 * an earlier story (SAME_STORY) and teasers point to earlier pages or repeat seed headlines. Deterministic for a
 * given random seed.
 */
public final class SyntheticCorpus {

    private static final String[] FIRST_NAMES = {
        "محمد", "أحمد", "محمود", "خالد", "عمر", "يوسف", "إبراهيم", "حسن", "طارق", "سامي", "كريم", "مروان",
        "هشام", "نبيل", "عادل", "ماجد", "فيصل", "زياد", "رامي", "وائل", "باسم", "جمال", "سليم", "منير",
        "فاطمة", "مريم", "ليلى", "سارة", "هدى", "رنا", "سلمى", "نادية", "عبير", "دينا", "ريم", "لينا"};
    private static final String[] FAMILY_NAMES = {
        "العطار", "الخطيب", "الزعبي", "الحسيني", "المصري", "الشامي", "النجار", "الحداد", "البزاز", "الصباغ",
        "القاضي", "الطحان", "الخياط", "الدباغ", "الجزار", "البيطار", "الفخراني", "السقا", "العمري", "الرفاعي",
        "الكيلاني", "الشريف", "العلوي", "الهاشمي", "التميمي", "الدوري", "الجبوري", "العبيدي", "الشمري", "الزبيدي",
        "الربيعي", "الساعدي", "المالكي", "الحلبي", "الطرابلسي", "الصيداوي", "البغدادي", "الموصلي", "الحمصي",
        "النابلسي", "الخليلي", "الغزاوي", "القدسي", "اليافي", "العكاوي", "الصفدي", "الطبري", "الرملي", "اللداوي"};
    private static final String[] ROLES = {
        "وزير الخارجية", "وزير الدفاع", "رئيس الوزراء", "المتحدث باسم الحكومة", "السفير", "النائب",
        "وزير الداخلية", "مستشار الأمن القومي", "رئيس البرلمان", "وزيرة الخارجية"};
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"};
    /** Share of pages that republish an earlier page's main story under the same headline. */
    private static final double REPUBLISHED = 0.02;
    /** Share of teasers that announce an earlier page of the corpus; the others repeat a seed headline. */
    private static final double LINKS_TO_CORPUS = 0.7;

    private final List<String> titles = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();

    /** @param seedPages the seed pages, already read */
    public SyntheticCorpus(List<ParsedPage> seedPages) {
        for (ParsedPage page : seedPages) {
            for (ParsedStory story : page.stories()) {
                if (!story.titleDerived()) {
                    titles.add(story.title());
                }
                for (String paragraph : story.paragraphs()) {
                    for (String sentence : paragraph.split("(?<=[.!؟])\\s+")) {
                        if (sentence.split(" ").length >= 6) {
                            sentences.add(sentence.strip());
                        }
                    }
                }
            }
        }
        for (String family : FAMILY_NAMES) {
            for (String first : FIRST_NAMES) {
                persons.add(first + " " + family);
            }
        }
        // the popular people are spread over the list, not the first family names
        Collections.shuffle(persons, new Random(7));
    }

    int personPool() {
        return persons.size();
    }

    /** The files of a corpus of {@code pageCount} pages, in order. */
    public List<byte[]> pages(int pageCount, long seed) {
        Random random = new Random(seed);
        List<String> mainHeadlines = new ArrayList<>();
        List<String> mainBodies = new ArrayList<>();
        List<byte[]> files = new ArrayList<>(pageCount);
        for (int p = 0; p < pageCount; p++) {
            StringBuilder page = new StringBuilder(4096);
            String headline;
            String body;
            if (p > 0 && random.nextDouble() < REPUBLISHED) {
                int earlier = random.nextInt(mainHeadlines.size());
                headline = mainHeadlines.get(earlier);
                body = mainBodies.get(earlier);
            } else {
                headline = headline(random);
                body = body(random, 2 + random.nextInt(3));
            }
            mainHeadlines.add(headline);
            mainBodies.add(body);
            page.append(headline).append("\n");
            page.append("تاريخ النشر: ").append(1 + random.nextInt(28)).append("th, ")
                    .append(MONTHS[random.nextInt(12)]).append(" 2024 GMT\n");
            page.append(body).append("\n");
            page.append("إقرأ أيضاً:\n\n").append(headline(random)).append("\n\n")
                    .append(body(random, 1 + random.nextInt(2))).append("\n\n");
            page.append("مقالات مشابهة\n\n");
            for (int t = 0, teasers = 3 + random.nextInt(5); t < teasers; t++) {
                String teaser = p > 0 && random.nextDouble() < LINKS_TO_CORPUS
                        ? mainHeadlines.get(random.nextInt(p))
                        : titles.get(random.nextInt(titles.size()));
                page.append("  • ").append(teaser).append("\n");
            }
            // the page number keeps every file distinct, so none is skipped as a duplicate
            page.append("رقم الصفحة ").append(p).append("\n");
            files.add(page.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** A headline: the start of one seed headline, a person, the end of another. */
    private String headline(Random random) {
        String[] a = titles.get(random.nextInt(titles.size())).split(" ");
        String[] b = titles.get(random.nextInt(titles.size())).split(" ");
        int cutA = Math.max(1, a.length / 2);
        int cutB = b.length / 2;
        return String.join(" ", List.of(a).subList(0, cutA)) + " " + person(random) + ": "
                + String.join(" ", List.of(b).subList(cutB, b.length));
    }

    private String body(Random random, int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < paragraphs; k++) {
            if (k > 0) {
                body.append("\n\n");
            }
            body.append("وقال ").append(ROLES[random.nextInt(ROLES.length)]).append(" ").append(person(random))
                    .append(" إن ").append(sentence(random));
            for (int s = 0, more = random.nextInt(3); s < more; s++) {
                body.append(" ").append(sentence(random));
            }
        }
        return body.toString();
    }

    private String sentence(Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    /** Zipf-like: index ~ pool^u, so low indexes are drawn far more often than high ones. */
    private String person(Random random) {
        int index = (int) Math.floor(Math.pow(persons.size(), random.nextDouble())) - 1;
        return persons.get(index);
    }
}

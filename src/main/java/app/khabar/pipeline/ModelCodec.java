package app.khabar.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import app.khabar.corpus.ParsedPage;
import app.khabar.corpus.ParsedStory;
import app.khabar.corpus.StoryKind;
import app.khabar.people.CorpusPeople;
import app.khabar.people.MentionSpan;
import app.khabar.people.PeopleExtractor.RecognisedStory;
import app.khabar.people.PersonRecord;
import app.khabar.people.RecognitionCodec;
import app.khabar.people.StoryMention;
import app.khabar.pipeline.CorpusModel.CoMention;
import app.khabar.pipeline.CorpusModel.KeyedPage;
import app.khabar.pipeline.CorpusModel.RankedPerson;
import app.khabar.related.Relation;
import app.khabar.related.RelationReason;

/**
 * A {@link CorpusModel} as bytes and back, exactly: every field of every record, in order, so that the model read
 * equals the model written. Gzipped; strings are written once and referred to by number afterwards (names, keys and
 * rule ids repeat a lot). Any string survives, lone surrogates included (written as UTF-16 code units).
 *
 * <p>The header carries what the model was made with: the extractor version ({@link ExtractorVersion}), the number
 * of related stories per story, and a fingerprint of the corpus files; a reader checks them before using the model.
 */
public final class ModelCodec {

    private static final int MAGIC = 0x4B48424D; // "KHBM"
    private static final int FORMAT = 1;
    private static final int PAGE_MAGIC = 0x4B484250; // "KHBP"

    private ModelCodec() {
    }

    /** What a prepared model was made of and with. */
    public record Header(String extractorVersion, int relatedPerStory, String corpusFingerprint) {
    }

    /**
     * @param searchTexts story key to {@link app.khabar.arabic.ArabicText#storySearchText}, made beside the model so
     *                    a start need not load the analysers (may be empty)
     */
    public record Prepared(Header header, CorpusModel model, Map<String, String> searchTexts) {
    }

    public static void write(Header header, CorpusModel model, OutputStream target) throws IOException {
        write(header, model, Map.of(), target);
    }

    public static void write(Header header, CorpusModel model, Map<String, String> searchTexts, OutputStream target)
            throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(target, 1 << 16), 1 << 16);
        Out out = new Out(new DataOutputStream(gzip));
        out.data.writeInt(MAGIC);
        out.data.writeInt(FORMAT);
        out.string(header.extractorVersion());
        out.data.writeInt(header.relatedPerStory());
        out.string(header.corpusFingerprint());

        out.data.writeInt(model.pages().size());
        for (KeyedPage keyed : model.pages()) {
            out.string(keyed.key());
            writePage(out, keyed.page());
        }
        CorpusPeople people = model.people();
        out.data.writeInt(people.persons().size());
        for (PersonRecord person : people.persons()) {
            writePerson(out, person);
        }
        out.data.writeInt(people.mentions().size());
        for (StoryMention mention : people.mentions()) {
            out.string(mention.storyKey());
            out.string(mention.personKey());
            out.strings(mention.surfaceForms());
            out.strings(mention.roles());
            out.data.writeInt(mention.spans().size());
            for (MentionSpan span : mention.spans()) {
                out.string(span.text());
                out.data.writeInt(span.start());
                out.data.writeInt(span.end());
                out.string(span.sentence());
                out.strings(span.rules());
            }
        }
        out.data.writeInt(model.relations().size());
        for (Relation relation : model.relations()) {
            out.string(relation.storyKey());
            out.string(relation.relatedKey());
            out.data.writeInt(relation.rank());
            out.data.writeDouble(relation.score());
            out.data.writeInt(relation.reasons().size());
            for (RelationReason reason : relation.reasons()) {
                out.data.writeByte(reason.ordinal());
            }
            out.strings(relation.sharedPersonKeys());
        }
        out.data.writeInt(model.skipped().size());
        for (SkippedFile skipped : model.skipped()) {
            out.string(skipped.fileName());
            out.data.writeByte(skipped.stage().ordinal());
            out.string(skipped.reason());
        }
        // sorted, so the same model always gives the same bytes
        Map<String, Integer> ranks = new TreeMap<>(model.storyRanks());
        out.data.writeInt(ranks.size());
        for (Map.Entry<String, Integer> rank : ranks.entrySet()) {
            out.string(rank.getKey());
            out.data.writeInt(rank.getValue());
        }
        out.data.writeInt(model.rankedPeople().size());
        for (RankedPerson ranked : model.rankedPeople()) {
            writePerson(out, ranked.person());
            out.data.writeInt(ranked.storyCount());
        }
        out.data.writeInt(model.coMentions().size());
        for (CoMention coMention : model.coMentions()) {
            out.string(coMention.personKey());
            out.string(coMention.otherKey());
            out.data.writeInt(coMention.sharedStories());
            out.data.writeInt(coMention.rank());
        }
        Map<String, String> texts = new TreeMap<>(searchTexts);
        out.data.writeInt(texts.size());
        for (Map.Entry<String, String> text : texts.entrySet()) {
            out.string(text.getKey());
            out.string(text.getValue());
        }
        out.data.writeInt(MAGIC);
        out.data.flush();
        gzip.finish();
        gzip.flush();
    }

    /** Only the header: cheap, for deciding whether the model is worth reading. */
    public static Header readHeader(InputStream source) throws IOException {
        In in = new In(new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16)));
        return header(in);
    }

    public static Prepared read(InputStream source) throws IOException {
        In in = new In(new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16)));
        Header header = header(in);
        int pageCount = in.count();
        List<KeyedPage> pages = new ArrayList<>(pageCount);
        for (int i = 0; i < pageCount; i++) {
            String key = in.string();
            pages.add(new KeyedPage(key, readPage(in)));
        }
        int personCount = in.count();
        List<PersonRecord> persons = new ArrayList<>(personCount);
        for (int i = 0; i < personCount; i++) {
            persons.add(readPerson(in));
        }
        int mentionCount = in.count();
        List<StoryMention> mentions = new ArrayList<>(mentionCount);
        for (int i = 0; i < mentionCount; i++) {
            String storyKey = in.string();
            String personKey = in.string();
            List<String> surfaceForms = in.strings();
            List<String> roles = in.strings();
            int spanCount = in.count();
            List<MentionSpan> spans = new ArrayList<>(spanCount);
            for (int s = 0; s < spanCount; s++) {
                String text = in.string();
                int start = in.data.readInt();
                int end = in.data.readInt();
                String sentence = in.string();
                spans.add(new MentionSpan(text, start, end, sentence, in.strings()));
            }
            mentions.add(new StoryMention(storyKey, personKey, surfaceForms, roles, spans));
        }
        int relationCount = in.count();
        List<Relation> relations = new ArrayList<>(relationCount);
        RelationReason[] reasonValues = RelationReason.values();
        for (int i = 0; i < relationCount; i++) {
            String storyKey = in.string();
            String relatedKey = in.string();
            int rank = in.data.readInt();
            double score = in.data.readDouble();
            int reasonCount = in.count();
            List<RelationReason> reasons = new ArrayList<>(reasonCount);
            for (int r = 0; r < reasonCount; r++) {
                reasons.add(reasonValues[in.data.readUnsignedByte()]);
            }
            relations.add(new Relation(storyKey, relatedKey, rank, score, reasons, in.strings()));
        }
        int skippedCount = in.count();
        List<SkippedFile> skipped = new ArrayList<>(skippedCount);
        for (int i = 0; i < skippedCount; i++) {
            String fileName = in.string();
            Stage stage = Stage.values()[in.data.readUnsignedByte()];
            skipped.add(new SkippedFile(fileName, stage, in.string()));
        }
        int rankCount = in.count();
        Map<String, Integer> storyRanks = new HashMap<>(rankCount * 2);
        for (int i = 0; i < rankCount; i++) {
            String key = in.string();
            storyRanks.put(key, in.data.readInt());
        }
        int rankedCount = in.count();
        List<RankedPerson> rankedPeople = new ArrayList<>(rankedCount);
        for (int i = 0; i < rankedCount; i++) {
            PersonRecord person = readPerson(in);
            rankedPeople.add(new RankedPerson(person, in.data.readInt()));
        }
        int coMentionCount = in.count();
        List<CoMention> coMentions = new ArrayList<>(coMentionCount);
        for (int i = 0; i < coMentionCount; i++) {
            String personKey = in.string();
            String otherKey = in.string();
            int shared = in.data.readInt();
            coMentions.add(new CoMention(personKey, otherKey, shared, in.data.readInt()));
        }
        int textCount = in.count();
        Map<String, String> searchTexts = new HashMap<>(textCount * 2);
        for (int i = 0; i < textCount; i++) {
            String key = in.string();
            searchTexts.put(key, in.string());
        }
        if (in.data.readInt() != MAGIC) {
            throw new IOException("prepared corpus model: bad trailer");
        }
        CorpusModel model = new CorpusModel(pages, new CorpusPeople(persons, mentions), relations, skipped,
                storyRanks, rankedPeople, coMentions);
        return new Prepared(header, model, Map.copyOf(searchTexts));
    }

    /** One page as read and its stories' recognised names: what a later load of the same bytes may reuse. */
    public record PageResult(ParsedPage page, List<RecognisedStory> stories) {
    }

    /**
     * A page's per-page results as bytes, for {@link PageResultStore}. The stories' texts are the page's, so only
     * what recognition added to them is written beside the page.
     */
    public static byte[] writePageResult(KeyedPage keyed, List<RecognisedStory> stories) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        GZIPOutputStream gzip = new GZIPOutputStream(bytes, 4096);
        Out out = new Out(new DataOutputStream(gzip));
        out.data.writeInt(PAGE_MAGIC);
        writePage(out, keyed.page());
        out.data.writeInt(stories.size());
        for (RecognisedStory story : stories) {
            RecognitionCodec.write(story, out.data);
        }
        out.data.writeInt(PAGE_MAGIC);
        out.data.flush();
        gzip.finish();
        return bytes.toByteArray();
    }

    /**
     * The page {@link #writePageResult} wrote, as file {@code fileName} (a renamed file keeps its results). Throws
     * {@link IOException} for bytes that are not such a page or do not fit it; the caller extracts the page again.
     */
    public static PageResult readPageResult(byte[] stored, String fileName) throws IOException {
        In in = new In(new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(new ByteArrayInputStream(stored), 4096), 4096)));
        if (in.data.readInt() != PAGE_MAGIC) {
            throw new IOException("not a stored page result");
        }
        ParsedPage read = readPage(in);
        ParsedPage page = new ParsedPage(fileName, read.contentHash(), read.stories(), read.warnings());
        KeyedPage keyed = new KeyedPage(CorpusPipeline.pageKey(page), page);
        int storyCount = in.count();
        if (storyCount != page.stories().size()) {
            throw new IOException("stored page result: " + storyCount + " recognitions for "
                    + page.stories().size() + " stories");
        }
        List<RecognisedStory> stories = new ArrayList<>(storyCount);
        for (ParsedStory story : page.stories()) {
            stories.add(RecognitionCodec.read(CorpusPipeline.storyText(keyed, story), in.data));
        }
        if (in.data.readInt() != PAGE_MAGIC || in.data.read() != -1) {
            // reading to the end makes the gzip stream check its CRC
            throw new IOException("stored page result: bad trailer");
        }
        return new PageResult(page, stories);
    }

    private static Header header(In in) throws IOException {
        if (in.data.readInt() != MAGIC) {
            throw new IOException("not a prepared corpus model");
        }
        int format = in.data.readInt();
        if (format != FORMAT) {
            throw new IOException("prepared corpus model of format " + format + ", expected " + FORMAT);
        }
        String version = in.string();
        int perStory = in.data.readInt();
        return new Header(version, perStory, in.string());
    }

    private static void writePage(Out out, ParsedPage page) throws IOException {
        out.string(page.fileName());
        out.string(page.contentHash());
        out.strings(page.warnings());
        out.data.writeInt(page.stories().size());
        for (ParsedStory story : page.stories()) {
            out.data.writeInt(story.ordinal());
            out.data.writeByte(story.kind().ordinal());
            out.string(story.title());
            out.data.writeBoolean(story.titleDerived());
            out.data.writeLong(story.publishedAt() == null ? Long.MIN_VALUE : story.publishedAt().toEpochDay());
            out.strings(story.paragraphs());
            out.strings(story.sources());
            out.strings(story.tags());
        }
    }

    private static ParsedPage readPage(In in) throws IOException {
        String fileName = in.string();
        String contentHash = in.string();
        List<String> warnings = in.strings();
        int storyCount = in.count();
        List<ParsedStory> stories = new ArrayList<>(storyCount);
        StoryKind[] kinds = StoryKind.values();
        for (int i = 0; i < storyCount; i++) {
            int ordinal = in.data.readInt();
            StoryKind kind = kinds[in.data.readUnsignedByte()];
            String title = in.string();
            boolean titleDerived = in.data.readBoolean();
            long day = in.data.readLong();
            LocalDate publishedAt = day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
            List<String> paragraphs = in.strings();
            List<String> sources = in.strings();
            stories.add(new ParsedStory(ordinal, kind, title, titleDerived, publishedAt, paragraphs, sources,
                    in.strings()));
        }
        return new ParsedPage(fileName, contentHash, stories, warnings);
    }

    private static void writePerson(Out out, PersonRecord person) throws IOException {
        out.string(person.key());
        out.string(person.name());
        out.string(person.nameLatin());
        out.strings(person.aliases());
        out.strings(person.roles());
    }

    private static PersonRecord readPerson(In in) throws IOException {
        String key = in.string();
        String name = in.string();
        String nameLatin = in.string();
        List<String> aliases = in.strings();
        return new PersonRecord(key, name, nameLatin, aliases, in.strings());
    }

    /** Strings by number: -1 null, a known number, or a new string (numbered in order of first appearance). */
    private static final class Out {
        final DataOutputStream data;
        final Map<String, Integer> known = new HashMap<>();

        Out(DataOutputStream data) {
            this.data = data;
        }

        void string(String value) throws IOException {
            if (value == null) {
                data.writeInt(-1);
                return;
            }
            Integer number = known.get(value);
            if (number != null) {
                data.writeInt(number);
                return;
            }
            known.put(value, known.size());
            data.writeInt(-2 - value.length());
            data.writeChars(value);
        }

        void strings(List<String> values) throws IOException {
            data.writeInt(values.size());
            for (String value : values) {
                string(value);
            }
        }
    }

    private static final class In {
        final DataInputStream data;
        final List<String> known = new ArrayList<>();
        private char[] buffer = new char[256];

        In(DataInputStream data) {
            this.data = data;
        }

        int count() throws IOException {
            int count = data.readInt();
            if (count < 0) {
                throw new IOException("prepared corpus model: negative count");
            }
            return count;
        }

        String string() throws IOException {
            int code = data.readInt();
            if (code == -1) {
                return null;
            }
            if (code >= 0) {
                if (code >= known.size()) {
                    throw new IOException("prepared corpus model: unknown string " + code);
                }
                return known.get(code);
            }
            int length = -2 - code;
            if (buffer.length < length) {
                buffer = new char[Math.max(length, buffer.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                buffer[i] = data.readChar();
            }
            String value = new String(buffer, 0, length);
            known.add(value);
            return value;
        }

        List<String> strings() throws IOException {
            int size = count();
            List<String> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(string());
            }
            return values;
        }
    }
}

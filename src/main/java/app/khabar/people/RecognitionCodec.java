package app.khabar.people;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import app.khabar.people.PeopleExtractor.RecognisedStory;

/**
 * A story's recognised names as bytes and back, so that a page's recognition can be stored and reused by a later
 * load: the words taken and every candidate, exactly. The words themselves are not written; they are the story
 * text's {@link Word#of words}, made again from the text on reading, as recognition made them.
 */
public final class RecognitionCodec {

    private RecognitionCodec() {
    }

    public static void write(RecognisedStory story, DataOutput out) throws IOException {
        NameRecognizer.Recognition recognition = story.recognition();
        boolean[] claimed = recognition.claimed();
        out.writeInt(claimed.length);
        for (int from = 0; from < claimed.length; from += 8) {
            int bits = 0;
            for (int i = from; i < Math.min(from + 8, claimed.length); i++) {
                bits |= claimed[i] ? 1 << (i - from) : 0;
            }
            out.writeByte(bits);
        }
        out.writeInt(recognition.candidates().size());
        for (NameRecognizer.Candidate candidate : recognition.candidates()) {
            out.writeInt(candidate.firstWord());
            out.writeInt(candidate.endWord());
            out.writeInt(candidate.start());
            out.writeInt(candidate.end());
            out.writeInt(candidate.nameStart());
            writeStrings(candidate.tokens(), out);
            out.writeUTF(candidate.suffix());
            out.writeBoolean(candidate.role() != null);
            if (candidate.role() != null) {
                out.writeUTF(candidate.role());
            }
            out.writeByte((candidate.single() ? 1 : 0) | (candidate.givenOnly() ? 2 : 0)
                    | (candidate.confirmed() ? 4 : 0) | (candidate.standsAlone() ? 8 : 0));
            writeStrings(candidate.rules(), out);
        }
    }

    /**
     * The recognition {@link #write} wrote for {@code story}. Throws {@link IOException} when the bytes do not fit
     * the story's text (another text, or damaged bytes): the caller recognises the story again.
     */
    public static RecognisedStory read(StoryText story, DataInput in) throws IOException {
        List<Word> words = Word.of(story.text());
        int wordCount = in.readInt();
        if (wordCount != words.size()) {
            throw new IOException("stored recognition of " + wordCount + " words for a story of " + words.size());
        }
        boolean[] claimed = new boolean[wordCount];
        for (int from = 0; from < wordCount; from += 8) {
            int bits = in.readUnsignedByte();
            for (int i = from; i < Math.min(from + 8, wordCount); i++) {
                claimed[i] = (bits & 1 << (i - from)) != 0;
            }
        }
        int candidateCount = in.readInt();
        if (candidateCount < 0 || candidateCount > wordCount) {
            throw new IOException("stored recognition of " + candidateCount + " names in " + wordCount + " words");
        }
        List<NameRecognizer.Candidate> candidates = new ArrayList<>(candidateCount);
        for (int c = 0; c < candidateCount; c++) {
            int firstWord = in.readInt();
            int endWord = in.readInt();
            int start = in.readInt();
            int end = in.readInt();
            int nameStart = in.readInt();
            if (firstWord < 0 || endWord > wordCount || firstWord >= endWord || start < 0 || end > story.text().length()
                    || start >= end || nameStart < start || nameStart >= end) {
                throw new IOException("stored name outside its story: words " + firstWord + "-" + endWord);
            }
            List<String> tokens = readStrings(in);
            String suffix = in.readUTF().intern();
            String role = in.readBoolean() ? in.readUTF() : null;
            int flags = in.readUnsignedByte();
            candidates.add(new NameRecognizer.Candidate(firstWord, endWord, start, end, nameStart, tokens, suffix, role,
                    (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, readStrings(in)));
        }
        return new RecognisedStory(story, new NameRecognizer.Recognition(words, claimed, candidates));
    }

    private static void writeStrings(List<String> values, DataOutput out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            // modified UTF-8: any char, lone surrogates included; a name's word or a rule id is far below its limit
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 10_000) {
            throw new IOException("stored recognition: a list of " + size + " strings");
        }
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // interned as recognition's words are: a large corpus repeats the same few hundred thousand strings
            values.add(in.readUTF().intern());
        }
        return List.copyOf(values);
    }
}

package app.khabar.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** A corpus folder with the five seeds and one file for every way a scraped file can be broken. */
final class BrokenCorpus {

    /** File name → what its skip reason must say (null: the file must load). */
    static final Map<String, String> EXPECTED = new java.util.TreeMap<>();

    static {
        EXPECTED.put("empty.txt", "empty file");
        EXPECTED.put("whitespace.txt", "only whitespace");
        EXPECTED.put("binary.txt", "binary data");
        EXPECTED.put("invalid-utf8.txt", "invalid UTF-8");
        EXPECTED.put("huge.txt", "too large");
        EXPECTED.put("boilerplate.txt", "only page boilerplate");
        EXPECTED.put("english.txt", "not an Arabic page");
        EXPECTED.put("zz-duplicate of 000.txt", "same content as 000_8f46ce56175a4d4c.txt");
        EXPECTED.put("dangling-link.txt", "cannot read");
        EXPECTED.put("utf16-bom.txt", null);
        EXPECTED.put("utf8-bom.txt", null);
        EXPECTED.put("crlf.txt", null);
        EXPECTED.put("خبر عاجل.txt", null);
    }

    private BrokenCorpus() {
    }

    static Path create() {
        try {
            Path dir = Files.createTempDirectory("khabar-broken-corpus");
            for (String seed : new String[] {"000_8f46ce56175a4d4c.txt", "001_debb8512eb0a1a7d.txt",
                    "002_b91ee82fcd84a4d3.txt", "003_380e3a2f51e7f576.txt", "004_aec285bbb76d8639.txt"}) {
                Files.copy(Path.of("seeds", seed), dir.resolve(seed), StandardCopyOption.REPLACE_EXISTING);
            }
            String page = "محادثات جديدة في القاهرة حول التهدئة في المنطقة\n"
                    + "قال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل في القاهرة.\n";
            Files.write(dir.resolve("empty.txt"), new byte[0]);
            Files.writeString(dir.resolve("whitespace.txt"), "  \n\t\n   \n");
            Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x7F});
            Files.write(dir.resolve("invalid-utf8.txt"), new byte[] {(byte) 0xD9, (byte) 0x85, (byte) 0xC3, 0x28});
            Files.write(dir.resolve("utf16-bom.txt"), ("أزمة الكهرباء تتفاقم في العاصمة بيروت مع نقص الوقود\n"
                    + "أعلنت شركة الكهرباء أن ساعات التقنين سترتفع خلال الأيام المقبلة بسبب نقص الوقود.\n")
                    .getBytes(StandardCharsets.UTF_16));
            byte[] utf8 = ("انخفاض أسعار الذهب في الأسواق العالمية اليوم\n"
                    + "تراجعت أسعار الذهب في التعاملات المبكرة مع ارتفاع الدولار أمام العملات الرئيسية.\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[utf8.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, withBom, 3, utf8.length);
            Files.write(dir.resolve("utf8-bom.txt"), withBom);
            Files.writeString(dir.resolve("crlf.txt"), ("افتتاح معرض الكتاب الدولي بمشاركة واسعة من دور النشر\n"
                    + "افتتح المعرض أبوابه أمام الزوار صباح اليوم بمشاركة أكثر من ألف دار نشر.\n")
                    .replace("\n", "\r\n"));
            try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
                byte[] line = (page.repeat(50)).getBytes(StandardCharsets.UTF_8);
                for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
                    out.write(line);
                }
            }
            Files.writeString(dir.resolve("boilerplate.txt"), "جميع حقوق النشر محفوظة © 2024\nسياسة الخصوصية\n"
                    + "تابع قناتنا على يوتيوب\n");
            Files.writeString(dir.resolve("english.txt"), "Talks resume in Cairo\nOfficials said on Monday that "
                    + "the talks would resume next week in Cairo.\n");
            Files.copy(Path.of("seeds", "000_8f46ce56175a4d4c.txt"), dir.resolve("zz-duplicate of 000.txt"));
            Files.writeString(dir.resolve("خبر عاجل.txt"), "وصول قافلة مساعدات جديدة إلى المدينة المحاصرة\n"
                    + "وصلت القافلة صباح اليوم وعلى متنها مواد غذائية وطبية لآلاف العائلات.\n");
            Files.createSymbolicLink(dir.resolve("dangling-link.txt"), dir.resolve("does-not-exist"));
            // root reads any file whatever its permissions: then this one simply loads
            Path locked = dir.resolve("no-permission.txt");
            Files.writeString(locked, "حريق في مستودع للأخشاب دون وقوع إصابات\n"
                    + "اندلع الحريق فجر اليوم وتمكنت فرق الإطفاء من السيطرة عليه بعد ساعتين.\n");
            Files.setPosixFilePermissions(locked, java.util.Set.of());
            EXPECTED.put("no-permission.txt", Files.isReadable(locked) ? null : "not readable");
            Files.writeString(dir.resolve("notes.md"), "not a corpus file: only *.txt files are read");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

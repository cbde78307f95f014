package app.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.khabar.pipeline.CorpusPipeline;

/**
 * HotSpot leaves a method of more than 8,000 bytes of bytecode to the interpreter ({@code -XX:+DontCompileHugeMethods},
 * the default). The name recogniser's rules grow by small additions; once its main method crossed that size, extraction
 * ran 1.5 times slower with no change of logic (2026-12-05). This test reads the compiled classes of the application and
 * names every method over the limit, so such a method is split before it lands.
 */
class MethodSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8_000;

    @Test
    void noApplicationMethodIsTooLargeForTheJit() throws IOException, URISyntaxException {
        Path classes = Path.of(CorpusPipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> huge = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("app/khabar"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (MethodSize method : methodSizes(Files.readAllBytes(file))) {
                    methods++;
                    if (method.codeLength() > HUGE_METHOD_LIMIT) {
                        huge.add(classes.relativize(file) + " " + method.name() + ": " + method.codeLength() + " bytes");
                    }
                }
            }
        }
        assertTrue(methods > 1_000, "read only " + methods + " methods from " + classes);
        assertEquals(List.of(), huge, "methods the JIT will not compile; split them");
    }

    @Test
    void readsTheCodeLengthOfAKnownMethod() throws IOException {
        // the parser itself: this class's own test method is small, and found
        byte[] bytes;
        try (var in = MethodSizeTest.class.getResourceAsStream("MethodSizeTest.class")) {
            bytes = in.readAllBytes();
        }
        MethodSize own = methodSizes(bytes).stream().filter(m -> m.name().equals("noApplicationMethodIsTooLargeForTheJit"))
                .findFirst().orElseThrow();
        assertTrue(own.codeLength() > 50 && own.codeLength() < 1_000, own.toString());
    }

    record MethodSize(String name, int codeLength) {
    }

    /** The methods of a class file with the length of their Code attribute (JVMS §4.1, §4.6, §4.7.3). */
    static List<MethodSize> methodSizes(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or a double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        List<MethodSize> sizes = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            in.readUnsignedShort();
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.readUnsignedShort(); // max stack
                    in.readUnsignedShort(); // max locals
                    int codeLength = in.readInt();
                    sizes.add(new MethodSize(name, codeLength));
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return sizes;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}

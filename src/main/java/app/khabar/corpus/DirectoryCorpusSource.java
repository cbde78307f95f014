package app.khabar.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every {@code *.txt} file of one folder (not its subfolders), each refused above a size limit. */
public final class DirectoryCorpusSource implements CorpusSource {

    private final Path directory;
    private final long maxFileBytes;

    /**
     * @throws IllegalArgumentException when the folder does not exist, is not a folder or cannot be read: a
     *                                  configuration mistake that must stop startup
     */
    public DirectoryCorpusSource(Path directory, long maxFileBytes) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new IllegalArgumentException("corpus folder does not exist: " + absolute);
        }
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("corpus path is not a folder: " + absolute);
        }
        if (!Files.isReadable(absolute) || !Files.isExecutable(absolute)) {
            throw new IllegalArgumentException("corpus folder is not readable: " + absolute);
        }
        this.directory = absolute;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public List<String> fileNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.txt")) {
            for (Path file : files) {
                if (!Files.isDirectory(file)) {
                    names.add(file.getFileName().toString());
                }
            }
        }
        names.sort(null);
        return names;
    }

    @Override
    public byte[] read(String fileName) throws UnreadablePageException {
        Path file = directory.resolve(fileName);
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new UnreadablePageException(String.format(
                        "too large: %,d bytes, the limit is %,d bytes (khabar.corpus.max-file-bytes)",
                        size, maxFileBytes));
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new UnreadablePageException("not readable: permission denied");
        } catch (IOException e) {
            throw new UnreadablePageException("cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    @Override
    public String description() {
        return "folder " + directory;
    }
}

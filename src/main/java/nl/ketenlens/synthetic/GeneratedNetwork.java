package nl.ketenlens.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated network written as import CSVs into a temporary directory that {@link #close()} removes again:
 * for the demo seed and the benchmarks, which feed the files to the importer.
 */
public final class GeneratedNetwork implements AutoCloseable {

    private final Path dir;

    private GeneratedNetwork(Path dir) {
        this.dir = dir;
    }

    public static GeneratedNetwork write(long seed, int companies) throws IOException {
        Path dir = Files.createTempDirectory("ketenlens-network");
        new SyntheticNetworkGenerator(seed).write(companies, dir);
        return new GeneratedNetwork(dir);
    }

    public Path dir() {
        return dir;
    }

    /** One of {@link CsvNetworkWriter#COMPANIES}, {@code FACILITIES}, {@code LINKS}, {@code FINANCING}. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try {
            // every file in it: the benchmarks add their own (extra links files) beside the generated ones
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}

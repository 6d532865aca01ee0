package nl.ketenlens.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deletes an embedded store for {@code reset} / {@code --reset}, but only a store: a mistyped {@code --data-dir}
 * (a home directory, a project folder) must never be wiped. A directory qualifies when it is missing or empty, or
 * when it holds Neo4j's layout ({@code data/databases}) and nothing but Neo4j's own top-level entries. Before
 * deleting, Neo4j's own store lock ({@code data/databases/store_lock}) is taken, so a store that a running server
 * or CLI has open is refused rather than deleted under it.
 */
public final class StoreReset {

    /** The generated accounts file Ketenlens keeps beside the store (written by the account bootstrap). */
    public static final String CREDENTIALS_FILE = "credentials.txt";

    /** What Neo4j and Ketenlens put at the top of a store directory: Neo4j's layout, the Bolt and account secrets. */
    static final Set<String> STORE_ENTRIES = Set.of("data", "logs", "plugins", "conf", "run", "import", "metrics",
            "certificates", "licenses", "server_id", EmbeddedNeo4j.PASSWORD_FILE, CREDENTIALS_FILE);

    private StoreReset() {
    }

    /** Thrown instead of deleting; the message says why and what to do. */
    public static final class RefusedException extends IllegalStateException {
        RefusedException(String message) {
            super(message);
        }
    }

    public static void reset(Path dir) {
        Path home = dir.toAbsolutePath().normalize();
        List<String> entries = entries(home);
        if (entries.isEmpty()) {
            return;
        }
        List<String> foreign = entries.stream().filter(e -> !STORE_ENTRIES.contains(e)).toList();
        if (!Files.isDirectory(home.resolve("data/databases")) || !foreign.isEmpty()) {
            throw new RefusedException("refusing to reset " + home + ": it is not a Ketenlens/Neo4j store"
                    + (foreign.isEmpty() ? " (no data/databases)" : " (it also holds " + foreign.stream().limit(5).toList() + ")")
                    + "; check --data-dir");
        }
        Path lockFile = home.resolve("data/databases/store_lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new RefusedException("refusing to reset " + home + ": the store is in use by another process "
                        + "(a running server or command); stop it first");
            }
            try {
                EmbeddedNeo4j.deleteRecursively(home);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset store " + home, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM (another open store)
        }
    }

    private static List<String> entries(Path home) {
        if (!Files.isDirectory(home)) {
            if (Files.exists(home)) {
                throw new RefusedException("refusing to reset " + home + ": it is a file, not a store directory");
            }
            return List.of();
        }
        try (Stream<Path> list = Files.list(home)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + home, e);
        }
    }
}

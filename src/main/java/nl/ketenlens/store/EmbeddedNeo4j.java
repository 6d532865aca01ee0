package nl.ketenlens.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import nl.ketenlens.graph.StoreWrites;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Neo4j server: the same engine as the Neo4j server image, with Bolt on loopback so the
 * application, Neo4j Browser and cypher-shell all talk to it the same way they talk to a server.
 * Bolt requires authentication: user {@value #USER} with a generated password kept in
 * {@code <data-dir>/}{@value #PASSWORD_FILE} (mode 600), set again at every start.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    public static final String USER = "neo4j";
    public static final String PASSWORD_FILE = "neo4j-password";
    /** System property choosing where Neo4j keeps transaction state, for benchmarks (ADR 0018). */
    static final String TX_STATE_PROPERTY = "ketenlens.store.tx-state";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, String password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
    }

    public static EmbeddedNeo4j start(Path dataDir, int requestedPort, String pageCache, boolean reset) {
        return start(dataDir, requestedPort, pageCache, reset, null);
    }

    /** As above; {@code writes}, when given, is told of every committed write to the graph (see {@link StoreWrites}). */
    public static EmbeddedNeo4j start(Path dataDir, int requestedPort, String pageCache, boolean reset,
                                      StoreWrites writes) {
        Path home = dataDir.toAbsolutePath().normalize();
        if (reset) {
            StoreReset.reset(home); // refuses a directory that is not a store, or one another process holds
        }
        int port = requestedPort == 0 ? freePort() : requestedPort;
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // an atomic import of 400k links is one large transaction: keep its state off the Java heap
                // (ADR 0018: -Dketenlens.store.tx-state=ON_HEAP to compare; off-heap costs a native block per link)
                .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                        GraphDatabaseSettings.TransactionStateMemoryAllocation.valueOf(
                                System.getProperty(TX_STATE_PROPERTY, "OFF_HEAP")))
                .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, ByteUnit.gibiBytes(4))
                // without this every shutdown waits Netty's default quiet period (~10 s)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        if (writes != null) {
            dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, writes);
            writes.markRegistered();
        }
        String password = password(home.resolve(PASSWORD_FILE));
        setPassword(dbms, password);
        log.info("Embedded Neo4j started in {} ms: store {}, Bolt bolt://127.0.0.1:{} (user {}, password in {})",
                (System.nanoTime() - started) / 1_000_000, home, port, USER, home.resolve(PASSWORD_FILE));
        return new EmbeddedNeo4j(dbms, port, password);
    }

    /**
     * Sets the password of {@value #USER} to the one in the data directory: on the first start (the file is
     * written before, so a crash in between cannot lose it) and, harmlessly, at every later start.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("cannot be the same")) {
                    return;
                }
            }
            throw e;
        }
    }

    /** The Bolt password of {@value #USER}. */
    public String password() {
        return password;
    }

    /** The store's Bolt password: read from {@code file}, or generated and written with mode 600. */
    private static String password(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the Bolt password " + file, e);
        }
    }

    /** The default database through the engine's own API: the projection's reads (ADR 0019) and the bulk links write (ADR 0018). */
    public GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for embedded Bolt", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset store " + dir, e);
        }
    }
}

package nl.ketenlens.store;

import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a new store with Neo4j's own offline importer, the code behind {@code neo4j-admin database import full}
 * (ADR 0022), from admin-format CSV files: company and facility nodes with their id, and the {@code BUYS_FROM}
 * links. The store directory must not exist or be empty; the database is written where {@link EmbeddedNeo4j} opens
 * it ({@code <dir>/data/databases/neo4j}, transaction logs beside it), so the next normal start applies the schema
 * migrations and seeds the reference data as on any new store.
 */
public final class OfflineImport {
    private OfflineImport() {
    }

    /** True when {@code dir} does not exist or is an empty directory: the only stores the bulk load may create. */
    public static boolean isNew(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /**
     * Runs the importer into {@code dir}; its own progress report goes to {@code out}. Throws when the importer
     * fails (the caller removes the directory: a half-built store is never opened).
     */
    public static void run(Path dir, Path companies, Path facilities, Path links, Path report, PrintStream out) {
        if (!isNew(dir)) {
            throw new IllegalStateException("not a new store directory: " + dir);
        }
        Path home = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + home, e);
        }
        List<String> args = List.of(
                "--nodes=" + Label.COMPANY + "=" + companies.toAbsolutePath(),
                "--nodes=" + Label.FACILITY + "=" + facilities.toAbsolutePath(),
                "--relationships=" + Rel.BUYS_FROM + "=" + links.toAbsolutePath(),
                "--report-file=" + report.toAbsolutePath(),
                "--bad-tolerance=0",
                GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, fs);
            CommandLine command = new CommandLine(new ImportCommand.Full(context));
            command.setOut(new java.io.PrintWriter(out, true));
            command.setErr(new java.io.PrintWriter(out, true));
            int exit = command.execute(args.toArray(String[]::new));
            if (exit != 0) {
                // the report lives in the run's scratch directory, which is removed: quote it here
                throw new IllegalStateException("Neo4j's importer failed (exit " + exit + ")" + excerpt(report));
            }
        }
    }

    private static String excerpt(Path report) {
        try {
            if (!Files.exists(report)) {
                return "";
            }
            List<String> lines = Files.readAllLines(report);
            return lines.isEmpty() ? "" : ": " + String.join("\n  ", lines.subList(0, Math.min(20, lines.size())));
        } catch (IOException | UncheckedIOException e) {
            return "; its report could not be read: " + e.getMessage();
        }
    }
}

package nl.ketenlens.cli;

import nl.ketenlens.ingest.BulkLoad;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportReportText;
import nl.ketenlens.store.OfflineImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ketenlens bulk-load}: a new store from a large network with Neo4j's offline importer (ADR 0022). Checks the
 * three files on a scratch store first (nothing is written to the target on any error), then builds the store,
 * opens it normally (schema migrations, reference seed) and writes the companies' and facilities' properties by the
 * ordinary import. Exit 0 loaded, 2 refused (bad input or a store that is not new), 1 failure.
 */
@Command(name = "bulk-load", mixinStandardHelpOptions = true,
        description = "Load a large network into a NEW store with Neo4j's offline importer (the way to load millions "
                + "of links). The files are checked first with the same rules as 'import'; the store directory must "
                + "not exist or be empty.")
public final class BulkLoadCommand implements Callable<Integer> {

    @Option(names = "--companies", required = true, paramLabel = "FILE", description = "The companies file.")
    Path companies;

    @Option(names = "--facilities", required = true, paramLabel = "FILE", description = "The facilities file.")
    Path facilities;

    @Option(names = "--links", required = true, paramLabel = "FILE",
            description = "The links file (no volume columns, no company suppliers).")
    Path links;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The new store's directory (default: $KETENLENS_DATA_DIR or ./data); must not exist or be empty.")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path target = (dataDir != null ? dataDir
                : Path.of(System.getenv().getOrDefault("KETENLENS_DATA_DIR", "./data"))).toAbsolutePath().normalize();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : List.of(companies, facilities, links)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
        }
        if (!OfflineImport.isNew(target)) {
            out.println("Refused: " + target + " is not empty. bulk-load only creates a new store; load into an "
                    + "existing one with 'ketenlens import'. Nothing was written.");
            out.flush();
            return ExitCodes.BAD_INPUT;
        }
        BulkRun run = new BulkRun(target, out, this::open);
        return run.load(companies, facilities, links) ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** A Spring context without a web server on the embedded store in {@code dir}, without the demo network. */
    private ConfigurableApplicationContext open(Path dir) {
        Class<?> source = ((KetenlensCli) spec.root().userObject()).source();
        return new SpringApplicationBuilder(source).web(WebApplicationType.NONE).run(
                "--ketenlens.store.data-dir=" + dir, "--ketenlens.store.bolt-port=0",
                "--ketenlens.store.seed-demo=false", "--ketenlens.store.uri=",
                "--logging.level.root=WARN", "--spring.main.log-startup-info=false");
    }

    /** Renders a checked file's report (the import command's table, bulk-load's advice). */
    static String table(ImportReport report) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ImportReportText.CHECK.render(report, buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static PrintStream stream(PrintWriter out) {
        return new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(new String(b, off, len, StandardCharsets.UTF_8));
                out.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** Keeps {@link BulkLoad} free of the context's life cycle. */
    interface Opener {
        ConfigurableApplicationContext open(Path dir);
    }
}

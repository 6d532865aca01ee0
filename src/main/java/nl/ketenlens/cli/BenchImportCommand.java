package nl.ketenlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenlens.bench.LinksFileBenchmark;
import nl.ketenlens.ingest.ImportService;
import nl.ketenlens.bench.ImportBenchmark;
import nl.ketenlens.synthetic.GeneratedNetwork;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Generates a network and imports it into a scratch store, printing rows/s per file, peak heap and RSS. */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Benchmark the importer: generate a network of N companies (~15 facilities and ~62 links each) "
                + "and import it into a scratch store (default ./data-bench, emptied first).")
final class BenchImportCommand extends StoreCommand {

    @Option(names = "--companies", defaultValue = "6666", paramLabel = "N",
            description = "Companies to generate (default: ${DEFAULT-VALUE}, ~100k facilities and ~400k links).")
    int companies;

    @Option(names = "--batch-size", defaultValue = "10000", paramLabel = "N",
            description = "Rows per UNWIND batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--links-mb", defaultValue = "0", paramLabel = "MB",
            description = "Instead: write a links file of about MB megabytes over --facilities facilities and import "
                    + "it the way an upload is imported, printing time and peak heap (e.g. 100 with -Xmx1g).")
    int linksMegabytes;

    @Option(names = "--facilities", defaultValue = "20000", paramLabel = "N",
            description = "Facilities the --links-mb file links (default: ${DEFAULT-VALUE}).")
    int facilities;

    @Override
    protected void beforeOpen() {
        store.useScratchStore(Path.of("data-bench"));
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        if (linksMegabytes > 0) {
            Path dir = Files.createTempDirectory("ketenlens-bench-links-");
            try {
                LinksFileBenchmark.run(context.getBean(ImportService.class), dir, linksMegabytes, facilities, batchSize, out());
            } finally {
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(dir);
            }
            return ExitCodes.OK;
        }
        try (GeneratedNetwork network = GeneratedNetwork.write(seed, companies)) {
            ImportBenchmark.run(context, network.dir(), batchSize, out());
            return ExitCodes.OK;
        }
    }
}

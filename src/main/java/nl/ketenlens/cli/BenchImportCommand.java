package nl.ketenlens.cli;

import java.nio.file.Path;
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

    @Override
    protected void beforeOpen() {
        store.useScratchStore(Path.of("data-bench"));
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        try (GeneratedNetwork network = GeneratedNetwork.write(seed, companies)) {
            ImportBenchmark.run(context, network.dir(), batchSize, out());
            return ExitCodes.OK;
        }
    }
}

package nl.ketenlens.cli;

import java.nio.file.Path;
import java.util.List;
import nl.ketenlens.bench.SyntheticLeverageBenchmark;
import nl.ketenlens.leverage.LeverageProperties;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenlens bench-leverage}: runs {@link SyntheticLeverageBenchmark} on a scratch store. */
@Command(name = "bench-leverage", mixinStandardHelpOptions = true,
        description = "Benchmark the leverage engine on generated networks (in memory) and the Neo4j projection "
                + "(scratch store, default ./data-bench). Prints time per metric and peak heap.")
final class BenchLeverageCommand extends StoreCommand {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "FACILITIES",
            description = "Network sizes in facilities (default: ${DEFAULT-VALUE}; try 1000000 with -Xmx4g).")
    List<Integer> sizes;

    @Option(names = "--store-facilities", defaultValue = "100000", paramLabel = "N",
            description = "Import a network of N facilities into the scratch store and time the projection (0 = skip).")
    int storeFacilities;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--budget", defaultValue = "10", description = "Plan budget k (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--versus", paramLabel = "LIBRARY", description = "Also time the JGraphT equivalents on the same"
            + " graphs and print the ratio per metric (only value: jgrapht).")
    String versus;

    @Override
    protected void beforeOpen() {
        if (versus != null && !versus.equals("jgrapht")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--versus: only 'jgrapht' is supported, got '" + versus + "'");
        }
        store.useScratchStore(Path.of("data-bench"));
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        new SyntheticLeverageBenchmark(out(), seed, budget, context.getBean(LeverageProperties.class))
                .versusJGraphT(versus != null).run(sizes, storeFacilities, context);
        return ExitCodes.OK;
    }
}

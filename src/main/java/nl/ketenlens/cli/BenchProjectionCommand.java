package nl.ketenlens.cli;

import nl.ketenlens.bench.ProjectionBenchmark;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenlens bench-projection}: runs {@link ProjectionBenchmark} on the store at {@code --data-dir} as it is. */
@Command(name = "bench-projection", mixinStandardHelpOptions = true,
        description = "Time full projections of an existing store (e.g. one bench-leverage filled) through the embedded"
                + " API and through Bolt, alternating. Prints wall and CPU time per run and the load average.")
final class BenchProjectionCommand extends StoreCommand {

    @Option(names = "--repeat", defaultValue = "3", description = "Runs per path (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--embedded-only", description = "Time only the embedded path (skip the Bolt runs).")
    boolean embeddedOnly;

    @Override
    public int run(ApplicationContext context) {
        new ProjectionBenchmark(out()).run(context, repeat, !embeddedOnly);
        return ExitCodes.OK;
    }
}

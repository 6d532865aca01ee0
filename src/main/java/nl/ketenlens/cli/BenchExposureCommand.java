package nl.ketenlens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.ketenlens.bench.ExposureBenchmark;
import nl.ketenlens.exposure.ExposureRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ketenlens bench-exposure}: the exposure benchmark on a generated network (no store needed). */
@Command(name = "bench-exposure", mixinStandardHelpOptions = true,
        description = "Time an exposure report for every company of a generated network (p50/p95/max ms).")
final class BenchExposureCommand implements Callable<Integer> {

    @Option(names = "--facilities", paramLabel = "N", description = "Facilities to generate (default 100000).")
    int facilities = 100_000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42).")
    long seed = 42L;

    @Option(names = "--depth", paramLabel = "N", description = "Depth of each report (default 6).")
    int depth = ExposureRequest.DEFAULT_DEPTH;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (facilities < 100 || depth < 1 || depth > ExposureRequest.MAX_DEPTH) {
            throw new IllegalArgumentException("need --facilities >= 100 and --depth 1.." + ExposureRequest.MAX_DEPTH);
        }
        PrintWriter out = spec.commandLine().getOut();
        ExposureBenchmark.print(ExposureBenchmark.run(facilities, seed, depth, out), out);
        return ExitCodes.OK;
    }
}

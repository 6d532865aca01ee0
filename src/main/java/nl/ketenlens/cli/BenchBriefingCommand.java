package nl.ketenlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ketenlens.bench.BriefingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ketenlens bench-briefing}: the briefing benchmark on a generated network (no store needed). */
@Command(name = "bench-briefing", mixinStandardHelpOptions = true,
        description = "Time building and rendering (HTML, PDF) the briefing for the largest covenant of a generated "
                + "network, in memory. Prints the time per step of every run and the fastest run.")
final class BenchBriefingCommand implements Callable<Integer> {

    @Option(names = "--facilities", paramLabel = "N", description = "Facilities to generate (default 100000).")
    int facilities = 100_000;

    @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default 7).")
    long seed = 7L;

    @Option(names = "--covenant", paramLabel = "CODE", description = "Covenant to brief (default: the largest).")
    String covenant;

    @Option(names = "--lang", paramLabel = "nl|en", description = "Language (default nl).")
    String lang = "nl";

    @Option(names = "--runs", paramLabel = "N", description = "Runs; the fastest is reported (default 2).")
    int runs = 2;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write the last run's HTML and PDF here.")
    Path outDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (facilities < 100 || runs < 1) {
            throw new IllegalArgumentException("need --facilities >= 100 and --runs >= 1");
        }
        new BriefingBenchmark(spec.commandLine().getOut(), seed).run(facilities, covenant, lang, runs, outDir);
        return ExitCodes.OK;
    }
}

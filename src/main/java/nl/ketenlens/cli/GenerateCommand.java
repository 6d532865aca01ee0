package nl.ketenlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a synthetic network in the import CSV formats; needs no store. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic supply network (companies.csv, facilities.csv, links.csv, "
                + "financing.csv) in the import formats; about 15 facilities and 60 links per company.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--companies", required = true, paramLabel = "N", description = "Number of companies.")
    int companies;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the CSV files to.")
    Path out;

    @Option(names = "--seed", defaultValue = "" + SyntheticNetworkGenerator.DEMO_SEED, paramLabel = "S",
            description = "Random seed; the same seed and N give byte-identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (companies < 1) {
            throw new IllegalArgumentException("--companies must be at least 1, was " + companies);
        }
        long started = System.nanoTime();
        new SyntheticNetworkGenerator(seed).write(companies, out);
        spec.commandLine().getOut().printf("Wrote a synthetic network of %d companies (~%d facilities) to %s in %.1f s%n",
                companies, SyntheticNetworkGenerator.facilityCount(companies), out,
                (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }
}

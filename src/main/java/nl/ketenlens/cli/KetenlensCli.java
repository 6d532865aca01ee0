package nl.ketenlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ketenlens} command line: the server and every analysis share one jar. */
@Command(name = "ketenlens", mixinStandardHelpOptions = true, version = "Ketenlens 0.1.0",
        description = "Supply-chain risk graph analyzer for Dutch IMVO sector collaboration.",
        subcommands = {
                ServeCommand.class,
                ResetCommand.class,
                nl.ketenlens.ingest.ImportCommand.class,
                nl.ketenlens.ingest.BenchImportCommand.class,
                GenerateCommand.class,
                nl.ketenlens.leverage.LeverageCommands.Rank.class,
                nl.ketenlens.leverage.LeverageCommands.Plan.class,
                nl.ketenlens.leverage.LeverageCommands.Cut.class,
                nl.ketenlens.leverage.LeverageCommands.Groups.class,
                nl.ketenlens.leverage.BenchLeverageCommand.class,
                nl.ketenlens.exposure.ExposureCommand.class,
                nl.ketenlens.exposure.BenchExposureCommand.class,
                BriefingCommand.class,
                CommandLine.HelpCommand.class
        })
public final class KetenlensCli implements Runnable {

    /** Returned by {@code serve}: the JVM keeps running until the server is stopped. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    public static int execute(String... args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        return commandLine().execute(effective);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KetenlensCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new CliExceptionHandler());
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

package nl.ketenlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ketenlens} command line: the server and every analysis share one jar. The application passes its
 * Spring source class in; commands reach it through {@link #source()} through the root command, so no
 * command imports the application class.
 */
@Command(name = "ketenlens", mixinStandardHelpOptions = true, version = "Ketenlens 0.1.0",
        description = "Supply-chain risk graph analyzer for Dutch IMVO sector collaboration.",
        subcommands = {
                ServeCommand.class,
                ResetCommand.class,
                ImportCommand.class,
                BulkLoadCommand.class,
                BenchImportCommand.class,
                GenerateCommand.class,
                LeverageCommand.class,
                PlanCommand.class,
                CutCommand.class,
                GroupsCommand.class,
                BenchLeverageCommand.class,
                BenchProjectionCommand.class,
                ExposureCommand.class,
                BenchExposureCommand.class,
                BenchBriefingCommand.class,
                ExportCommand.class,
                UsersCommand.class,
                BriefingCommand.class,
                CommandLine.HelpCommand.class
        })
public final class KetenlensCli implements Runnable {

    /** Returned by {@code serve}: the JVM keeps running until the server is stopped. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private final Class<?> source;

    private KetenlensCli(Class<?> source) {
        this.source = source;
    }

    /** Runs one command on the application whose Spring configuration is {@code source}; no arguments = serve. */
    public static int execute(Class<?> source, String... args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        return commandLine(source).execute(effective);
    }

    public static CommandLine commandLine(Class<?> source) {
        CommandLine cli = new CommandLine(new KetenlensCli(source));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new CliExceptionHandler());
        return cli;
    }

    /** The Spring source (the {@code @SpringBootApplication} class) every command starts. */
    Class<?> source() {
        return source;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

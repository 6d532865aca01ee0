package nl.ketenlens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.ketenlens.KetenlensApplication;
import picocli.CommandLine;

/** One command line run in-process, as the packaged jar would run it: exit code, standard output and error. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cli = KetenlensCli.commandLine(KetenlensApplication.class);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}

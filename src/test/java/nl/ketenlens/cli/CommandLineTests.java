package nl.ketenlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import nl.ketenlens.output.Format;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line without a store: every verb is there with its help, and --format takes what a verb renders. */
class CommandLineTests {

    private static final List<String> VERBS = List.of("serve", "reset", "import", "generate", "leverage", "plan",
            "cut", "groups", "exposure", "export", "bench-leverage", "bench-exposure", "bench-import");

    @Test
    void everyVerbIsACommandWithHelp() {
        CommandLine cli = KetenlensCli.commandLine(Object.class);
        assertThat(cli.getSubcommands().keySet()).containsAll(VERBS);
        for (String verb : VERBS) {
            cli = KetenlensCli.commandLine(Object.class);
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(verb, "--help")).as(verb).isZero();
            assertThat(out.toString()).as(verb).startsWith("Usage: ketenlens " + verb);
        }
    }

    @Test
    void formatIsCaseInsensitiveAndListedInHelp() {
        CommandLine cli = KetenlensCli.commandLine(Object.class);
        cli.parseArgs("exposure", "--company", "C", "--format", "JSON");
        assertThat(((ExposureCommand) cli.getSubcommands().get("exposure").getCommand()).format).isEqualTo(Format.JSON);
        cli = KetenlensCli.commandLine(Object.class);
        cli.parseArgs("leverage", "--covenant", "gold", "--format", "csv");
        assertThat(((LeverageCommand) cli.getSubcommands().get("leverage").getCommand()).format).isEqualTo(Format.CSV);
        cli = KetenlensCli.commandLine(Object.class);
        cli.parseArgs("import", "companies", "f.csv", "--format", "json");
        assertThat(((ImportCommand) cli.getSubcommands().get("import").getCommand()).format).isEqualTo(Format.JSON);
        assertThat(cli.getSubcommands().get("leverage").getUsageMessage()).contains("table, json, csv (default: table)");
    }

    @Test
    void aFormatTheCommandCannotRenderIsBadInputNamingTheAcceptedOnes() {
        assertThat(rejected("import", "companies", "f.csv", "--format", "csv")).contains("'csv' is not one of table, json");
        assertThat(rejected("exposure", "--company", "C", "--format", "pdf")).contains("'pdf' is not one of table, json, csv");
        assertThat(rejected("plan", "--covenant", "gold", "--format", "xml")).contains("'xml' is not one of table, json, csv");
    }

    @Test
    void exportTakesExactlyOneOfCompanyCovenantOrSector() {
        CommandLine cli = KetenlensCli.commandLine(Object.class);
        cli.parseArgs("export", "--covenant", "gold", "--format", "gexf", "--as", "demo-advisor", "--out", "gold.gexf");
        ExportCommand export = (ExportCommand) cli.getSubcommands().get("export").getCommand();
        assertThat(export.target.covenant).isEqualTo("gold");
        assertThat(export.target.company).isNull();
        assertThat(export.as).isEqualTo("demo-advisor");
        assertThat(rejected("export", "--covenant", "gold", "--company", "C", "--out", "x")).contains("mutually exclusive");
        assertThat(rejected("export", "--out", "x")).contains("--company", "--covenant", "--sector");
    }

    private static String rejected(String... args) {
        CommandLine cli = KetenlensCli.commandLine(Object.class);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).isEqualTo(ExitCodes.BAD_INPUT);
        return err.toString();
    }
}

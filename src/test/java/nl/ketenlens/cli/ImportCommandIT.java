package nl.ketenlens.cli;

import nl.ketenlens.KetenlensApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command end to end on its own embedded store: output and exit codes. */
class ImportCommandIT {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cli = KetenlensCli.commandLine(KetenlensApplication.class);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsPrintsJsonAndUsesExitCodes() throws Exception {
        Path good = Files.writeString(dir.resolve("companies.csv"), "company_id,name,sector,size\nCLI-1,Cli BV,food,sme\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "company_id,name,sector,size\nCLI-2,,food,huge\n");
        String store = dir.resolve("store").toString();

        Run ok = run("import", "companies", good.toString(), "--format", "json", "--data-dir", store, "--reset", "--no-demo");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out().trim()).isEqualTo("{\"kind\":\"companies\",\"file\":\"companies.csv\",\"read\":1,\"created\":1,"
                + "\"updated\":0,\"unchanged\":0,\"rejected\":0,\"warnings\":[],\"errors\":[]}");

        Run refused = run("import", "companies", bad.toString(), "--data-dir", store);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("bad.csv:2: name: missing value", "bad.csv:2: size: 'huge' is not one of sme, large");

        assertThat(run("import", "suppliers", good.toString()).exit()).isEqualTo(2);
        assertThat(run("import", "links", dir.resolve("missing.csv").toString(), "--data-dir", store).exit()).isEqualTo(2);
    }
}

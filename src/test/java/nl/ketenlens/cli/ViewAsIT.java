package nl.ketenlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.ketenlens.KetenlensApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --as USER} renders exactly what that account would see: the administrator's leverage report names the
 * demo companies behind a facility, the same report as an advisor names none and hides counts below k.
 */
class ViewAsIT {
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
    void anAdvisorSeesTheCovenantAsAggregatesOnly() {
        String store = dir.resolve("store").toString();
        Run added = run("users", "add", "advisor-it", "--role", "advisor", "--data-dir", store, "--reset");
        assertThat(added.exit()).as(added.err()).isZero();

        Run admin = run("leverage", "--covenant", "gold", "--top", "5", "--format", "json", "--data-dir", store);
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("\"companyIds\"").containsPattern("SYN-C-\\d{5}");

        Run advisor = run("leverage", "--covenant", "gold", "--top", "5", "--format", "json", "--data-dir", store,
                "--as", "advisor-it");
        assertThat(advisor.exit()).as(advisor.err()).isZero();
        assertThat(advisor.out()).doesNotContainPattern("SYN-C-\\d{5}").doesNotContain("\"companyIds\"");

        Run unknown = run("leverage", "--covenant", "gold", "--data-dir", store, "--as", "nobody");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}

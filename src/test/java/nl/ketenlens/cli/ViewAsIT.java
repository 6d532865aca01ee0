package nl.ketenlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --as USER} renders exactly what that account would see: the administrator's leverage report names the
 * demo companies behind a facility, the same report as an advisor names none and hides counts below k.
 */
class ViewAsIT {
    @TempDir
    Path dir;

    @Test
    void anAdvisorSeesTheCovenantAsAggregatesOnly() {
        String store = dir.resolve("store").toString();
        CliRun added = CliRun.of("users", "add", "advisor-it", "--role", "advisor", "--data-dir", store, "--reset");
        assertThat(added.exit()).as(added.err()).isZero();

        CliRun admin = CliRun.of("leverage", "--covenant", "gold", "--top", "5", "--format", "json", "--data-dir", store);
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("\"companyIds\"").containsPattern("SYN-C-\\d{5}");

        CliRun advisor = CliRun.of("leverage", "--covenant", "gold", "--top", "5", "--format", "json", "--data-dir", store,
                "--as", "advisor-it");
        assertThat(advisor.exit()).as(advisor.err()).isZero();
        assertThat(advisor.out()).doesNotContainPattern("SYN-C-\\d{5}").doesNotContain("\"companyIds\"");

        CliRun unknown = CliRun.of("leverage", "--covenant", "gold", "--data-dir", store, "--as", "nobody");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}

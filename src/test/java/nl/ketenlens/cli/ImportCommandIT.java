package nl.ketenlens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command end to end on its own embedded store: output and exit codes. */
class ImportCommandIT {
    @TempDir
    Path dir;

    @Test
    void importsPrintsJsonAndUsesExitCodes() throws Exception {
        Path good = Files.writeString(dir.resolve("companies.csv"), "company_id,name,sector,size\nCLI-1,Cli BV,food,sme\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "company_id,name,sector,size\nCLI-2,,food,huge\n");
        String store = dir.resolve("store").toString();

        CliRun ok = CliRun.of("import", "companies", good.toString(), "--format", "json", "--data-dir", store, "--reset", "--no-demo");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out().trim()).isEqualTo("{\"kind\":\"companies\",\"file\":\"companies.csv\",\"read\":1,\"created\":1,"
                + "\"updated\":0,\"unchanged\":0,\"rejected\":0,\"warnings\":[],\"errors\":[]}");

        CliRun refused = CliRun.of("import", "companies", bad.toString(), "--data-dir", store);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("bad.csv:2: name: missing value", "bad.csv:2: size: 'huge' is not one of sme, large");

        assertThat(CliRun.of("import", "suppliers", good.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("import", "links", dir.resolve("missing.csv").toString(), "--data-dir", store).exit()).isEqualTo(2);
    }
}

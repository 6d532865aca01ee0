package nl.ketenlens.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedNetworkTests {

    @Test
    void closeRemovesTheDirectoryWithFilesABenchmarkAddedBesideTheGeneratedOnes() throws Exception {
        Path dir;
        try (GeneratedNetwork network = GeneratedNetwork.write(7, 3)) {
            dir = network.dir();
            assertThat(network.file(CsvNetworkWriter.LINKS)).exists();
            Files.writeString(dir.resolve("links-small.csv"), "buyer_id,supplier_id,commodity\n");
        }
        assertThat(dir).doesNotExist();
    }
}

package nl.ketenlens.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Rel;
import nl.ketenlens.ingest.ImportKind;
import nl.ketenlens.ingest.ImportOptions;
import nl.ketenlens.ingest.ImportReport;
import nl.ketenlens.ingest.ImportService;
import nl.ketenlens.store.SeedStep;
import nl.ketenlens.synthetic.CsvNetworkWriter;
import nl.ketenlens.synthetic.GeneratedNetwork;
import nl.ketenlens.synthetic.SyntheticNetworkGenerator;
import org.neo4j.driver.Driver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the synthetic demo network through the same import pipeline a user's files take (so the demo proves
 * the importer), then its financing links. Every company, facility and link is marked synthetic.
 */
@Component
@Order(2)
class DemoNetworkSeedStep implements SeedStep {

    static final String NAME = "demo network";

    private static final String FINANCING = """
            UNWIND $rows AS row
            MATCH (a:%1$s {id: row.a}), (b:%1$s {id: row.b})
            MERGE (a)-[f:%2$s]->(b) SET f.synthetic = row.s""".formatted(Label.COMPANY, Rel.FINANCES);

    private final ImportService imports;

    DemoNetworkSeedStep(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public String load(Driver driver) {
        try (GeneratedNetwork network = GeneratedNetwork.write(SyntheticNetworkGenerator.DEMO_SEED,
                SyntheticNetworkGenerator.DEMO_COMPANIES)) {
            StringBuilder summary = new StringBuilder();
            for (ImportKind kind : List.of(ImportKind.COMPANIES, ImportKind.FACILITIES, ImportKind.LINKS)) {
                ImportReport report = imports.importFile(kind, network.file(kind.id() + ".csv"),
                        ImportOptions.defaults());
                if (!report.errors().isEmpty()) {
                    throw new IllegalStateException("demo network " + kind.id() + " rejected: "
                            + String.join("; ", report.errorLines().subList(0, Math.min(5, report.errorLines().size()))));
                }
                summary.append(report.read()).append(' ').append(kind.id()).append(", ");
            }
            int financing = writeFinancing(driver, network.file(CsvNetworkWriter.FINANCING));
            return summary.append(financing).append(" financing links").toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo network", e);
        }
    }

    /** financing.csv holds plain ids and booleans, no quoting: {@code institution_id,company_id,synthetic}. */
    private static int writeFinancing(Driver driver, Path file) throws IOException {
        List<Map<String, Object>> rows = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(","))
                .map(f -> Map.<String, Object>of("a", f[0], "b", f[1], "s", Boolean.parseBoolean(f[2])))
                .toList();
        driver.executableQuery(FINANCING)
                .withParameters(Map.of("rows", rows)).execute();
        return rows.size();
    }
}

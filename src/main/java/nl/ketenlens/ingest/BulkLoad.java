package nl.ketenlens.ingest;

import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bulk load of a new store (ADR 0022), in the two stores it runs against:
 * <ol>
 *   <li>{@link #stage} on a scratch store (reference data seeded, nothing else): the companies and facilities files
 *   are imported there by the ordinary import, so they are checked by the same rules as always; the links file is
 *   checked by the streamed import's two passes ({@link StreamedLinkImport#runOffline}) and its valid rows are written
 *   to admin-format CSVs, with the node ids, for Neo4j's offline importer;</li>
 *   <li>{@link #complete} on the new store, after the importer built it and the store opened normally (migrations,
 *   reference seed): the companies and facilities files are imported again by the ordinary import, which writes
 *   their properties, labels and reference links onto the nodes the importer created with their id only.</li>
 * </ol>
 * So the links are written by Neo4j's importer and everything else by the code that writes it on the ordinary path.
 */
@Service
public class BulkLoad {
    /** The admin-format files {@link #stage} writes. */
    public record Staged(List<ImportReport> reports, boolean refused, Path companies, Path facilities, Path links,
                         long linkCount) {
    }

    private final ImportService imports;
    private final Driver driver;

    public BulkLoad(ImportService imports, Driver driver) {
        this.imports = imports;
        this.driver = driver;
    }

    /** Checks the three files against the scratch store and stages the offline importer's input in {@code dir}. */
    public Staged stage(Path companies, Path facilities, Path links, Path dir, Consumer<String> progress)
            throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        for (var file : List.of(new Input(ImportKind.COMPANIES, companies), new Input(ImportKind.FACILITIES, facilities))) {
            progress.accept("checking " + file.kind().id() + " " + file.path());
            ImportReport report = imports.importFile(file.kind(), file.path(), ImportOptions.defaults());
            reports.add(report);
            if (report.refused()) {
                return new Staged(reports, true, null, null, null, 0);
            }
        }
        progress.accept("checking links " + links + " and writing the importer's input");
        Path linkCsv = dir.resolve("links.csv");
        ImportReport linkReport = stageLinks(links, linkCsv);
        reports.add(linkReport);
        if (linkReport.refused()) {
            return new Staged(reports, true, null, null, null, 0);
        }
        Path companyCsv = dir.resolve("companies.csv");
        Path facilityCsv = dir.resolve("facilities.csv");
        ids(Label.COMPANY, companyCsv);
        ids(Label.FACILITY, facilityCsv);
        return new Staged(reports, false, companyCsv, facilityCsv, linkCsv, linkReport.created());
    }

    private record Input(ImportKind kind, Path path) {
    }

    private ImportReport stageLinks(Path links, Path csv) throws IOException {
        String name = links.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        ImportOptions options = ImportOptions.defaults();
        StreamedLinkImport check = new StreamedLinkImport(driver, EmbeddedGraph.NONE, () -> Files.newInputStream(links),
                name, options, GraphReferenceLookup.load(driver), GraphChanges.NONE);
        try (AdminCsv out = new AdminCsv(csv, List.of(":START_ID", ":END_ID", Prop.LINK_COMMODITY, Prop.SHARE + ":double",
                Prop.SYNTHETIC + ":boolean"))) {
            ImportReport report = check.runOffline(batch -> {
                // the store is new, so every valid link is created: the same properties EmbeddedLinkWriter sets
                for (ParsedRow row : batch) {
                    var l = row.link;
                    out.row(l.buyerId(), l.supplierId(), l.commodity(), l.share(), l.synthetic());
                    row.mark(RowStatus.CREATED);
                }
                return List.of();
            }, warnings);
            if (report != null) {
                return report;
            }
        }
        return ImportService.Reports.refused(ImportKind.LINKS, name, List.of(), List.of(new ImportError(1, "file",
                "bulk-load takes plain links files only: no annual_volume or volume_unit column and no company as "
                        + "supplier; import this file with 'ketenlens import links' after the bulk load")), warnings);
    }

    /** The ids of {@code label}'s nodes in the scratch store: exactly those its files created. */
    private void ids(String label, Path csv) throws IOException {
        try (AdminCsv out = new AdminCsv(csv, List.of(Prop.ID + ":ID"))) {
            driver.executableQuery("MATCH (n:%s) RETURN n.%s AS id".formatted(Label.require(label), Prop.ID))
                    .execute().records().forEach(r -> out.row(r.get("id").asString()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * On the new store: the companies and facilities files through the ordinary import, which finds each node (the
     * importer made it with its id) and writes its properties, labels and reference links.
     */
    public List<ImportReport> complete(Path companies, Path facilities) throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        reports.add(imports.importFile(ImportKind.COMPANIES, companies, ImportOptions.defaults()));
        reports.add(imports.importFile(ImportKind.FACILITIES, facilities, ImportOptions.defaults()));
        for (ImportReport r : reports) {
            if (r.refused()) {
                throw new IllegalStateException(r.file() + " was accepted by the check but refused on the new store: "
                        + r.errors());
            }
        }
        return reports;
    }
}

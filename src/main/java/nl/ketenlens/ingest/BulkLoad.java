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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The bulk load of a new store (ADR 0022), in the two stores it runs against:
 * <ol>
 *   <li>{@link #stage} on a scratch store (reference data seeded, nothing else): the companies file is imported there
 *   and the facilities file planned against it (a dry run) by the ordinary import, so both are checked by the same
 *   rules and messages as always; the links file is
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
        progress.accept("checking companies " + companies);
        reports.add(imports.importFile(ImportKind.COMPANIES, companies, ImportOptions.defaults()));
        if (!reports.get(0).refused()) {
            // planned against the companies (ids unique across both labels), not written: the links check below
            // takes the facility ids from the file, which in an empty store are the ids the import would create
            progress.accept("checking facilities " + facilities);
            reports.add(imports.importFile(ImportKind.FACILITIES, facilities, ImportOptions.defaults().withDryRun(true)));
        }
        if (reports.get(reports.size() - 1).refused()) {
            return new Staged(reports, true, null, null, null, 0);
        }
        Set<String> facilityIds = facilityIds(facilities);
        progress.accept("checking links " + links + " and writing the importer's input");
        Path linkCsv = dir.resolve("links.csv");
        ImportReport linkReport = stageLinks(links, linkCsv, facilityIds);
        reports.add(linkReport);
        if (linkReport.refused()) {
            return new Staged(reports, true, null, null, null, 0);
        }
        Path companyCsv = dir.resolve("companies.csv");
        Path facilityCsv = dir.resolve("facilities.csv");
        companyIds(companyCsv);
        try (AdminCsv out = new AdminCsv(facilityCsv, List.of(Prop.ID + ":ID"))) {
            facilityIds.forEach(out::row);
        }
        return new Staged(reports, false, companyCsv, facilityCsv, linkCsv, linkReport.created());
    }

    /** The facility ids of a file the dry run accepted (each row valid, none merged: the store has no facilities). */
    private Set<String> facilityIds(Path facilities) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        CsvImportReader.forEach(() -> Files.newInputStream(facilities), new FacilityFormat(),
                GraphReferenceLookup.load(driver), ImportOptions.defaults(), row -> ids.add(row.facility.id()));
        return ids;
    }

    private ImportReport stageLinks(Path links, Path csv, Set<String> facilityIds) throws IOException {
        String name = links.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        ImportOptions options = ImportOptions.defaults();
        StreamedLinkImport check = new StreamedLinkImport(driver, EmbeddedGraph.NONE, () -> Files.newInputStream(links),
                name, options, new StagedFacilities(GraphReferenceLookup.load(driver), facilityIds), GraphChanges.NONE);
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

    /** The company ids in the scratch store: exactly those the companies file created. */
    private void companyIds(Path csv) throws IOException {
        try (AdminCsv out = new AdminCsv(csv, List.of(Prop.ID + ":ID"))) {
            driver.executableQuery("MATCH (n:%s) RETURN n.%s AS id".formatted(Label.COMPANY, Prop.ID))
                    .execute().records().forEach(r -> out.row(r.get("id").asString()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Facilities per transaction on the new store (a 1M-row file in one transaction outgrew a 6 GB heap); the system
     * property {@value #PART_ROWS_PROPERTY} overrides it (tests use tiny parts).
     */
    static final int FACILITY_PART_ROWS = 100_000;
    static final String PART_ROWS_PROPERTY = "ketenlens.bulk.facility-part-rows";

    /**
     * On the new store: the companies and facilities files through the ordinary import, which finds each node (the
     * importer made it with its id) and writes its properties, labels and reference links. The facilities file goes
     * in parts of {@link #FACILITY_PART_ROWS} rows (split in {@code work}): no other client sees this store before
     * the bulk load ends, and it is deleted whole if a part fails, so one transaction per file is not needed here.
     *
     * @return the companies report, then one report for all facilities (counts summed over the parts)
     */
    public List<ImportReport> complete(Path companies, Path facilities, Path work) throws IOException {
        ImportReport companyReport = imports.importFile(ImportKind.COMPANIES, companies, ImportOptions.defaults());
        requireAccepted(companyReport);
        List<ImportReport> parts = new ArrayList<>();
        for (Path part : CsvParts.split(facilities, work.resolve("facility-parts"),
                Integer.getInteger(PART_ROWS_PROPERTY, FACILITY_PART_ROWS))) {
            ImportReport r = imports.importFile(ImportKind.FACILITIES, part, ImportOptions.defaults());
            requireAccepted(r);
            parts.add(r);
            if (!part.equals(facilities)) {
                Files.delete(part);
            }
        }
        List<String> warnings = parts.stream().flatMap(r -> r.warnings().stream()).toList();
        ImportReport facilityReport = new ImportReport(ImportKind.FACILITIES.id(), facilities.getFileName().toString(),
                parts.stream().mapToInt(ImportReport::read).sum(), parts.stream().mapToInt(ImportReport::created).sum(),
                parts.stream().mapToInt(ImportReport::updated).sum(), parts.stream().mapToInt(ImportReport::unchanged).sum(),
                0, warnings, List.of(), false);
        return List.of(companyReport, facilityReport);
    }

    private static void requireAccepted(ImportReport r) {
        if (r.refused()) {
            throw new IllegalStateException(r.file() + " was accepted by the check but refused on the new store: "
                    + r.errors());
        }
    }

    /** The scratch store's reference data and companies, with the facilities the dry run accepted. */
    private record StagedFacilities(ReferenceLookup graph, Set<String> facilities) implements ReferenceLookup {
        @Override
        public Optional<String> country(String text) {
            return graph.country(text);
        }

        @Override
        public Optional<String> regionCountry(String code) {
            return graph.regionCountry(code);
        }

        @Override
        public CommodityMatch commodity(String text) {
            return graph.commodity(text);
        }

        @Override
        public boolean isTheme(String code) {
            return graph.isTheme(code);
        }

        @Override
        public boolean isSector(String code) {
            return graph.isSector(code);
        }

        @Override
        public boolean isCovenant(String code) {
            return graph.isCovenant(code);
        }

        @Override
        public Set<String> existingCompanies(Collection<String> ids) {
            return graph.existingCompanies(ids);
        }

        @Override
        public Set<String> existingFacilities(Collection<String> ids) {
            Set<String> found = new LinkedHashSet<>();
            ids.stream().filter(facilities::contains).forEach(found::add);
            return found;
        }
    }
}

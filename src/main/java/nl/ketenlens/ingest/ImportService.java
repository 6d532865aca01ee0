package nl.ketenlens.ingest;

import nl.ketenlens.access.Viewer;
import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.GraphChange;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.csv.CsvReader;
import nl.ketenlens.graph.GraphState;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports one file into the graph: parse and validate (no graph writes), then in a single write
 * transaction resolve entities, diff against the graph and write what changed in {@code UNWIND}
 * batches, and increment the graph revision. Atomic by default: any invalid row and nothing is
 * written; with {@code skipInvalid} the valid rows are written and the rest listed in
 * {@code <file>.rejected.csv}. Importing the same file again reports every row unchanged and
 * writes nothing (the revision stays put).
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** How long a second import waits for the running one before it is refused (409). */
    static final Duration WRITER_WAIT = Duration.ofSeconds(2);
    private final Driver driver;
    private final WriterLock writer = new WriterLock(WRITER_WAIT);
    private final GraphChanges changes;
    private final EmbeddedGraph embedded;

    public ImportService(Driver driver) {
        this(driver, GraphChanges.NONE);
    }

    /** Bolt only: a links file is written through the driver even when the store is embedded. */
    public ImportService(Driver driver, GraphChanges changes) {
        this(driver, changes, EmbeddedGraph.NONE);
    }

    /**
     * {@code changes} hears of every committed import, so the projection can apply small ones incrementally;
     * {@code embedded}, when present, writes a streamed links file through the engine's own API (ADR 0018).
     */
    @Autowired
    public ImportService(Driver driver, GraphChanges changes, EmbeddedGraph embedded) {
        this.driver = driver;
        this.changes = changes;
        this.embedded = embedded;
    }

    /** Imports a file from disk; rejected rows (with {@code skipInvalid}) go next to it. */
    public ImportReport importFile(ImportKind kind, Path file, ImportOptions options) throws IOException {
        return importFile(kind, file, options, ImportProgress.NONE);
    }

    public ImportReport importFile(ImportKind kind, Path file, ImportOptions options, ImportProgress progress)
            throws IOException {
        return run(kind, () -> Files.newInputStream(file), file.getFileName().toString(), options,
                RejectedCsv.target(file), progress, ImportScope.ANYTHING);
    }

    /** Imports an upload as the administrator; no rejected-rows file is written (the report lists the errors). */
    public ImportReport importFile(ImportKind kind, InputStream in, String name, ImportOptions options) throws IOException {
        return importFile(kind, in, name, options, Viewer.admin());
    }

    /** Imports a re-openable upload as the administrator. */
    public ImportReport importFile(ImportKind kind, CsvReader.Source upload, String name, ImportOptions options)
            throws IOException {
        return importFile(kind, upload, name, options, Viewer.admin());
    }

    /** Imports a one-shot stream for {@code viewer}: spooled to a temp file first, so it can be streamed twice. */
    public ImportReport importFile(ImportKind kind, InputStream in, String name, ImportOptions options, Viewer viewer)
            throws IOException {
        Path spool = Files.createTempFile("ketenlens-import-", ".upload");
        try {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            return importFile(kind, () -> Files.newInputStream(spool), name, options, viewer);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /**
     * Imports an upload that can be opened more than once (a multipart file: Spring keeps it in a temp file) for
     * {@code viewer}: the admin anything, a company user its own supplier data only ({@link ImportScope}; a kind it
     * may not import at all is a {@link nl.ketenlens.api.ForbiddenException}). CSVs are streamed from it, never read
     * whole into memory; no rejected-rows file is written (the report lists the errors).
     */
    public ImportReport importFile(ImportKind kind, CsvReader.Source upload, String name, ImportOptions options,
                                   Viewer viewer) throws IOException {
        ImportScope scope = ImportScope.of(viewer, kind);
        return run(kind, upload, name, options, null, ImportProgress.NONE, scope);
    }

    /** One import at a time (see {@link WriterLock}): planning reads the graph, so it is part of the critical section. */
    private ImportReport run(ImportKind kind, CsvReader.Source source, String name, ImportOptions options,
                             Path rejectedTarget, ImportProgress progress, ImportScope scope) throws IOException {
        return writer.run(kind.id() + " import of " + name,
                () -> runAlone(kind, source, name, options, rejectedTarget, progress, scope));
    }

    private ImportReport runAlone(ImportKind kind, CsvReader.Source source, String name, ImportOptions options,
                                  Path rejectedTarget, ImportProgress progress, ImportScope scope) throws IOException {
        progress.update("read", 0, 3);
        long t0 = System.nanoTime();
        GraphReferenceLookup refs = GraphReferenceLookup.load(driver);
        List<String> warnings = new ArrayList<>();
        // a company user's options are checked against its scope first, so "unknown" and "not yours" read the same
        List<ImportError> optionErrors = scope.restricted() ? read(q -> scope.checkOptions(q, kind, options)) : List.of();
        if (optionErrors.isEmpty()) {
            optionErrors = checkOptions(kind, options, refs, warnings);
        }
        if (!optionErrors.isEmpty()) {
            return Reports.refused(kind, name, List.of(), optionErrors, warnings);
        }
        if (kind == ImportKind.LINKS && !scope.restricted()) {
            // the one kind whose files reach millions of rows: streamed end to end (ADR 0014); null when the file has
            // volume columns or a company supplier (ADR 0017), which the in-memory path plans. A company user's file
            // takes the in-memory path too (its scope grows through the file's own rows).
            ImportReport streamed = new StreamedLinkImport(driver, embedded, source, name, options, refs, changes)
                    .run(warnings, rejectedTarget, progress);
            if (streamed != null) {
                return streamed;
            }
        }
        ParsedFile parsed = ImportParsing.parse(kind, source, refs, options);
        if (kind == ImportKind.LINKS && scope.restricted()) {
            read(q -> {
                scope.checkLinks(q, parsed.rows(), refs);
                return null;
            });
        }
        warnings.addAll(parsed.warnings());
        progress.update("check", 1, 3);
        long t1 = System.nanoTime();
        if (!parsed.fileErrors().isEmpty() || (!options.skipInvalid() && !parsed.rowErrors().isEmpty())) {
            return Reports.refused(kind, name, parsed.rows(), parsed.fileErrors(), warnings);
        }
        Attempt attempt = write(kind, parsed, options, progress, scope);
        warnings.addAll(attempt.warnings());
        log.info("import {} {}: {} rows; parse+validate {} ms, resolve+diff {} ms, write+commit {} ms{}", kind.id(), name,
                parsed.rows().size(), (t1 - t0) / 1_000_000, (attempt.planEnd() - t1) / 1_000_000,
                (System.nanoTime() - attempt.planEnd()) / 1_000_000, attempt.tries() > 1 ? " (" + attempt.tries() + " tries)" : "");
        if (attempt.refused()) {
            return Reports.refused(kind, name, parsed.rows(), List.of(), warnings);
        }
        progress.update("done", 3, 3);
        List<ParsedRow> rejected = parsed.rows().stream().filter(r -> !r.valid()).toList();
        if (!rejected.isEmpty() && rejectedTarget != null && !options.dryRun()) {
            RejectedCsv.write(rejectedTarget, parsed.header(), rejected);
            warnings.add("0: file: " + rejected.size() + " rejected rows written to " + rejectedTarget.getFileName());
        }
        return Reports.done(kind, name, parsed.rows(), warnings);
    }

    /** What one transaction attempt decided; the warnings are the attempt's own, so a retry does not repeat them. */
    private record Attempt(boolean refused, List<String> warnings, long planEnd, int tries) {
    }

    /** Ends a managed transaction without committing (refused, dry run, nothing to change) — never retried. */
    private static final class RolledBack extends RuntimeException {
        final transient Attempt attempt;

        RolledBack(Attempt attempt) {
            super(null, null, false, false);
            this.attempt = attempt;
        }
    }

    /**
     * Plans and writes in one managed write transaction: the driver retries it on transient errors (deadlock, leader
     * switch), and each try plans again from the parsed rows, so a retry cannot see a half-planned state.
     */
    private Attempt write(ImportKind kind, ParsedFile parsed, ImportOptions options, ImportProgress progress,
                          ImportScope scope) {
        List<ParsedRow> all = parsed.rows();
        int[] tries = {0};
        GraphChange[] committed = {null};
        try (Session session = driver.session()) {
            Attempt attempt = session.executeWrite(tx -> {
                tries[0]++;
                all.forEach(ParsedRow::startPlan);
                List<String> warnings = new ArrayList<>();
                List<ParsedRow> valid = all.stream().filter(ParsedRow::valid).toList();
                List<WriteStep> steps = steps(kind, options.batchSize(), scope);
                for (WriteStep step : steps) {
                    step.plan(tx, valid, warnings);
                }
                if (!options.skipInvalid() && all.stream().anyMatch(r -> !r.valid())) {
                    throw new RolledBack(new Attempt(true, warnings, System.nanoTime(), tries[0]));
                }
                progress.update("write", 2, 3);
                Attempt done = new Attempt(false, warnings, System.nanoTime(), tries[0]);
                int changes = steps.stream().mapToInt(WriteStep::changes).sum();
                if (options.dryRun() || changes == 0) {
                    throw new RolledBack(done);
                }
                steps.forEach(step -> step.write(tx));
                committed[0] = LinkStep.change(steps, tx.run(GraphState.BUMP_REVISION).single().get(0).asLong());
                return done;
            });
            if (committed[0] != null) {
                changes.record(committed[0]);
            }
            return attempt;
        } catch (RolledBack r) {
            return r.attempt;
        }
    }

    private List<WriteStep> steps(ImportKind kind, int batchSize, ImportScope scope) {
        FacilityStep.Gate gate = (tx, rows, existing, idColumn) -> scope.checkFacilities(tx, rows, existing, idColumn, batchSize);
        return switch (kind) {
            case COMPANIES -> List.of(new CompanyStep(batchSize));
            case FACILITIES -> List.of(new FacilityStep(kind, batchSize, gate), new CarriedFacilityStep(batchSize));
            case LINKS -> List.of(new LinkStep(batchSize), new CarriedLinkStep(batchSize), new CompanyLinkStep(batchSize));
            case RISKS -> List.of(new RiskStep(batchSize));
            case OSH, CMRT, EMRT -> List.of(new FacilityStep(kind, batchSize, gate), new LinkStep(batchSize));
            case FINANCING -> List.of(new FinancingStep(batchSize));
        };
    }

    /** A read outside the import transaction (option and link scope checks; imports are serialized). */
    private <T> T read(java.util.function.Function<SimpleQueryRunner, T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(work::apply);
        }
    }

    private static List<ImportError> checkOptions(ImportKind kind, ImportOptions options, ReferenceLookup refs,
                                                  List<String> warnings) {
        List<ImportError> errors = new ArrayList<>();
        String buyer = options.buyerId();
        String supplier = options.supplierId();
        if (buyer != null && kind != ImportKind.OSH) {
            warnings.add("0: --buyer: only used with osh, ignored");
        } else if (buyer != null && !exists(buyer, refs)) {
            errors.add(new ImportError(0, "--buyer", "unknown company or facility '" + buyer + "'"));
        }
        if (supplier != null && !kind.workbook()) {
            warnings.add("0: --supplier: only used with cmrt and emrt, ignored");
        } else if (supplier != null && !exists(supplier, refs)) {
            errors.add(new ImportError(0, "--supplier", "unknown facility '" + supplier + "'"));
        }
        return errors;
    }

    private static boolean exists(String id, ReferenceLookup refs) {
        List<String> ids = List.of(id);
        return !refs.existingFacilities(ids).isEmpty() || !refs.existingCompanies(ids).isEmpty();
    }

    /** Builds reports: errors sorted by line and capped, warnings prefixed with the file name and capped. */
    static final class Reports {
        private Reports() {
        }

        static ImportReport refused(ImportKind kind, String name, List<ParsedRow> rows, List<ImportError> fileErrors,
                                    List<String> warnings) {
            List<ImportError> all = new ArrayList<>(fileErrors);
            rows.forEach(r -> all.addAll(r.errors));
            int rejected = (int) rows.stream().filter(r -> !r.valid()).count();
            List<String> w = new ArrayList<>(warnings);
            return ImportReport.refused(kind.id(), name, rows.size(), rejected, render(name, w, all.size()), cap(all));
        }

        static ImportReport done(ImportKind kind, String name, List<ParsedRow> rows, List<String> warnings) {
            List<ImportError> all = new ArrayList<>();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int rejected = 0;
            for (ParsedRow r : rows) {
                if (!r.valid()) {
                    rejected++;
                    all.addAll(r.errors);
                } else if (r.status == RowStatus.CREATED) {
                    created++;
                } else if (r.status == RowStatus.UPDATED) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            return new ImportReport(kind.id(), name, rows.size(), created, updated, unchanged, rejected,
                    render(name, warnings, all.size()), cap(all), false);
        }

        static List<ImportError> cap(List<ImportError> errors) {
            List<ImportError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(ImportError::line));
            return sorted.size() > ImportReport.MAX_ERRORS ? sorted.subList(0, ImportReport.MAX_ERRORS) : sorted;
        }

        static List<String> render(String name, List<String> warnings, int errorCount) {
            List<String> out = new ArrayList<>();
            for (String w : warnings.subList(0, Math.min(warnings.size(), ImportReport.MAX_ERRORS))) {
                out.add(name + ":" + w);
            }
            if (warnings.size() > ImportReport.MAX_ERRORS) {
                out.add(name + ":0: file: " + warnings.size() + " warnings in total, the first " + ImportReport.MAX_ERRORS + " are listed");
            }
            if (errorCount > ImportReport.MAX_ERRORS) {
                out.add(name + ":0: file: " + errorCount + " errors in total, the first " + ImportReport.MAX_ERRORS + " are listed");
            }
            return out;
        }
    }
}

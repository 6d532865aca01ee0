package nl.ketenlens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenlens.csv.CsvReader;
import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.GraphChange;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.graph.LinkRow;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A links file imported in two streamed passes, so the importer's memory grows with the batch size and a few bytes
 * a row, not with the file (issue 10 item 7; ADR 0014). Same rules, lines and messages as the in-memory path:
 * <ol>
 *   <li>Validate: parse every row, remember each link key's first line ({@link LinkKeys}, ~24 bytes a row) and the
 *   distinct buyer and supplier ids; then look the ids up. After this pass it is known whether any row is invalid.</li>
 *   <li>Write (or report): parse again, give each row the errors the in-memory checks would (duplicate, unknown id),
 *   and plan and write the valid rows {@code batchSize} at a time with a fresh {@link LinkStep} per batch, all in one
 *   write transaction, so the import stays atomic. Within a file link keys are unique, so one batch's plan cannot
 *   depend on another's writes. A dry run or a file that changes nothing is rolled back.</li>
 * </ol>
 * What still grows with the file: the key table, the cycle search (8 bytes a valid link), and, with
 * {@code skipInvalid}, the rejected rows themselves (they are listed and written to the rejected-rows file).
 */
final class StreamedLinkImport {
    private static final Logger log = LoggerFactory.getLogger(StreamedLinkImport.class);

    private final Driver driver;
    private final EmbeddedGraph embedded;
    private final CsvReader.Source source;
    private final String name;
    private final ImportOptions options;
    private final ReferenceLookup refs;
    private final LinkFormat format = new LinkFormat();
    private final LinkKeys keys = new LinkKeys();
    private Set<String> companies = Set.of();
    private Set<String> facilities = Set.of();

    private final GraphChanges changes;

    StreamedLinkImport(Driver driver, EmbeddedGraph embedded, CsvReader.Source source, String name,
                       ImportOptions options, ReferenceLookup refs, GraphChanges changes) {
        this.driver = driver;
        this.embedded = embedded;
        this.changes = changes;
        this.source = source;
        this.name = name;
        this.options = options;
        this.refs = refs;
    }

    /**
     * The report, or null when the file needs the in-memory path: it carries volume columns or names a company as
     * supplier (ADR 0017: those rows are planned by steps that compare rows; such files are small in practice).
     * Nothing is written before this is known.
     */
    ImportReport run(List<String> warnings, Path rejectedTarget, ImportProgress progress) throws IOException {
        long t0 = System.nanoTime();
        Validation checked = validate();
        if (checked.inMemory()) {
            return null;
        }
        ImportReport refused = refusal(checked, warnings);
        if (refused != null) {
            return refused;
        }
        progress.update("check", 1, 3);
        long t1 = System.nanoTime();
        int[] tries = {0};
        GraphChange[] committed = {null};
        Outcome done = embedded.present()
                ? writeEmbedded(tries, committed, progress)
                : writeBolt(tries, committed, progress);
        if (committed[0] != null) {
            changes.record(committed[0]); // a small links-only import is then added to the last projection
        }
        log.info("import links {} (streamed, {}): {} rows; validate {} ms, plan+write+commit {} ms{}", name,
                embedded.present() ? "embedded API" : "Bolt", done.read(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000, tries[0] > 1 ? " (" + tries[0] + " tries)" : "");
        warnings.addAll(done.warnings());
        progress.update("done", 3, 3);
        if (!done.rejected().isEmpty() && rejectedTarget != null && !options.dryRun()) {
            RejectedCsv.write(rejectedTarget, checked.pass().header(), done.rejected());
            warnings.add("0: file: " + done.rejected().size() + " rejected rows written to " + rejectedTarget.getFileName());
        }
        return done.report(name, warnings, false);
    }

    /** The refused report when the file itself is unusable or (without {@code skipInvalid}) a row is invalid; else null. */
    private ImportReport refusal(Validation checked, List<String> warnings) {
        warnings.addAll(checked.pass().warnings());
        if (checked.pass().failed() != null) {
            return ImportService.Reports.refused(ImportKind.LINKS, name, List.of(), checked.pass().failed().fileErrors(),
                    warnings);
        }
        if (checked.invalid() && !options.skipInvalid()) {
            Outcome refused = second(null, false);
            warnings.addAll(refused.warnings());
            return refused.report(name, warnings, true);
        }
        return null;
    }

    /**
     * The bulk load (ADR 0022): the same two passes, rules, lines and messages, but the valid rows of the second pass
     * go to {@code writer} (the offline importer's input) instead of a transaction. Null when the file needs the
     * in-memory path (volume columns, a company supplier), which the bulk load does not take.
     */
    ImportReport runOffline(BatchWriter writer, List<String> warnings) throws IOException {
        Validation checked = validate();
        if (checked.inMemory()) {
            return null;
        }
        ImportReport refused = refusal(checked, warnings);
        if (refused != null) {
            return refused;
        }
        Outcome done = second(writer, false);
        warnings.addAll(done.warnings());
        return done.report(name, warnings, false);
    }

    /** The write transaction through the driver (a server, or an embedded store without {@link EmbeddedGraph}). */
    private Outcome writeBolt(int[] tries, GraphChange[] committed, ImportProgress progress) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                tries[0]++;
                progress.update("write", 2, 3);
                Outcome o = second(boltBatches(tx), true);
                if (options.dryRun() || o.changes() == 0) {
                    throw new RolledBack(o);
                }
                committed[0] = o.change(GraphState.bumpRevision(tx));
                return o;
            });
        } catch (RolledBack r) {
            return r.outcome;
        }
    }

    /** Each batch planned and written by a fresh {@link LinkStep} that looks existing links up per pair. */
    private BatchWriter boltBatches(TransactionContext tx) {
        return batch -> {
            LinkStep step = new LinkStep(options.batchSize(), true);
            step.plan(tx, batch, new ArrayList<>());
            step.write(tx);
            return step.created();
        };
    }

    /**
     * The write transaction through the embedded engine's own API (ADR 0018): the same plan, rows and revision bump
     * in one transaction, retried like the driver's managed transactions on a transient failure (deadlock).
     */
    private Outcome writeEmbedded(int[] tries, GraphChange[] committed, ImportProgress progress) {
        while (true) {
            tries[0]++;
            progress.update("write", 2, 3);
            try (Transaction tx = embedded.database().beginTx()) {
                Outcome o = second(new EmbeddedLinkWriter(tx, companies), true);
                if (options.dryRun() || o.changes() == 0) {
                    tx.rollback();
                    return o;
                }
                long revision;
                try (Result r = tx.execute(GraphState.BUMP_REVISION)) {
                    revision = ((Number) r.next().values().iterator().next()).longValue();
                }
                tx.commit();
                committed[0] = o.change(revision);
                return o;
            } catch (TransientFailureException e) {
                if (tries[0] >= EMBEDDED_TRIES) {
                    throw e;
                }
                log.warn("import links {}: transient failure, trying again ({})", name, e.getMessage());
            }
        }
    }

    private static final int EMBEDDED_TRIES = 5;

    /** Plans one batch of valid rows in the import's transaction, marks each row's status and writes what changed. */
    interface BatchWriter {
        /** @return the links created */
        List<LinkRow> write(List<ParsedRow> batch);
    }

    private record Validation(CsvImportReader.Pass pass, boolean invalid, boolean inMemory) {
    }

    /** First pass: per-row parse errors, duplicate keys, distinct ids; then one lookup of the ids. */
    private Validation validate() throws IOException {
        Set<String> buyers = new HashSet<>();
        Set<String> suppliers = new HashSet<>();
        boolean[] invalid = {false};
        CsvImportReader.Pass pass = CsvImportReader.forEach(source, format, refs, options, row -> {
            LinkRow l = row.link;
            if (l != null) {
                invalid[0] |= keys.putIfAbsent(l.buyerId(), l.supplierId(), l.commodity(), row.line) >= 0;
                addIfPresent(buyers, l.buyerId());
                addIfPresent(suppliers, l.supplierId());
            }
            invalid[0] |= !row.valid();
        });
        if (pass.failed() != null) {
            return new Validation(pass, true, false);
        }
        if (pass.header().contains("annual_volume") || pass.header().contains("volume_unit")) {
            return new Validation(pass, invalid[0], true);
        }
        Set<String> ids = new HashSet<>(buyers);
        ids.addAll(suppliers);
        companies = refs.existingCompanies(ids);
        facilities = refs.existingFacilities(ids);
        for (String b : buyers) {
            invalid[0] |= !companies.contains(b) && !facilities.contains(b);
        }
        boolean companySupplier = false;
        for (String s : suppliers) {
            invalid[0] |= !facilities.contains(s);
            companySupplier |= companies.contains(s);
        }
        return new Validation(pass, invalid[0], companySupplier);
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** Second pass: each row's full errors; with a transaction, the valid rows planned and written in batches. */
    private Outcome second(BatchWriter tx, boolean keepRejected) {
        Outcome o = new Outcome();
        SupplyCycles cycles = new SupplyCycles();
        List<ParsedRow> batch = new ArrayList<>(options.batchSize());
        try {
            CsvImportReader.Pass pass = CsvImportReader.forEach(source, format, refs, options, row -> {
                o.read++;
                if (row.link != null) {
                    int first = keys.firstLine(row.link.buyerId(), row.link.supplierId(), row.link.commodity());
                    if (first != row.line) {
                        CrossRowChecks.duplicateLink(row, first);
                    }
                    CrossRowChecks.unknownIds(row, companies, facilities);
                }
                CrossRowChecks.addLink(cycles, row);
                if (!row.valid()) {
                    o.reject(row, keepRejected);
                } else if (tx != null) {
                    batch.add(row);
                    if (batch.size() == options.batchSize()) {
                        o.write(tx, batch);
                    }
                }
            });
            if (pass.failed() != null) {
                throw new IllegalStateException(name + " changed between the validating and the writing pass");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " again", e);
        }
        if (tx != null && !batch.isEmpty()) {
            o.write(tx, batch);
        }
        CrossRowChecks.cycleWarnings(cycles, o.warnings);
        return o;
    }

    /** Counts, the first errors and the rejected rows of one second pass. */
    private static final class Outcome {
        int read;
        int created;
        int updated;
        int unchanged;
        int rejectedCount;
        int errorCount;
        final List<ImportError> errors = new ArrayList<>();
        final List<ParsedRow> rejected = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        /** Created links while they fit the projection's change log ({@link GraphChanges#MAX_LINKS}); else null. */
        List<LinkRow> createdLinks = new ArrayList<>();
        private int changes;

        /** Rows come in line order, so the first {@link ImportReport#MAX_ERRORS} errors are the ones sorted by line. */
        void reject(ParsedRow row, boolean keep) {
            rejectedCount++;
            errorCount += row.errors.size();
            for (ImportError e : row.errors) {
                if (errors.size() < ImportReport.MAX_ERRORS) {
                    errors.add(e);
                }
            }
            if (keep) {
                rejected.add(row);
            }
        }

        void write(BatchWriter writer, List<ParsedRow> batch) {
            List<LinkRow> made = writer.write(batch);
            if (createdLinks != null && createdLinks.size() + made.size() <= GraphChanges.MAX_LINKS) {
                createdLinks.addAll(made);
            } else {
                createdLinks = null;
            }
            for (ParsedRow r : batch) {
                if (r.status == RowStatus.CREATED) {
                    created++;
                    changes++;
                } else if (r.status == RowStatus.UPDATED) {
                    updated++;
                    changes++;
                } else {
                    unchanged++;
                }
            }
            batch.clear();
        }

        int changes() {
            return changes;
        }

        /** What the commit at {@code revision} changed, for the projection's change log. */
        GraphChange change(long revision) {
            return onlyCreated() ? new GraphChange(revision - 1, revision, List.copyOf(createdLinks))
                    : GraphChange.opaque(revision - 1, revision);
        }

        /** Only new links, few enough for the change log: the projection may add them instead of rebuilding. */
        boolean onlyCreated() {
            return createdLinks != null && updated == 0 && createdLinks.size() == changes;
        }

        int read() {
            return read;
        }

        List<String> warnings() {
            return warnings;
        }

        List<ParsedRow> rejected() {
            return rejected;
        }

        ImportReport report(String name, List<String> allWarnings, boolean refused) {
            List<String> rendered = ImportService.Reports.render(name, allWarnings, errorCount);
            return refused
                    ? ImportReport.refused(ImportKind.LINKS.id(), name, read, rejectedCount, rendered, errors)
                    : new ImportReport(ImportKind.LINKS.id(), name, read, created, updated, unchanged, rejectedCount,
                    rendered, errors, false);
        }
    }

    /** Ends the write transaction without committing (dry run, nothing to change); never retried. */
    private static final class RolledBack extends RuntimeException {
        final transient Outcome outcome;

        RolledBack(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}

package nl.ketenlens.ingest;

import java.io.PrintWriter;
import nl.ketenlens.output.PrintRenderer;
import nl.ketenlens.output.Renderer;

/** An {@link ImportReport} as a short summary for people: counts, warnings, errors, what to do next. */
public final class ImportReportText {

    /** The summary as a {@link Renderer}. */
    public static final Renderer<ImportReport> TABLE = new PrintRenderer<>(ImportReportText::table);

    /**
     * The summary of a file checked for {@code bulk-load}: nothing of it is kept, and bulk-load has no
     * {@code --skip-invalid}, so the import's advice would mislead.
     */
    public static final Renderer<ImportReport> CHECK = new PrintRenderer<>(ImportReportText::check);

    private ImportReportText() {
    }

    static void table(ImportReport r, PrintWriter out) {
        summary(r, r.refused() ? "Refused" : "Imported", out);
        if (r.refused()) {
            out.println("  Nothing was written. Fix the errors, or use --skip-invalid to import the valid rows.");
        }
    }

    static void check(ImportReport r, PrintWriter out) {
        summary(r, r.refused() ? "Refused" : "Checked", out);
        if (r.refused()) {
            out.println("  Fix the errors and run bulk-load again.");
        }
    }

    private static void summary(ImportReport r, String verb, PrintWriter out) {
        out.printf("%s %s file %s%n", verb, r.kind(), r.file());
        out.printf("  read %d, created %d, updated %d, unchanged %d, rejected %d, warnings %d%n",
                r.read(), r.created(), r.updated(), r.unchanged(), r.rejected(), r.warnings().size());
        r.warnings().forEach(w -> out.println("  warning: " + w));
        r.errorLines().forEach(e -> out.println("  error: " + e));
    }
}

package nl.ketenlens.ingest;

import java.io.PrintWriter;
import nl.ketenlens.output.PrintRenderer;
import nl.ketenlens.output.Renderer;

/** An {@link ImportReport} as a short summary for people: counts, warnings, errors, what to do next. */
public final class ImportReportText {

    /** The summary as a {@link Renderer}. */
    public static final Renderer<ImportReport> TABLE = new PrintRenderer<>(ImportReportText::table);

    private ImportReportText() {
    }

    static void table(ImportReport r, PrintWriter out) {
        String verb = r.refused() ? "Refused" : "Imported";
        out.printf("%s %s file %s%n", verb, r.kind(), r.file());
        out.printf("  read %d, created %d, updated %d, unchanged %d, rejected %d, warnings %d%n",
                r.read(), r.created(), r.updated(), r.unchanged(), r.rejected(), r.warnings().size());
        r.warnings().forEach(w -> out.println("  warning: " + w));
        r.errorLines().forEach(e -> out.println("  error: " + e));
        if (r.refused()) {
            out.println("  Nothing was written. Fix the errors, or use --skip-invalid to import the valid rows.");
        }
    }
}

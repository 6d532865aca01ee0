package nl.ketenlens.seed.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenlens.graph.SourceRow;

/** The small hand-made tables: sources, themes, sectors and covenants, each validated for unique keys. */
final class SimpleTables {
    private static final Set<String> COVENANT_STATUS = Set.of("active", "ended", "negotiating");

    private SimpleTables() {
    }

    static List<SourceRow> sources(List<CsvRow> rows) {
        Set<String> ids = new HashSet<>();
        return rows.stream().map(row -> {
            SourceRow source = new SourceRow(unique(row, "source_id", ids), row.required("publisher"),
                    row.required("title"), row.optional("edition"), row.optionalInt("year"), row.optional("licence"),
                    row.optional("url"));
            row.required("file");
            return source;
        }).toList();
    }

    static List<ThemeRow> themes(List<CsvRow> rows) {
        Set<String> codes = new HashSet<>();
        return rows.stream().map(row -> new ThemeRow(unique(row, "code", codes), row.required("name"),
                row.required("description"))).toList();
    }

    static List<SectorRow> sectors(List<CsvRow> rows) {
        Set<String> codes = new HashSet<>();
        return rows.stream().map(row -> new SectorRow(unique(row, "code", codes), row.required("name"),
                row.required("name_nl"), row.optionalInt("kpmg_page"))).toList();
    }

    /**
     * The covenants, each with its status history from {@code history} (covenant-status.csv, one row per covenant
     * and date, citing the letter): the latest entry gives the status, its date and its letter. A covenant without
     * history, or history for an unknown covenant or with an unknown status, fails the load.
     */
    static List<CovenantRow> covenants(List<CsvRow> rows, List<SectorRow> sectors, List<CsvRow> history,
                                       List<ThemeRow> themes) {
        Set<String> themeCodes = new HashSet<>(themes.stream().map(ThemeRow::code).toList());
        java.util.Map<String, List<CsvRow>> byCovenant = new java.util.HashMap<>();
        for (CsvRow h : history) {
            if (!COVENANT_STATUS.contains(h.required("status"))) {
                throw h.error(h.required("status"), "covenant status must be active, ended or negotiating");
            }
            byCovenant.computeIfAbsent(h.required("covenant"), k -> new java.util.ArrayList<>()).add(h);
        }
        Set<String> known = new HashSet<>(rows.stream().map(r -> r.required("code")).toList());
        history.stream().filter(h -> !known.contains(h.required("covenant"))).findFirst().ifPresent(h -> {
            throw h.error(h.required("covenant"), "status history for a covenant not in covenants.csv");
        });
        Set<String> codes = new HashSet<>();
        Set<String> sectorCodes = new HashSet<>(sectors.stream().map(SectorRow::code).toList());
        return rows.stream().map(row -> {
            String sector = row.required("sector");
            if (!sectorCodes.contains(sector)) {
                throw row.error(sector, "covenant sector is not a code in sectors.csv");
            }
            String status = row.required("status");
            if (!COVENANT_STATUS.contains(status)) {
                throw row.error(status, "covenant status must be active, ended or negotiating");
            }
            List<CsvRow> entries = byCovenant.getOrDefault(row.required("code"), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(h -> h.required("as_of"))).toList();
            if (entries.isEmpty()) {
                throw row.error(row.required("code"), "covenant has no status history in covenant-status.csv");
            }
            CsvRow latest = entries.get(entries.size() - 1);
            if (!latest.required("status").equals(status)) {
                throw row.error(status, "status differs from the latest entry in covenant-status.csv");
            }
            return new CovenantRow(unique(row, "code", codes), row.required("name"), row.required("name_nl"), sector,
                    row.optional("signed"), row.optional("in_force"), row.optional("ended"), status,
                    row.required("market_share_class"), row.required("facts"), row.optional("source_url"),
                    latest.required("as_of"), latest.required("source"), entries.stream()
                    .map(h -> h.required("as_of") + ": " + h.required("status") + ". " + h.required("statement")
                            + " (" + h.required("source") + ")").toList(), priorityThemes(row, themeCodes));
        }).toList();
    }

    private static List<String> priorityThemes(CsvRow row, Set<String> themeCodes) {
        List<String> themes = row.list("priority_themes");
        themes.stream().filter(t -> !themeCodes.contains(t)).findFirst().ifPresent(t -> {
            throw row.error(t, "priority theme is not a code in themes.csv");
        });
        return themes;
    }

    private static String unique(CsvRow row, String column, Set<String> seen) {
        String key = row.required(column);
        if (!seen.add(key)) {
            throw row.error(key, column + " appears twice");
        }
        return key;
    }
}

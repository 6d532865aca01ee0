package nl.ketenlens.ingest;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.Schema.Rel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code companies}: {@code company_id,name,sector,size[,kvk][,covenants][,kind][,synthetic]}.
 * Covenants are separated by {@code ;} or {@code |}; in a {@code ;}-delimited file a list with
 * {@code ;} must be quoted. An unknown sector or covenant code is a warning, not an error: the
 * company is still useful without its sector link.
 */
final class CompanyFormat implements CsvFormat {
    static final List<String> KINDS = List.of("company", "bank", "insurer", "pension_fund");

    @Override
    public List<String> required() {
        return List.of("company_id", "name", "sector", "size");
    }

    @Override
    public List<String> optional() {
        return List.of("kvk", "covenants", "kind", "synthetic");
    }

    @Override
    public void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options) {
        String id = in.required("company_id");
        String name = in.required("name");
        String sector = in.optional("sector");
        String size = in.oneOf("size", List.of("sme", "large"), false);
        String kvk = in.optional("kvk");
        if (kvk != null && !kvk.matches("\\d{8}")) {
            in.error("kvk", "'" + kvk + "' is not a KvK number (8 digits)");
        }
        String kind = in.oneOf("kind", KINDS, false);
        boolean synthetic = in.bool("synthetic", false);
        List<String> covenants = new ArrayList<>();
        for (String c : in.list("covenants", ";|")) {
            covenants.add(c.toLowerCase(Locale.ROOT));
        }
        row.company = new CompanyRow(id, name, sector == null ? null : sector.toLowerCase(Locale.ROOT), size, kvk,
                covenants, kind == null ? "company" : kind, synthetic);
    }

    /** Warnings for codes the reference data does not know (separate so parse stays error-only). */
    static List<String> warnings(ParsedRow row, ReferenceLookup refs) {
        List<String> warnings = new ArrayList<>();
        CompanyRow c = row.company;
        if (c == null) {
            return warnings;
        }
        if (c.sector() != null && !refs.isSector(c.sector())) {
            warnings.add(row.line + ": sector: unknown sector code '" + c.sector() + "', no "
                    + Rel.IN_SECTOR + " link");
        }
        for (String cov : c.covenants()) {
            if (!refs.isCovenant(cov)) {
                warnings.add(row.line + ": covenants: unknown covenant code '" + cov + "', no "
                        + Rel.MEMBER_OF + " link");
            }
        }
        return warnings;
    }
}

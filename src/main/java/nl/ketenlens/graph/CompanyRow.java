package nl.ketenlens.graph;

import java.util.List;

/**
 * A Dutch company (or financial institution) as written to the graph.
 *
 * @param kind       {@code company}, {@code bank}, {@code insurer} or {@code pension_fund}
 * @param size       {@code sme} or {@code large}
 * @param kvk        Chamber of Commerce number (8 digits) or null
 * @param covenants  covenant codes the company is a member of
 */
public record CompanyRow(String id, String name, String sector, String size, String kvk,
                         List<String> covenants, String kind, boolean synthetic) {
    public CompanyRow {
        covenants = covenants == null ? List.of() : List.copyOf(covenants);
    }

    public boolean financialInstitution() {
        return !"company".equals(kind);
    }
}

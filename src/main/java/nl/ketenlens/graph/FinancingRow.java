package nl.ketenlens.graph;

/** A financing link from a financial institution to a company it finances or invests in. */
public record FinancingRow(String institutionId, String companyId, boolean synthetic) {
}

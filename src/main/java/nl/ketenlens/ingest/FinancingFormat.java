package nl.ketenlens.ingest;

import java.util.List;

/**
 * {@code financing}: {@code financier_id,company_id[,amount][,synthetic]}; a bank, insurer or pension fund (a
 * company imported with that {@code kind}) finances or invests in a company; amount in EUR, optional. Whether the
 * ids exist and the financier is a financial institution is checked against the graph while planning
 * ({@link FinancingStep}).
 */
final class FinancingFormat implements CsvFormat {

    @Override
    public List<String> required() {
        return List.of("financier_id", "company_id");
    }

    @Override
    public List<String> optional() {
        return List.of("amount", "synthetic");
    }

    @Override
    public void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options) {
        String financier = in.required("financier_id");
        String company = in.required("company_id");
        Double amount = Carried.nonNegative(in, "amount");
        boolean synthetic = in.bool("synthetic", false);
        if (financier != null && financier.equals(company)) {
            in.error("company_id", "self-link: '" + company + "' cannot finance itself");
        }
        row.financing = new Carried.Financing(financier, company, amount, synthetic);
    }
}

package nl.ketenlens.ingest;

import nl.ketenlens.graph.LinkRow;

import java.util.List;

/**
 * {@code links}: {@code buyer_id,supplier_id,commodity[,share][,synthetic][,annual_volume,volume_unit]}; buyer a
 * company or facility id, supplier a facility id (or, for a company buyer, a company id), share in [0,1] or empty.
 */
final class LinkFormat implements CsvFormat {

    @Override
    public List<String> required() {
        return List.of("buyer_id", "supplier_id", "commodity");
    }

    @Override
    public List<String> optional() {
        return List.of("share", "synthetic", "annual_volume", "volume_unit");
    }

    @Override
    public void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options) {
        String buyer = in.required("buyer_id");
        String supplier = in.required("supplier_id");
        String commodity = Refs.commodity(in, "commodity", in.required("commodity"), refs);
        Double share = in.decimalInRange("share", 0, 1, false);
        boolean synthetic = in.bool("synthetic", false);
        if (buyer != null && buyer.equals(supplier)) {
            in.error("supplier_id", "self-link: '" + supplier + "' cannot buy from itself");
        }
        row.link = new LinkRow(buyer, supplier, commodity, share, synthetic);
        row.volume = Carried.volume(in);
    }
}

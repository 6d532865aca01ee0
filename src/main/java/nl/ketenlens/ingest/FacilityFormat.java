package nl.ketenlens.ingest;

import nl.ketenlens.graph.FacilityRow;

import java.util.List;
import java.util.Locale;

/**
 * {@code facilities}: {@code facility_id,name,type,country[,region][,commodities][,os_id][,rmi_cid][,synthetic]};
 * commodities separated by {@code |}; type a lower-case word such as {@code factory} or {@code smelter}.
 */
final class FacilityFormat implements CsvFormat {

    @Override
    public List<String> required() {
        return List.of("facility_id", "name", "type", "country");
    }

    @Override
    public List<String> optional() {
        return List.of("region", "commodities", "os_id", "rmi_cid", "synthetic", "annual_throughput", "throughput_unit",
                "certifications");
    }

    @Override
    public void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options) {
        String id = in.required("facility_id");
        String name = in.required("name");
        String type = in.required("type");
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!type.matches("[a-z][a-z_]*")) {
                in.error("type", "'" + type + "' is not a facility type (a word such as factory, mill, smelter)");
            }
        }
        String country = Refs.country(in, "country", in.required("country"), refs);
        String region = Refs.region(in, "region", in.optional("region"), country, refs, true);
        List<String> commodities = Refs.commodities(in, "commodities", in.list("commodities", "|"), refs);
        boolean synthetic = in.bool("synthetic", false);
        row.facility = new FacilityRow(id, name, type, country, region, commodities,
                in.optional("os_id"), in.optional("rmi_cid"), synthetic);
        row.facts = Carried.facts(in);
    }
}

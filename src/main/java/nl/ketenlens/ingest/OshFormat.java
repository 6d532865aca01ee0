package nl.ketenlens.ingest;

import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code osh}: the Open Supply Hub facility download (CSV). Used columns: {@code os_id} (becomes
 * the facility id and {@code osId}), {@code name}, {@code country_code} or {@code country_name},
 * {@code sector} (each {@code |}- or {@code ,}-separated sector that names a commodity becomes
 * one, e.g. "Cocoa"; "Apparel" becomes {@code garments}), {@code facility_type} / {@code processing_type} (mapped to a Ketenlens
 * facility type by keyword, default {@code factory}). Address, coordinates, workers, parent
 * company and contributors have no place in the graph schema and are ignored without warning,
 * as are the many other export columns. With {@code --buyer ID} each facility gets a
 * {@code BUYS_FROM} from that buyer for its first commodity.
 */
final class OshFormat implements CsvFormat {
    /** Sector words whose commodity is not named by the sector itself; tried in this order. */
    private static final List<List<String>> SECTOR_ALIASES = List.of(
            List.of("apparel", "garments", "textiles", "cotton"),
            List.of("garment", "garments"),
            List.of("textile", "textiles", "cotton"),
            List.of("footwear", "footwear", "leather"));

    @Override
    public List<String> required() {
        return List.of("os_id", "name");
    }

    @Override
    public List<String> optional() {
        return List.of("country_code", "country_name", "sector", "facility_type", "processing_type");
    }

    @Override
    public boolean warnOnExtraColumns() {
        return false;
    }

    @Override
    public void parse(RowReader in, ParsedRow row, ReferenceLookup refs, ImportOptions options) {
        String osId = in.required("os_id");
        String name = in.required("name");
        String countryText = in.optional("country_code") != null ? in.optional("country_code") : in.optional("country_name");
        String country = null;
        if (countryText == null) {
            in.error("country_code", "missing value (neither country_code nor country_name given)");
        } else {
            country = Refs.country(in, "country_code", countryText, refs);
        }
        List<String> commodities = sectorCommodities(in.list("sector", "|,"), refs);
        String typeText = in.optional("facility_type") != null ? in.optional("facility_type") : in.optional("processing_type");
        row.facility = new FacilityRow(osId, name, facilityType(typeText), country, null, commodities, osId, null, false);
        if (options.buyerId() != null && osId != null) {
            if (commodities.isEmpty()) {
                in.error("sector", "no commodity for the link from buyer " + options.buyerId()
                        + ": sector '" + in.optional("sector") + "' names no known commodity");
            } else {
                row.link = new LinkRow(options.buyerId(), osId, commodities.get(0), null, false);
            }
        }
    }

    static List<String> sectorCommodities(List<String> sectors, ReferenceLookup refs) {
        List<String> codes = new ArrayList<>();
        for (String sector : sectors) {
            ReferenceLookup.CommodityMatch m = refs.commodity(sector);
            String code = m.isFound() ? m.code() : alias(sector, refs);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String alias(String sector, ReferenceLookup refs) {
        String key = sector.toLowerCase(Locale.ROOT);
        for (List<String> alias : SECTOR_ALIASES) {
            if (key.contains(alias.get(0))) {
                for (String candidate : alias.subList(1, alias.size())) {
                    ReferenceLookup.CommodityMatch m = refs.commodity(candidate);
                    if (m.isFound()) {
                        return m.code();
                    }
                }
            }
        }
        return null;
    }

    /** Keyword mapping of OSH's free-text facility / processing types onto the schema's types. */
    static String facilityType(String text) {
        if (text == null) {
            return "factory";
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("mill") || t.contains("spinning") || t.contains("weaving")) {
            return "mill";
        }
        if (t.contains("farm") || t.contains("plantation")) {
            return t.contains("plantation") ? "plantation" : "farm";
        }
        if (t.contains("trad") || t.contains("wholesal") || t.contains("agent")) {
            return "trader";
        }
        if (t.contains("mine") || t.contains("mining")) {
            return "mine";
        }
        if (t.contains("smelt")) {
            return "smelter";
        }
        if (t.contains("refin")) {
            return "refinery";
        }
        if (t.contains("process") || t.contains("dye") || t.contains("tannery") || t.contains("finish")) {
            return "processor";
        }
        return "factory";
    }
}

package nl.ketenlens.graph;

import java.util.List;

/**
 * A production location or trader at any tier.
 *
 * @param country     ISO 3166-1 alpha-2 code
 * @param region      ISO 3166-2 code or null
 * @param commodities commodity codes handled
 * @param osId        Open Supply Hub OS ID or null
 * @param rmiCid      RMI smelter identification (CID) or null
 */
public record FacilityRow(String id, String name, String type, String country, String region,
                          List<String> commodities, String osId, String rmiCid, boolean synthetic) {
    public FacilityRow {
        commodities = commodities == null ? List.of() : List.copyOf(commodities);
    }
}

package nl.ketenlens.seed.reference;

import java.util.List;

/**
 * A commodity ({@code :Commodity}) with the mapping and chain knowledge from commodities.csv.
 *
 * @param code          snake_case key, e.g. {@code cobalt_ore}
 * @param hs            best-fitting HS 2022 code (2, 4 or 6 digits), or null when none fits
 * @param category      coarse group: agriculture, livestock, fisheries, forestry, mining, metal, food, textile,
 *                      manufacturing, electronics, energy, other
 * @param eudr          true when the HS code is a commodity or product in Annex I of the EUDR (Reg. (EU) 2023/1115)
 * @param upstream      commodity codes typically sourced one tier further up (empty for raw materials)
 * @param mainProducers ISO alpha-2 codes of the main producing countries (best knowledge; may be empty)
 * @param ilabGoods     exact ILAB good names (NFC) that map to this code
 * @param parent        the commodity this one is a kind or form of (taxonomy: {@code granite} → {@code stones}),
 *                      or null; indicators on the parent reach it (docs/adr/0013)
 * @param ancestors     parent, grandparent … nearest first, derived from {@code parent}
 */
public record CommodityRow(String code, String name, String hs, String category, boolean eudr,
                           List<String> upstream, List<String> mainProducers, List<String> ilabGoods,
                           String parent, List<String> ancestors) {
    public CommodityRow {
        ancestors = List.copyOf(ancestors);
        upstream = List.copyOf(upstream);
        mainProducers = List.copyOf(mainProducers);
        ilabGoods = List.copyOf(ilabGoods);
    }
}

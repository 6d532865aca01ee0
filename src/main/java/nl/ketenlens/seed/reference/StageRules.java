package nl.ketenlens.seed.reference;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.ketenlens.risk.ChainStage;

/**
 * Which chain stages each source's findings describe (docs/adr/0013); the one place that reads a stage off a
 * source. A facility carries an indicator only at those stages; at a later stage, with no supplier on record, it
 * carries it as expected upstream risk (exposure's blind spots).
 */
final class StageRules {

    /** Every stage: written as an empty list, the graph's "not limited". */
    static final List<String> ALL = List.of();

    private StageRules() {
    }

    /**
     * ILAB's {@code good_sector}: Agriculture and Mining findings describe growing and mining the good (extraction);
     * Manufacturing findings describe making it, which ILAB does not split into first processing (spinning,
     * weaving, brick kilns) and finished goods, so both; Other (one good) describes no particular stage.
     */
    static List<String> ilab(String goodSector) {
        return switch (goodSector) {
            case "Agriculture", "Mining" -> codes(EnumSet.of(ChainStage.EXTRACTION));
            case "Manufacturing" -> codes(EnumSet.of(ChainStage.PROCESSING, ChainStage.MANUFACTURING));
            default -> ALL;
        };
    }

    /**
     * ILAB's derived goods ("made with inputs produced with child or forced labour"): the finding is about the
     * tainted input inside the good, which every holder of the good passes on, so every stage — not the good's
     * own sector (crude palm oil is listed under Agriculture, yet it is pressed in a mill and sold by traders).
     */
    static List<String> ilabDerived() {
        return ALL;
    }

    /**
     * CAHRA: Reg. (EU) 2017/821 concerns the extraction of 3TG in conflict-affected and high-risk areas and their
     * trade out of them (OECD Annex II risks sit upstream of the smelter), so extraction and trade.
     */
    static List<String> cahra() {
        return codes(EnumSet.of(ChainStage.EXTRACTION, ChainStage.TRADE));
    }

    /** EUDR and the forest-change proxies on EUDR commodities: deforestation happens where the commodity is produced. */
    static List<String> production() {
        return codes(EnumSet.of(ChainStage.EXTRACTION));
    }

    /**
     * EDGAR's sectors grouped by the facilities that do them ({@link EdgarIndicators.Group}): Agriculture and Fuel
     * Exploitation emit where the crop is grown, the animal raised or the coal mined (extraction; which farm or mine
     * is told apart by the commodities the indicator is written for); industrial combustion and process gases where
     * goods are transformed and made (processing, manufacturing). Trade emits neither.
     */
    static List<String> edgar(EdgarIndicators.Group group) {
        return switch (group) {
            case AGRICULTURE, FUEL_EXPLOITATION -> codes(EnumSet.of(ChainStage.EXTRACTION));
            case INDUSTRY -> codes(EnumSet.of(ChainStage.PROCESSING, ChainStage.MANUFACTURING));
        };
    }

    /**
     * The facility types an EDGAR group describes, where its stage alone would say too much (docs/adr/0023):
     * Agriculture's enteric fermentation, manure, rice and fertilised soils happen on farms, plantations and
     * ranches and in the cooperatives that gather their produce — never in a mine or quarry, which are
     * {@code extraction} too; the other groups are told apart by stage (industry) or commodity (coal).
     */
    static List<String> edgarFacilityTypes(EdgarIndicators.Group group) {
        return group == EdgarIndicators.Group.AGRICULTURE ? ChainStage.CULTIVATION_TYPES : ALL;
    }

    private static List<String> codes(Set<ChainStage> stages) {
        return ChainStage.codes(stages);
    }
}

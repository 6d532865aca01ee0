package nl.ketenlens.synthetic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;

/** Reference lists from the brief and shared data, and small graph helpers for the tests. */
final class NetworkFacts {
    static final Set<String> COMMODITIES = words("gold silver tin_ore tin tantalum_ore tantalum tungsten_ore tungsten"
        + " cobalt_ore cobalt mica copper aluminium electronics cotton yarn textiles garments leather cocoa bananas"
        + " tomatoes tomato_products flowers granite sandstone stones coffee palm_oil soy cattle rubber timber");
    static final Set<String> SECTORS = words("textile retail construction food agriculture_horticulture metal"
        + " electronics financial");
    static final Set<String> COVENANTS = words("textile gold natural_stone food floriculture metal banking insurance"
        + " pension_funds");
    static final Set<String> FACILITY_TYPES = words("factory mill smelter refinery mine farm plantation quarry trader"
        + " processor cooperative manufacturer");
    static final Set<String> KINDS = words("company bank insurer pension_fund");

    /** ISO 3166-1 alpha-2, from shared/data/country-codes/country-codes.csv (datahub.io core/country-codes). */
    static final Set<String> ISO_ALPHA2 = words("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH"
        + " BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK"
        + " DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK"
        + " HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR"
        + " LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO"
        + " NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL"
        + " SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG"
        + " VI VN VU WF WS YE YT ZA ZM ZW");

    /** Region codes of the EU CAHRA list 2026 Q2 (shared/data/eu-cahra-2026) in the countries the generator uses. */
    static final Set<String> CAHRA_REGIONS = words("BF-01 BF-02 BF-04 BF-05 BF-08 BF-10 BF-12 CM-EN CM-NW CM-SW CO-ANT"
        + " CO-ARA CO-BOL CO-CAU CO-LAG CO-NSA CO-VAC CD-BC CD-BU CD-EQ CD-HK CD-HL CD-HU CD-IT CD-KC CD-KE CD-KG CD-KL"
        + " CD-KN CD-KS CD-LO CD-LU CD-MA CD-MN CD-MO CD-NK CD-NU CD-SA CD-SK CD-SU CD-TA CD-TO CD-TU ET-AM ET-BE ET-OR"
        + " ET-TI IN-CT IN-JK ML-1 ML-2 ML-3 ML-4 ML-5 ML-6 ML-7 ML-8 MM-01 MM-02 MM-03 MM-04 MM-05 MM-06 MM-07 MM-11"
        + " MM-12 MM-13 MM-14 MM-15 MM-16 MM-17 MM-18 NG-AD NG-BO NG-KD NG-KE NG-KW NG-NI NG-SO NG-YO NG-ZA PK-BA PK-KP"
        + " PK-PB");

    private NetworkFacts() {
    }

    static Set<String> words(String spaced) {
        return Set.copyOf(Arrays.asList(spaced.trim().split("\\s+")));
    }

    static Map<String, List<String>> suppliersByBuyer(SupplyNetwork network) {
        Map<String, List<String>> out = new HashMap<>();
        for (LinkRow l : network.links()) {
            out.computeIfAbsent(l.buyerId(), k -> new ArrayList<>()).add(l.supplierId());
        }
        return out;
    }

    /** Shortest tier (1 = direct supplier) of every facility reachable from {@code companyId}. */
    static Map<String, Integer> tiers(String companyId, Map<String, List<String>> suppliers) {
        Map<String, Integer> tier = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(companyId));
        tier.put(companyId, 0);
        while (!queue.isEmpty()) {
            String buyer = queue.poll();
            for (String s : suppliers.getOrDefault(buyer, List.of())) {
                if (!tier.containsKey(s)) {
                    tier.put(s, tier.get(buyer) + 1);
                    queue.add(s);
                }
            }
        }
        tier.remove(companyId);
        return tier;
    }

    /** For every facility, the (non-financial) companies that reach it through supply links. */
    static Map<String, Set<String>> companiesReaching(SupplyNetwork network) {
        Map<String, List<String>> suppliers = suppliersByBuyer(network);
        Map<String, Set<String>> reach = new HashMap<>();
        for (CompanyRow c : network.companies()) {
            if (!c.financialInstitution()) {
                tiers(c.id(), suppliers).keySet().forEach(f -> reach.computeIfAbsent(f, k -> new HashSet<>()).add(c.id()));
            }
        }
        return reach;
    }
}

package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.Input.of;

import java.util.List;

/**
 * Gold chains: jewellery makers, refineries (RMI-style CIDs; also bought from by electronics makers, so
 * they are cross-sector chokepoints), gold traders and mines, many of them artisanal, in conflict-affected
 * and high-risk regions.
 */
final class GoldRoles {
    private GoldRoles() {
    }

    static List<Role> roles() {
        return List.of(
            new Role("JEWELLERY_MAKER", "manufacturer", List.of("Jewellery Manufacturing", "Gold Works", "Goldsmiths"),
                List.of("gold", "silver"), 4.8, 1.0, 0.1, false, List.of(
                    Place.of("IN", 30, "IN-MH", "IN-GJ", "IN-RJ"),
                    Place.of("TR", 20, "TR-34"),
                    Place.of("IT", 20, "IT-52", "IT-25"),
                    Place.of("AE", 15, "AE-DU"),
                    Place.of("TH", 15, "TH-10")),
                List.of(of("gold", "GOLD_REFINERY", 1, 2, 6, 0.3), of("silver", "GOLD_REFINERY", 0.4, 2, 2, 0.3),
                    of("gold", "GOLD_TRADER", 0.2, 2, 4, 0.5))),
            new Role("GOLD_REFINERY", "refinery", List.of("Gold Refinery", "Precious Metals Refining"),
                List.of("gold", "silver"), 19.2, 1.2, 0.05, true, List.of(
                    Place.of("CH", 25, "CH-TI", "CH-NE"),
                    Place.of("AE", 25, "AE-DU"),
                    Place.of("IN", 20, "IN-GJ", "IN-MH"),
                    Place.of("CN", 10, "CN-SD", "CN-HA"),
                    Place.of("TR", 10, "TR-34"),
                    Place.of("UG", 5, "UG-C"),
                    Place.of("RW", 5, "RW-01")),
                List.of(of("gold", "GOLD_TRADER", 0.9, 4, 10, 0.4), of("gold", "GOLD_MINE", 0.5, 2, 6, 0.3))),
            new Role("GOLD_TRADER", "trader", List.of("Gold Trading", "Bullion Traders", "Precious Metals"),
                List.of("gold"), 4.8, 1.0, 0.2, false, List.of(
                    Place.of("AE", 25, "AE-DU"),
                    Place.of("UG", 15, "UG-C", "UG-E"),
                    Place.of("CD", 15, "CD-NK", "CD-SK", "CD-IT"),
                    Place.of("GH", 10, "GH-AA", "GH-AH"),
                    Place.of("PE", 10, "PE-MDD", "PE-PUN", "PE-LIM"),
                    Place.of("BF", 10, "BF-10", "BF-12", "BF-01"),
                    Place.of("ML", 10, "ML-1", "ML-3"),
                    Place.of("RW", 5, "RW-01")),
                List.of(of("gold", "GOLD_MINE", 1, 4, 12, 0.8))),
            new Role("GOLD_MINE", "mine", List.of("Gold Mine", "Artisanal Mining Site", "Gold Diggings"),
                List.of("gold"), 2.9, 0.5, 0, false, List.of(
                    Place.of("CD", 20, "CD-IT", "CD-SK", "CD-NK", "CD-MA"),
                    Place.of("GH", 18, "GH-AH", "GH-WP", "GH-WN"),
                    Place.of("PE", 15, "PE-MDD", "PE-PUN", "PE-ARE"),
                    Place.of("BF", 15, "BF-01", "BF-10", "BF-12", "BF-02"),
                    Place.of("ML", 15, "ML-1", "ML-3", "ML-2"),
                    Place.of("UG", 12, "UG-E", "UG-W")),
                List.of()));
    }
}

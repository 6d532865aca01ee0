package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.Input.of;

import java.util.List;

/**
 * Garment chains (garment factory, fabric mill, spinning mill, ginner or cotton farm; tanneries and cattle
 * for leather) and natural-stone chains (processor, block trader, granite and sandstone quarries).
 */
final class TextileAndStoneRoles {
    private TextileAndStoneRoles() {
    }

    static List<Role> roles() {
        return List.of(
            new Role("GARMENT_FACTORY", "factory", List.of("Garments", "Apparels", "Knitwear"), List.of("garments"),
                4, 0.9, 0.03, false, List.of(
                    Place.of("BD", 30, "BD-13", "BD-18", "BD-40", "BD-10"),
                    Place.of("CN", 18, "CN-GD", "CN-ZJ", "CN-JS", "CN-FJ"),
                    Place.of("IN", 16, "IN-TN", "IN-KA", "IN-HR", "IN-GJ"),
                    Place.of("TR", 14, "TR-34", "TR-16", "TR-35", "TR-20"),
                    Place.of("VN", 12, "VN-SG", "VN-57", "VN-39", "VN-HN"),
                    Place.of("PK", 10, "PK-PB", "PK-SD")),
                List.of(of("textiles", "FABRIC_MILL", 1, 4, 8, 0.7), of("leather", "TANNERY", 0.2, 2, 4, 0.6))),
            new Role("FABRIC_MILL", "mill", List.of("Fabrics", "Weaving Mills", "Dyeing"), List.of("textiles"),
                4.8, 1.0, 0.1, false, List.of(
                    Place.of("BD", 25, "BD-40", "BD-18", "BD-10"),
                    Place.of("CN", 25, "CN-ZJ", "CN-JS", "CN-GD"),
                    Place.of("IN", 20, "IN-TN", "IN-GJ", "IN-MH"),
                    Place.of("TR", 15, "TR-16", "TR-20", "TR-27"),
                    Place.of("PK", 10, "PK-PB", "PK-SD"),
                    Place.of("VN", 5, "VN-57", "VN-39")),
                List.of(of("yarn", "SPINNING_MILL", 1, 2, 6, 0.6))),
            new Role("SPINNING_MILL", "mill", List.of("Spinning Mills", "Yarns"), List.of("yarn"),
                4.8, 1.0, 0.15, false, List.of(
                    Place.of("IN", 28, "IN-GJ", "IN-TN", "IN-MH"),
                    Place.of("CN", 20, "CN-XJ", "CN-JS", "CN-SD"),
                    Place.of("PK", 18, "PK-PB", "PK-SD"),
                    Place.of("TR", 10, "TR-27", "TR-63", "TR-20"),
                    Place.of("UZ", 10, "UZ-FA", "UZ-TO", "UZ-BU"),
                    Place.of("BD", 8, "BD-40", "BD-18"),
                    Place.of("VN", 6, "VN-39")),
                List.of(of("cotton", "GINNER", 0.8, 2, 6, 0.8), of("cotton", "COTTON_FARM", 0.3, 2, 6, 0.9))),
            new Role("GINNER", "processor", List.of("Cotton Ginning", "Ginning & Pressing"), List.of("cotton"),
                3.2, 0.8, 0, false, List.of(
                    Place.of("IN", 30, "IN-GJ", "IN-MH", "IN-TG"),
                    Place.of("PK", 20, "PK-PB", "PK-SD"),
                    Place.of("UZ", 15, "UZ-XO", "UZ-QA", "UZ-BU"),
                    Place.of("US", 15, "US-TX", "US-MS"),
                    Place.of("TR", 10, "TR-63", "TR-21"),
                    Place.of("CN", 10, "CN-XJ")),
                List.of()),
            new Role("COTTON_FARM", "farm", List.of("Cotton Farm", "Cotton Estate"), List.of("cotton"),
                2.4, 0.3, 0, false, List.of(
                    Place.of("IN", 30, "IN-GJ", "IN-MH", "IN-TG"),
                    Place.of("PK", 25, "PK-PB", "PK-SD"),
                    Place.of("UZ", 20, "UZ-XO", "UZ-QA", "UZ-BU", "UZ-FA"),
                    Place.of("TR", 10, "TR-63", "TR-21"),
                    Place.of("US", 10, "US-TX"),
                    Place.of("CN", 5, "CN-XJ")),
                List.of()),
            new Role("TANNERY", "processor", List.of("Tannery", "Leather Works"), List.of("leather"),
                3.2, 0.9, 0.3, false, List.of(
                    Place.of("IN", 35, "IN-TN", "IN-UP"),
                    Place.of("PK", 25, "PK-PB"),
                    Place.of("BD", 25, "BD-13"),
                    Place.of("CN", 15, "CN-HE")),
                List.of(of("cattle", "CATTLE_FARM", 1, 2, 6, 0.5))),
            new Role("CATTLE_FARM", "farm", List.of("Cattle Ranch", "Livestock Farm"), List.of("cattle"),
                2.4, 0.3, 0, false, List.of(
                    Place.of("BR", 40, "BR-MT", "BR-PA", "BR-RO"),
                    Place.of("IN", 25, "IN-UP", "IN-MH"),
                    Place.of("PK", 20, "PK-PB"),
                    Place.of("BD", 15, "BD-E")),
                List.of()),
            new Role("STONE_PROCESSOR", "processor", List.of("Granites", "Stone Exports", "Marble & Granite"),
                List.of("stones", "granite", "sandstone"), 4, 1.0, 0.1, false, List.of(
                    Place.of("IN", 50, "IN-RJ", "IN-TG", "IN-KA", "IN-TN", "IN-AP"),
                    Place.of("CN", 35, "CN-FJ", "CN-SD", "CN-GD"),
                    Place.of("VN", 15, "VN-21", "VN-31")),
                List.of(of("granite", "GRANITE_QUARRY", 0.8, 2, 6, 0.9),
                    of("sandstone", "SANDSTONE_QUARRY", 0.4, 2, 6, 0.9),
                    of("granite", "STONE_TRADER", 0.3, 2, 4, 0.9))),
            new Role("STONE_TRADER", "trader", List.of("Stone Traders", "Block Traders"), List.of("granite"),
                4.8, 1.0, 0.3, false, List.of(
                    Place.of("IN", 70, "IN-RJ", "IN-TG", "IN-KA"),
                    Place.of("CN", 30, "CN-FJ")),
                List.of(of("granite", "GRANITE_QUARRY", 1, 4, 8, 1.0))),
            new Role("GRANITE_QUARRY", "quarry", List.of("Granite Quarry", "Stone Quarry"), List.of("granite"),
                2.9, 0.5, 0, false, List.of(
                    Place.of("IN", 60, "IN-TG", "IN-TG", "IN-KA", "IN-AP", "IN-TN", "IN-RJ"),
                    Place.of("CN", 30, "CN-FJ", "CN-SD"),
                    Place.of("VN", 10, "VN-31", "VN-21")),
                List.of()),
            new Role("SANDSTONE_QUARRY", "quarry", List.of("Sandstone Quarry", "Sandstone Pits"), List.of("sandstone"),
                2.4, 0.5, 0, false, List.of(
                    Place.of("IN", 90, "IN-RJ", "IN-RJ", "IN-RJ", "IN-MP"),
                    Place.of("CN", 10, "CN-SC")),
                List.of()));
    }
}

package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.Input.of;

import java.util.List;

/**
 * Metal and electronics chains: component makers, 3TG smelters and cobalt refiners with RMI-style CIDs,
 * copper and aluminium smelters, mineral traders (comptoirs) and mines in eastern DR Congo, Rwanda,
 * Bolivia, Indonesia and elsewhere, and mica processors and mines in Jharkhand, Bihar and Madagascar.
 */
final class MetalRoles {
    private MetalRoles() {
    }

    static List<Role> roles() {
        return List.of(
            new Role("ELECTRONICS_MAKER", "manufacturer", List.of("Electronics", "Circuit Technology", "Components"),
                List.of("electronics"), 4.8, 1.0, 0.1, false, List.of(
                    Place.of("CN", 45, "CN-GD", "CN-JS", "CN-ZJ"),
                    Place.of("MY", 20, "MY-07", "MY-10"),
                    Place.of("TH", 15, "TH-10", "TH-20"),
                    Place.of("VN", 15, "VN-56", "VN-HN")),
                List.of(of("tin", "TIN_SMELTER", 1, 2, 6, 0.3), of("tantalum", "TANTALUM_SMELTER", 0.7, 2, 4, 0.3),
                    of("tungsten", "TUNGSTEN_SMELTER", 0.5, 2, 4, 0.3), of("gold", "GOLD_REFINERY", 0.8, 2, 4, 0.2),
                    of("cobalt", "COBALT_REFINERY", 0.5, 2, 4, 0.5), of("mica", "MICA_PROCESSOR", 0.4, 2, 4),
                    of("copper", "COPPER_SMELTER", 0.5, 2, 4, 0.5))),
            new Role("METAL_PARTS", "manufacturer", List.of("Metal Products", "Precision Castings", "Foundry"),
                List.of("aluminium", "copper", "tin", "tungsten"), 4.8, 1.0, 0.1, false, List.of(
                    Place.of("CN", 40, "CN-JS", "CN-ZJ", "CN-SD"),
                    Place.of("IN", 20, "IN-MH", "IN-TN", "IN-PB"),
                    Place.of("TR", 20, "TR-16", "TR-41"),
                    Place.of("PL", 10),
                    Place.of("VN", 10, "VN-39")),
                List.of(of("aluminium", "ALUMINIUM_SMELTER", 0.8, 2, 4, 0.5), of("copper", "COPPER_SMELTER", 0.8, 2, 4, 0.5),
                    of("tin", "TIN_SMELTER", 0.5, 2, 4, 0.3), of("tungsten", "TUNGSTEN_SMELTER", 0.3, 2, 2, 0.3),
                    of("cobalt", "COBALT_REFINERY", 0.2, 2, 2))),
            new Role("TIN_SMELTER", "smelter", List.of("Tin Smelting", "Smelting Works"), List.of("tin"),
                19.2, 1.2, 0.05, true, List.of(
                    Place.of("CN", 35, "CN-YN", "CN-GX", "CN-JX"),
                    Place.of("ID", 25, "ID-BB"),
                    Place.of("MY", 15, "MY-07", "MY-08"),
                    Place.of("TH", 10, "TH-83"),
                    Place.of("BR", 10, "BR-RO"),
                    Place.of("RW", 5, "RW-01")),
                List.of(of("tin_ore", "MINERAL_TRADER", 0.6, 2, 6, 0.5), of("tin_ore", "TIN_MINE", 0.8, 2, 8, 0.8))),
            new Role("TANTALUM_SMELTER", "smelter", List.of("Tantalum Processing", "Rare Metals"), List.of("tantalum"),
                19.2, 1.2, 0.05, true, List.of(
                    Place.of("CN", 50, "CN-NX", "CN-JX", "CN-GD"),
                    Place.of("TH", 15, "TH-20"),
                    Place.of("BR", 15, "BR-MG"),
                    Place.of("MY", 10, "MY-08"),
                    Place.of("RW", 10, "RW-01")),
                List.of(of("tantalum_ore", "MINERAL_TRADER", 0.9, 2, 6, 0.3),
                    of("tantalum_ore", "TANTALUM_MINE", 0.5, 2, 6, 0.5))),
            new Role("TUNGSTEN_SMELTER", "smelter", List.of("Tungsten Materials", "Tungsten Smelting"), List.of("tungsten"),
                19.2, 1.2, 0.05, true, List.of(
                    Place.of("CN", 60, "CN-JX", "CN-HN", "CN-FJ"),
                    Place.of("VN", 15, "VN-69"),
                    Place.of("RW", 15, "RW-01"),
                    Place.of("BR", 10, "BR-SP")),
                List.of(of("tungsten_ore", "MINERAL_TRADER", 0.6, 2, 6, 0.3),
                    of("tungsten_ore", "TUNGSTEN_MINE", 0.8, 2, 6, 0.8))),
            new Role("COBALT_REFINERY", "refinery", List.of("Cobalt Refining", "New Energy Materials"), List.of("cobalt"),
                19.2, 1.2, 0.05, true, List.of(
                    Place.of("CN", 90, "CN-ZJ", "CN-JS", "CN-GD", "CN-GX"),
                    Place.of("FI", 10)),
                List.of(of("cobalt_ore", "COBALT_TRADER", 0.7, 2, 6), of("cobalt_ore", "COBALT_MINE", 0.8, 2, 6))),
            new Role("COPPER_SMELTER", "smelter", List.of("Copper Smelting", "Copper Works"), List.of("copper"),
                16, 1.1, 0.05, true, List.of(
                    Place.of("CN", 40, "CN-JX", "CN-AH", "CN-SD"),
                    Place.of("CL", 20, "CL-AN"),
                    Place.of("ZM", 15, "ZM-08"),
                    Place.of("CD", 15, "CD-LU", "CD-HK"),
                    Place.of("PE", 10, "PE-MOQ")),
                List.of(of("copper", "COPPER_MINE", 1, 2, 6, 0.6), of("copper", "COBALT_MINE", 0.2, 2, 4, 0.8))),
            new Role("ALUMINIUM_SMELTER", "smelter", List.of("Aluminium Smelter", "Aluminium Industries"),
                List.of("aluminium"), 16, 1.1, 0.05, true, List.of(
                    Place.of("CN", 50, "CN-SD", "CN-XJ", "CN-NM"),
                    Place.of("IN", 15, "IN-CT"),
                    Place.of("AE", 15, "AE-AZ"),
                    Place.of("BR", 20, "BR-PA")),
                List.of(of("aluminium", "ALUMINA_REFINERY", 1, 2, 4, 0.5))),
            new Role("ALUMINA_REFINERY", "refinery", List.of("Alumina Refinery", "Alumina Works"), List.of("aluminium"),
                6.4, 1.0, 0.1, false, List.of(
                    Place.of("AU", 30, "AU-WA", "AU-QLD"),
                    Place.of("CN", 30, "CN-SD", "CN-GX"),
                    Place.of("BR", 20, "BR-PA"),
                    Place.of("IN", 20, "IN-CT")),
                List.of(of("aluminium", "BAUXITE_MINE", 1, 2, 6, 0.5))),
            new Role("MINERAL_TRADER", "trader", List.of("Minerals Trading", "Comptoir Minier", "Mining Export"),
                List.of("tin_ore", "tantalum_ore", "tungsten_ore"), 6.4, 1.1, 0.15, false, List.of(
                    Place.of("CD", 35, "CD-NK", "CD-SK", "CD-MA"),
                    Place.of("RW", 30, "RW-01"),
                    Place.of("UG", 15, "UG-C"),
                    Place.of("BO", 20, "BO-L", "BO-O")),
                List.of(of("tin_ore", "TIN_MINE", 0.8, 4, 8, 0.7), of("tantalum_ore", "TANTALUM_MINE", 0.8, 4, 8, 0.7),
                    of("tungsten_ore", "TUNGSTEN_MINE", 0.5, 2, 6, 0.7))),
            new Role("COBALT_TRADER", "trader", List.of("Minerals Depot", "Cobalt Trading"), List.of("cobalt_ore"),
                4.8, 1.0, 0.3, false, List.of(Place.of("CD", 100, "CD-LU", "CD-HK")),
                List.of(of("cobalt_ore", "COBALT_MINE", 1, 4, 12, 1.0))),
            new Role("MICA_PROCESSOR", "processor", List.of("Mica Processing", "Mica Exports"), List.of("mica"),
                6.4, 1.1, 0.3, false, List.of(
                    Place.of("IN", 70, "IN-JH", "IN-BR"),
                    Place.of("MG", 30, "MG-U", "MG-F")),
                List.of(of("mica", "MICA_MINE", 1, 4, 12, 1.0))),
            new Role("TIN_MINE", "mine", List.of("Cassiterite Mine", "Tin Mining Site"), List.of("tin_ore"),
                2.9, 0.6, 0, false, List.of(
                    Place.of("CD", 25, "CD-NK", "CD-SK", "CD-MA", "CD-TA"),
                    Place.of("ID", 20, "ID-BB"),
                    Place.of("RW", 15, "RW-03", "RW-04", "RW-05"),
                    Place.of("BO", 15, "BO-P", "BO-O"),
                    Place.of("MM", 10, "MM-17"),
                    Place.of("BR", 10, "BR-RO", "BR-AM"),
                    Place.of("CN", 5, "CN-YN")),
                List.of()),
            new Role("TANTALUM_MINE", "mine", List.of("Coltan Mine", "Coltan Mining Site"), List.of("tantalum_ore"),
                2.9, 0.6, 0, false, List.of(
                    Place.of("CD", 45, "CD-NK", "CD-SK", "CD-MA", "CD-TA"),
                    Place.of("RW", 25, "RW-02", "RW-04", "RW-05"),
                    Place.of("BR", 15, "BR-AM", "BR-RO"),
                    Place.of("NG", 15, "NG-NA", "NG-KW")),
                List.of()),
            new Role("TUNGSTEN_MINE", "mine", List.of("Wolframite Mine", "Tungsten Mining Site"), List.of("tungsten_ore"),
                2.9, 0.6, 0, false, List.of(
                    Place.of("CD", 25, "CD-NK", "CD-SK"),
                    Place.of("RW", 30, "RW-03", "RW-02"),
                    Place.of("BO", 20, "BO-P", "BO-L"),
                    Place.of("CN", 15, "CN-JX", "CN-HN"),
                    Place.of("VN", 10, "VN-69")),
                List.of()),
            new Role("COBALT_MINE", "mine", List.of("Cobalt Mine", "Artisanal Cobalt Site", "Copper-Cobalt Concession"),
                List.of("cobalt_ore", "copper"), 3.2, 0.7, 0, false, List.of(
                    Place.of("CD", 100, "CD-LU", "CD-LU", "CD-HK")),
                List.of()),
            new Role("COPPER_MINE", "mine", List.of("Copper Mine", "Mining Concession"), List.of("copper"),
                3.2, 0.7, 0, false, List.of(
                    Place.of("CL", 30, "CL-AN", "CL-AT"),
                    Place.of("PE", 25, "PE-APU", "PE-ARE"),
                    Place.of("CD", 25, "CD-LU", "CD-HK"),
                    Place.of("ZM", 20, "ZM-08", "ZM-06")),
                List.of()),
            new Role("BAUXITE_MINE", "mine", List.of("Bauxite Mine", "Bauxite Quarry"), List.of("aluminium"),
                3.2, 0.8, 0, false, List.of(
                    Place.of("GN", 40, "GN-B"),
                    Place.of("AU", 25, "AU-WA", "AU-QLD"),
                    Place.of("BR", 15, "BR-PA"),
                    Place.of("IN", 15, "IN-CT", "IN-JH"),
                    Place.of("CN", 5, "CN-GX")),
                List.of()),
            new Role("MICA_MINE", "mine", List.of("Mica Collection Site", "Mica Mine"), List.of("mica"),
                2.4, 0.5, 0, false, List.of(
                    Place.of("IN", 70, "IN-JH", "IN-BR"),
                    Place.of("MG", 30, "MG-U", "MG-F")),
                List.of()));
    }
}

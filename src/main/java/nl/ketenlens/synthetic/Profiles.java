package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.Input.of;

import java.util.List;

/** The kinds of Dutch companies generated, one per covenant chain, with their shares of all companies. */
final class Profiles {
    private Profiles() {
    }

    static List<Profile> profiles() {
        return List.of(
            new Profile("garment_brand", "textile", List.of("textile"), 0.22, 0.8, 0.25,
                List.of("Mode", "Textiel", "Fashion", "Kleding"),
                List.of(of("garments", "GARMENT_FACTORY", 1, 6, 18), of("textiles", "FABRIC_MILL", 0.15, 3, 5))),
            new Profile("jeweller", "retail", List.of("gold"), 0.10, 0.7, 0.1,
                List.of("Juweliers", "Juwelen", "Goudsmederij", "Sieraden"),
                List.of(of("gold", "JEWELLERY_MAKER", 0.9, 3, 8), of("gold", "GOLD_REFINERY", 0.4, 3, 5),
                    of("silver", "GOLD_REFINERY", 0.2, 1, 2))),
            new Profile("department_store", "retail", List.of("textile", "gold"), 0.03, 0.8, 0.6,
                List.of("Warenhuis", "Winkelgroep", "Retail"),
                List.of(of("garments", "GARMENT_FACTORY", 1, 8, 22), of("gold", "JEWELLERY_MAKER", 0.7, 3, 5))),
            new Profile("stone_importer", "construction", List.of("natural_stone"), 0.08, 0.7, 0.15,
                List.of("Natuursteen", "Steenhandel", "Graniet"),
                List.of(of("stones", "STONE_PROCESSOR", 1, 3, 11), of("granite", "STONE_TRADER", 0.15, 1, 2))),
            new Profile("chocolate_maker", "food", List.of("food"), 0.07, 0.75, 0.3,
                List.of("Cacao", "Chocolade", "Cacaofabriek"),
                List.of(of("cocoa", "COCOA_PROCESSOR", 0.8, 3, 8), of("cocoa", "COCOA_TRADER", 0.6, 3, 8),
                    of("palm_oil", "PALM_REFINERY", 0.5, 3, 5), of("soy", "SOY_TRADER", 0.4, 3, 5))),
            new Profile("fruit_importer", "food", List.of("food"), 0.05, 0.7, 0.2,
                List.of("Fruit", "Fruitimport", "Versgroep"),
                List.of(of("bananas", "BANANA_EXPORTER", 0.8, 3, 8), of("bananas", "BANANA_PLANTATION", 0.5, 3, 8))),
            new Profile("tomato_products", "food", List.of("food"), 0.04, 0.7, 0.2,
                List.of("Conserven", "Tomaat", "Sauzen"),
                List.of(of("tomato_products", "TOMATO_PROCESSOR", 1, 3, 8), of("tomatoes", "TOMATO_FARM", 0.2, 3, 5))),
            new Profile("coffee_roaster", "food", List.of("food"), 0.04, 0.6, 0.2,
                List.of("Koffie", "Koffiebranderij", "Koffiehandel"),
                List.of(of("coffee", "COFFEE_EXPORTER", 1, 3, 11), of("coffee", "COFFEE_COOP", 0.3, 3, 5))),
            new Profile("flower_importer", "agriculture_horticulture", List.of("floriculture"), 0.10, 0.7, 0.15,
                List.of("Bloemen", "Flowers", "Bloemenhandel", "Sierteelt"),
                List.of(of("flowers", "FLOWER_EXPORTER", 0.7, 3, 8), of("flowers", "FLOWER_FARM", 0.8, 3, 14))),
            new Profile("metal_components", "metal", List.of("metal"), 0.14, 0.65, 0.25,
                List.of("Metaal", "Metaalwerken", "Techniek", "Componenten"),
                List.of(of("aluminium", "METAL_PARTS", 0.8, 3, 9), of("copper", "METAL_PARTS", 0.6, 3, 5),
                    of("tin", "TIN_SMELTER", 0.3, 3, 5), of("tungsten", "TUNGSTEN_SMELTER", 0.3, 3, 3),
                    of("cobalt", "COBALT_REFINERY", 0.15, 3, 3), of("copper", "COPPER_SMELTER", 0.3, 3, 3))),
            new Profile("electronics_maker", "electronics", List.of("metal"), 0.13, 0.2, 0.25,
                List.of("Elektronica", "Electronics", "Systems", "Technologies"),
                List.of(of("electronics", "ELECTRONICS_MAKER", 1, 6, 15), of("tantalum", "TANTALUM_SMELTER", 0.1, 3, 3))));
    }
}

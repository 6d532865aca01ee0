package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.Input.of;

import java.util.List;

/**
 * Food chains (cocoa processors, traders, cooperatives and farms in West Africa and Ecuador; palm oil and
 * soy for chocolate makers; bananas; Italian tomatoes; coffee) and floriculture (exporters, flower farms,
 * propagators in Kenya, Ethiopia, Ecuador, Colombia).
 */
final class FoodAndFlowerRoles {
    private static final List<Place> COCOA_ORIGINS = List.of(
        Place.of("CI", 45, "CI-BS", "CI-SM", "CI-GD", "CI-MG"),
        Place.of("GH", 30, "GH-WP", "GH-WN", "GH-AH", "GH-AF"),
        Place.of("CM", 12, "CM-SW", "CM-CE", "CM-SU"),
        Place.of("EC", 13, "EC-R", "EC-M", "EC-E"));
    private static final List<Place> PALM_ORIGINS = List.of(
        Place.of("ID", 60, "ID-RI", "ID-KB", "ID-KT", "ID-SU"),
        Place.of("MY", 40, "MY-12", "MY-13"));
    private static final List<Place> SOY_ORIGINS = List.of(
        Place.of("BR", 50, "BR-MT", "BR-PA", "BR-GO", "BR-MA"),
        Place.of("AR", 30, "AR-S", "AR-B", "AR-X"),
        Place.of("US", 20, "US-IL", "US-IA"));
    private static final List<Place> BANANA_ORIGINS = List.of(
        Place.of("EC", 50, "EC-G", "EC-O", "EC-R"),
        Place.of("CO", 30, "CO-ANT", "CO-MAG"),
        Place.of("CR", 20, "CR-L", "CR-H"));
    private static final List<Place> TOMATO_ORIGINS = List.of(
        Place.of("IT", 85, "IT-75", "IT-75", "IT-72", "IT-45", "IT-82"),
        Place.of("ES", 15, "ES-EX"));
    private static final List<Place> COFFEE_ORIGINS = List.of(
        Place.of("BR", 30, "BR-MG", "BR-ES"),
        Place.of("CO", 20, "CO-HUI", "CO-CAU", "CO-ANT"),
        Place.of("VN", 20, "VN-33", "VN-35"),
        Place.of("ET", 15, "ET-OR", "ET-SI"),
        Place.of("UG", 15, "UG-C", "UG-W"));
    private static final List<Place> FLOWER_ORIGINS = List.of(
        Place.of("KE", 40, "KE-31", "KE-31", "KE-20", "KE-13", "KE-26"),
        Place.of("EC", 25, "EC-P", "EC-X"),
        Place.of("CO", 20, "CO-CUN", "CO-ANT"),
        Place.of("ET", 15, "ET-OR", "ET-AM"));

    private FoodAndFlowerRoles() {
    }

    static List<Role> roles() {
        return List.of(
            new Role("COCOA_PROCESSOR", "processor", List.of("Cocoa Processing", "Cocoa Products"), List.of("cocoa"),
                4, 1.1, 0.05, false, List.of(
                    Place.of("CI", 45, "CI-AB", "CI-LG"),
                    Place.of("GH", 30, "GH-AA", "GH-CP"),
                    Place.of("CM", 10, "CM-LT"),
                    Place.of("EC", 15, "EC-G")),
                List.of(of("cocoa", "COCOA_TRADER", 1, 2, 6, 0.9), of("cocoa", "COCOA_COOP", 0.4, 2, 6, 1.0))),
            new Role("COCOA_TRADER", "trader", List.of("Cocoa Export", "Produce Buying"), List.of("cocoa"),
                4, 1.0, 0.15, false, COCOA_ORIGINS,
                List.of(of("cocoa", "COCOA_COOP", 0.9, 4, 10, 1.0), of("cocoa", "COCOA_FARM", 0.3, 4, 12, 1.0))),
            new Role("COCOA_COOP", "cooperative", List.of("Cocoa Cooperative", "Cocoa Farmers Society"), List.of("cocoa"),
                2.9, 0.7, 0.2, false, COCOA_ORIGINS, List.of(of("cocoa", "COCOA_FARM", 1, 6, 16, 1.0))),
            new Role("COCOA_FARM", "farm", List.of("Cocoa Farm", "Cocoa Plot"), List.of("cocoa"),
                2.1, 0.3, 0, false, COCOA_ORIGINS, List.of()),
            new Role("PALM_REFINERY", "refinery", List.of("Palm Oil Refinery", "Edible Oils"), List.of("palm_oil"),
                8, 1.1, 0.05, false, List.of(Place.of("ID", 55, "ID-RI", "ID-SU"), Place.of("MY", 45, "MY-01", "MY-10")),
                List.of(of("palm_oil", "PALM_MILL", 1, 4, 10, 0.9))),
            new Role("PALM_MILL", "mill", List.of("Palm Oil Mill", "Crude Palm Oil Mill"), List.of("palm_oil"),
                3.2, 0.7, 0.2, false, PALM_ORIGINS, List.of(of("palm_oil", "PALM_PLANTATION", 1, 4, 10, 1.0))),
            new Role("PALM_PLANTATION", "plantation", List.of("Oil Palm Estate", "Smallholder Plantation"),
                List.of("palm_oil"), 2.1, 0.3, 0, false, PALM_ORIGINS, List.of()),
            new Role("SOY_TRADER", "trader", List.of("Grains & Oilseeds", "Soy Export"), List.of("soy"),
                6.4, 1.1, 0.1, false, SOY_ORIGINS, List.of(of("soy", "SOY_FARM", 1, 4, 10, 1.0))),
            new Role("SOY_FARM", "farm", List.of("Soy Farm", "Soybean Estate"), List.of("soy"),
                2.1, 0.3, 0, false, SOY_ORIGINS, List.of()),
            new Role("BANANA_EXPORTER", "trader", List.of("Banana Export", "Fruit Exporters"), List.of("bananas"),
                4, 1.0, 0.1, false, BANANA_ORIGINS, List.of(of("bananas", "BANANA_PLANTATION", 1, 4, 10, 1.0))),
            new Role("BANANA_PLANTATION", "plantation", List.of("Banana Plantation", "Banana Estate"), List.of("bananas"),
                2.4, 0.4, 0, false, BANANA_ORIGINS, List.of()),
            new Role("TOMATO_PROCESSOR", "processor", List.of("Conserve Alimentari", "Tomato Processing"),
                List.of("tomato_products"), 4, 1.0, 0.05, false, TOMATO_ORIGINS,
                List.of(of("tomatoes", "TOMATO_FARM", 1, 6, 14, 1.0))),
            new Role("TOMATO_FARM", "farm", List.of("Tomato Farm", "Agricultural Holding"), List.of("tomatoes"),
                2.2, 0.3, 0, false, TOMATO_ORIGINS, List.of()),
            new Role("COFFEE_EXPORTER", "trader", List.of("Coffee Exporters", "Coffee Trading"), List.of("coffee"),
                4.8, 1.0, 0.1, false, COFFEE_ORIGINS,
                List.of(of("coffee", "COFFEE_COOP", 0.8, 2, 8, 1.0), of("coffee", "COFFEE_FARM", 0.5, 2, 8, 1.0))),
            new Role("COFFEE_COOP", "cooperative", List.of("Coffee Cooperative", "Coffee Growers Association"),
                List.of("coffee"), 2.9, 0.6, 0.2, false, COFFEE_ORIGINS, List.of(of("coffee", "COFFEE_FARM", 1, 6, 16, 1.0))),
            new Role("COFFEE_FARM", "farm", List.of("Coffee Farm", "Coffee Estate"), List.of("coffee"),
                2.1, 0.3, 0, false, COFFEE_ORIGINS, List.of()),
            new Role("FLOWER_EXPORTER", "trader", List.of("Flower Exporters", "Floral Logistics"), List.of("flowers"),
                4, 1.0, 0.1, false, List.of(
                    Place.of("KE", 40, "KE-31", "KE-30"),
                    Place.of("EC", 25, "EC-P"),
                    Place.of("CO", 20, "CO-CUN", "CO-ANT"),
                    Place.of("ET", 15, "ET-AA", "ET-OR")),
                List.of(of("flowers", "FLOWER_FARM", 1, 4, 10, 1.0))),
            new Role("FLOWER_FARM", "farm", List.of("Roses", "Flower Farm", "Floriculture"), List.of("flowers"),
                3.2, 0.8, 0.3, false, FLOWER_ORIGINS, List.of(of("flowers", "PROPAGATION_FARM", 0.6, 2, 4, 0.5))),
            new Role("PROPAGATION_FARM", "farm", List.of("Young Plants", "Cuttings Farm"), List.of("flowers"),
                8, 1.1, 0, false, List.of(
                    Place.of("KE", 50, "KE-31", "KE-26"),
                    Place.of("ET", 30, "ET-OR"),
                    Place.of("UG", 20, "UG-C")),
                List.of()));
    }
}

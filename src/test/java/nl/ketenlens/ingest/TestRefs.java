package nl.ketenlens.ingest;

import java.util.List;

/** A small, hand-made reference table for unit tests. */
final class TestRefs {
    private TestRefs() {
    }

    static ReferenceTables lookup() {
        return new ReferenceTables(
                List.of(new ReferenceTables.Country("NL", "NLD", "Netherlands"),
                        new ReferenceTables.Country("GH", "GHA", "Ghana"),
                        new ReferenceTables.Country("CI", "CIV", "Côte d'Ivoire"),
                        new ReferenceTables.Country("CN", "CHN", "China"),
                        new ReferenceTables.Country("ID", "IDN", "Indonesia"),
                        new ReferenceTables.Country("KR", "KOR", "Republic of Korea"),
                        new ReferenceTables.Country("BD", "BGD", "Bangladesh")),
                List.of(new ReferenceTables.Region("GH-AH", "GH"), new ReferenceTables.Region("CI-AB", "CI")),
                List.of(new ReferenceTables.Commodity("gold", "Gold", "7108"),
                        new ReferenceTables.Commodity("tin", "Tin", "8001"),
                        new ReferenceTables.Commodity("tantalum", "Tantalum", "8103"),
                        new ReferenceTables.Commodity("tungsten", "Tungsten", "8101"),
                        new ReferenceTables.Commodity("cobalt", "Cobalt", "8105"),
                        new ReferenceTables.Commodity("mica", "Mica", "2525"),
                        new ReferenceTables.Commodity("cocoa", "Cocoa beans", "1801"),
                        new ReferenceTables.Commodity("cotton", "Cotton", "5201"),
                        new ReferenceTables.Commodity("granite", "Granite", "6802"),
                        new ReferenceTables.Commodity("marble", "Marble", "6802")),
                List.of("child_labour", "forced_labour", "health_safety"),
                List.of("textile", "food", "metal"),
                List.of("textile", "gold"),
                List.of("C1", "C2"),
                List.of("F1", "F2", "F3"));
    }
}

package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.NetworkFacts.CAHRA_REGIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.SupplyNetwork;

/** The demo network meets every number the product's demo relies on. */
class DemoNetworkTests {
    private static SupplyNetwork demo;
    private static Map<String, FacilityRow> facilities;
    private static Map<String, Set<String>> reaching;

    @BeforeAll
    static void load() {
        demo = SyntheticNetworkGenerator.demo();
        facilities = demo.facilities().stream().collect(Collectors.toMap(FacilityRow::id, f -> f));
        reaching = NetworkFacts.companiesReaching(demo);
    }

    private static List<CompanyRow> companies() {
        return demo.companies().stream().filter(c -> !c.financialInstitution()).toList();
    }

    @Test
    void demoIsFixed() {
        assertThat(SyntheticNetworkGenerator.demo()).isEqualTo(demo);
        assertThat(demo).isEqualTo(new SyntheticNetworkGenerator(SyntheticNetworkGenerator.DEMO_SEED)
            .generate(SyntheticNetworkGenerator.DEMO_COMPANIES));
    }

    @Test
    void atLeastSixtyCompaniesMostOfThemCovenantMembers() {
        List<CompanyRow> companies = companies();
        assertThat(companies).hasSizeGreaterThanOrEqualTo(60);
        long members = companies.stream().filter(c -> !c.covenants().isEmpty()).count();
        assertThat(members).isGreaterThan(companies.size() / 2).isLessThan(companies.size());
    }

    @Test
    void companiesInAtLeastSixCovenantSectors() {
        Set<String> covenants = companies().stream().flatMap(c -> c.covenants().stream()).collect(Collectors.toSet());
        assertThat(covenants).contains("textile", "gold", "natural_stone", "food", "floriculture", "metal");
        Set<String> sectors = companies().stream().map(CompanyRow::sector).collect(Collectors.toSet());
        assertThat(sectors).contains("textile", "retail", "construction", "food", "agriculture_horticulture", "metal",
            "electronics");
    }

    @Test
    void aBankAPensionFundAndAnInsurerFinanceCompanies() {
        List<CompanyRow> institutions = demo.companies().stream().filter(CompanyRow::financialInstitution).toList();
        assertThat(institutions).extracting(CompanyRow::kind).contains("bank", "pension_fund", "insurer");
        assertThat(institutions).flatExtracting(CompanyRow::covenants)
            .contains("banking", "pension_funds", "insurance");
        Set<String> financing = demo.financing().stream().map(f -> f.institutionId()).collect(Collectors.toSet());
        assertThat(financing).contains("SYN-FI-001", "SYN-FI-002");
        Set<String> financed = demo.financing().stream().map(f -> f.companyId()).collect(Collectors.toSet());
        assertThat(financed).hasSize(companies().size());
    }

    @Test
    void atLeastEightHundredFacilitiesOfEveryType() {
        assertThat(demo.facilities()).hasSizeGreaterThanOrEqualTo(800);
        assertThat(demo.facilities().stream().map(FacilityRow::type).collect(Collectors.toSet()))
            .containsExactlyInAnyOrderElementsOf(NetworkFacts.FACILITY_TYPES);
    }

    @Test
    void chainsReachTierFourAndNoFurther() {
        Map<String, List<String>> suppliers = NetworkFacts.suppliersByBuyer(demo);
        int deepest = companies().stream()
            .mapToInt(c -> NetworkFacts.tiers(c.id(), suppliers).values().stream().mapToInt(i -> i).max().orElse(0))
            .max().orElseThrow();
        assertThat(deepest).isEqualTo(4);
        assertThat(reaching).as("every facility lies in some company's chain").hasSize(demo.facilities().size());
    }

    @Test
    void someSmelterIsAChokepointForAtLeastFiveCompanies() {
        long chokepoints = reaching.entrySet().stream()
            .filter(e -> facilities.get(e.getKey()).type().equals("smelter") && e.getValue().size() >= 5)
            .count();
        assertThat(chokepoints).isGreaterThanOrEqualTo(3);
        assertThat(demo.facilities().stream().filter(f -> f.type().equals("smelter")))
            .allSatisfy(f -> assertThat(f.rmiCid()).startsWith("CID"));
    }

    @Test
    void garmentFactoriesAreSharedByBrands() {
        Map<String, Long> brandsPerFactory = demo.links().stream()
            .filter(l -> l.buyerId().startsWith("SYN-C-") && l.commodity().equals("garments"))
            .collect(Collectors.groupingBy(LinkRow::supplierId, Collectors.counting()));
        assertThat(brandsPerFactory.values().stream().filter(n -> n >= 3).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void blindSpotsExistMidChain() {
        Set<String> buyers = demo.links().stream().map(LinkRow::buyerId).collect(Collectors.toSet());
        assertThat(demo.facilities().stream()
            .filter(f -> Set.of("trader", "mill", "processor").contains(f.type()) && !buyers.contains(f.id()))
            .count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void hotspotsLieInTheRegionsNamedByTheBrief() {
        Set<String> regions = demo.facilities().stream().map(FacilityRow::region).filter(r -> r != null)
            .collect(Collectors.toSet());
        assertThat(regions).contains("CD-NK", "CD-SK", "CD-MA", "CD-HK", "CD-LU", "IN-JH", "IN-BR", "IN-RJ", "IN-TG");
        long inCahra = demo.facilities().stream().filter(f -> f.region() != null && CAHRA_REGIONS.contains(f.region())).count();
        assertThat(inCahra).as("facilities in EU CAHRA regions").isGreaterThanOrEqualTo(50);
    }

    @Test
    void eachSectorProducesInItsRealCountries() {
        assertThat(countriesOf("garments")).containsAll(Set.of("BD", "IN", "TR", "CN", "PK", "VN"));
        assertThat(countriesOf("cotton")).containsAll(Set.of("IN", "PK", "UZ", "TR", "US"));
        assertThat(countriesWith("refinery", "gold")).containsAll(Set.of("CH", "AE", "IN"));
        assertThat(countriesWith("mine", "gold")).containsAll(Set.of("CD", "UG", "GH", "PE", "BF", "ML"));
        assertThat(countriesOf("stones")).containsAll(Set.of("IN", "CN", "VN"));
        assertThat(countriesWith("farm", "cocoa")).containsAll(Set.of("CI", "GH", "CM", "EC"));
        assertThat(countriesOf("bananas")).containsAll(Set.of("EC", "CO", "CR"));
        assertThat(countriesOf("tomatoes")).contains("IT");
        assertThat(countriesWith("farm", "flowers")).containsAll(Set.of("KE", "ET", "EC", "CO"));
        assertThat(countriesWith("smelter", "tin")).containsAll(Set.of("CN", "ID", "MY"));
        assertThat(countriesWith("mine", "tin_ore")).containsAll(Set.of("CD", "RW", "BO", "ID"));
        assertThat(countriesWith("refinery", "cobalt")).contains("CN");
        assertThat(countriesOf("mica")).containsAll(Set.of("IN", "MG"));
    }

    private static Set<String> countriesOf(String commodity) {
        return demo.facilities().stream().filter(f -> f.commodities().contains(commodity))
            .map(FacilityRow::country).collect(Collectors.toSet());
    }

    private static Set<String> countriesWith(String type, String commodity) {
        return demo.facilities().stream().filter(f -> f.type().equals(type) && f.commodities().contains(commodity))
            .map(FacilityRow::country).collect(Collectors.toSet());
    }
}

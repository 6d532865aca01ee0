package nl.ketenlens.synthetic;

import static nl.ketenlens.synthetic.NetworkFacts.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;
import nl.ketenlens.graph.SupplyNetwork;

class SyntheticNetworkGeneratorTests {
    private static SupplyNetwork network;

    @BeforeAll
    static void generate() {
        network = new SyntheticNetworkGenerator(42).generate(300);
    }

    @Test
    void sameSeedAndSizeGiveEqualNetworks() {
        assertThat(new SyntheticNetworkGenerator(42).generate(300)).isEqualTo(network);
    }

    @Test
    void differentSeedGivesDifferentNetworkOfTheSameShape() {
        SupplyNetwork other = new SyntheticNetworkGenerator(43).generate(300);
        assertThat(other).isNotEqualTo(network);
        assertThat(other.links()).isNotEqualTo(network.links());
        assertThat(other.companies().stream().map(CompanyRow::name).toList())
            .isNotEqualTo(network.companies().stream().map(CompanyRow::name).toList());
        // pool sizes depend on the company count only
        assertThat(other.facilities()).hasSameSizeAs(network.facilities());
    }

    @Test
    void companiesPlusOneInstitutionPerHundredWithAtLeastThree() {
        assertThat(network.companies()).hasSize(300 + 3);
        assertThat(network.companies().stream().filter(CompanyRow::financialInstitution).map(CompanyRow::kind))
            .containsExactly("bank", "pension_fund", "insurer");
        SupplyNetwork bigger = new SyntheticNetworkGenerator(1).generate(1234);
        assertThat(bigger.companies().stream().filter(CompanyRow::financialInstitution).count()).isEqualTo(12);
    }

    @Test
    void idsFollowTheSyntheticPatternsAndAreUnique() {
        Set<String> ids = new HashSet<>();
        for (CompanyRow c : network.companies()) {
            assertThat(c.id()).matches(c.financialInstitution() ? "SYN-FI-\\d{3}" : "SYN-C-\\d{5}");
            assertThat(ids.add(c.id())).as("unique %s", c.id()).isTrue();
        }
        for (FacilityRow f : network.facilities()) {
            assertThat(f.id()).matches("SYN-F-\\d{6}");
            assertThat(ids.add(f.id())).as("unique %s", f.id()).isTrue();
        }
        assertThat(network.companies().get(0).id()).isEqualTo("SYN-C-00001");
        assertThat(network.facilities().get(0).id()).isEqualTo("SYN-F-000001");
        assertThat(network.companies().get(300).id()).isEqualTo("SYN-FI-001");
    }

    @Test
    void everyRowIsSyntheticAndWithoutRealIdentifiers() {
        assertThat(network.companies()).allSatisfy(c -> {
            assertThat(c.synthetic()).isTrue();
            assertThat(c.kvk()).isNull();
        });
        assertThat(network.facilities()).allSatisfy(f -> {
            assertThat(f.synthetic()).isTrue();
            assertThat(f.osId()).isNull();
        });
        assertThat(network.links()).allMatch(LinkRow::synthetic);
        assertThat(network.financing()).allMatch(FinancingRow::synthetic);
    }

    @Test
    void linksReferenceExistingIdsAndNeverLinkToThemselves() {
        Set<String> companies = network.companies().stream().map(CompanyRow::id).collect(Collectors.toSet());
        Set<String> facilities = network.facilities().stream().map(FacilityRow::id).collect(Collectors.toSet());
        assertThat(network.links()).allSatisfy(l -> {
            assertThat(companies.contains(l.buyerId()) || facilities.contains(l.buyerId())).as(l.buyerId()).isTrue();
            assertThat(facilities).contains(l.supplierId());
            assertThat(l.buyerId()).isNotEqualTo(l.supplierId());
        });
        Map<String, CompanyRow> byId = network.companies().stream().collect(Collectors.toMap(CompanyRow::id, c -> c));
        assertThat(network.financing()).isNotEmpty().allSatisfy(f -> {
            assertThat(byId.get(f.institutionId()).financialInstitution()).isTrue();
            assertThat(byId.get(f.companyId()).financialInstitution()).isFalse();
        });
    }

    @Test
    void institutionsBuyNothing() {
        Set<String> institutions = network.companies().stream().filter(CompanyRow::financialInstitution)
            .map(CompanyRow::id).collect(Collectors.toSet());
        assertThat(network.links()).noneMatch(l -> institutions.contains(l.buyerId()));
    }

    @Test
    void oneLinkPerBuyerSupplierAndCommodity() {
        Set<List<String>> keys = new HashSet<>();
        for (LinkRow l : network.links()) {
            assertThat(keys.add(List.of(l.buyerId(), l.supplierId(), l.commodity()))).as(l.toString()).isTrue();
        }
    }

    @Test
    void suppliersHandleTheCommodityTheySell() {
        Map<String, FacilityRow> byId = network.facilities().stream().collect(Collectors.toMap(FacilityRow::id, f -> f));
        assertThat(network.links()).allSatisfy(l -> assertThat(byId.get(l.supplierId()).commodities()).contains(l.commodity()));
    }

    @Test
    void sharesAreHundredthsInTheUnitIntervalAndSumToAtMostOnePerBuyerAndCommodity() {
        Map<List<String>, Integer> hundredths = new HashMap<>();
        for (LinkRow l : network.links()) {
            if (l.share() != null) {
                assertThat(l.share()).isBetween(0.01, 1.0);
                long h = Math.round(l.share() * 100);
                assertThat(h / 100.0).isEqualTo(l.share());
                hundredths.merge(List.of(l.buyerId(), l.commodity()), (int) h, Integer::sum);
            }
        }
        assertThat(hundredths.values()).allSatisfy(sum -> assertThat(sum).isLessThanOrEqualTo(100));
        assertThat(hundredths.values()).contains(100);
        double withShare = network.links().stream().filter(l -> l.share() != null).count() / (double) network.links().size();
        assertThat(withShare).as("about half the links carry a share").isBetween(0.35, 0.65);
    }

    @Test
    void onlyAllowedCodesAreUsed() {
        assertThat(network.facilities()).allSatisfy(f -> {
            assertThat(COMMODITIES).containsAll(f.commodities());
            assertThat(FACILITY_TYPES).contains(f.type());
        });
        assertThat(network.links()).allSatisfy(l -> assertThat(COMMODITIES).contains(l.commodity()));
        assertThat(network.companies()).allSatisfy(c -> {
            assertThat(SECTORS).contains(c.sector());
            assertThat(COVENANTS).containsAll(c.covenants());
            assertThat(KINDS).contains(c.kind());
            assertThat(c.size()).isIn("sme", "large");
        });
    }

    @Test
    void countriesAreIsoAlpha2AndRegionsLieInTheirCountry() {
        assertThat(network.facilities()).allSatisfy(f -> {
            assertThat(ISO_ALPHA2).contains(f.country());
            if (f.region() != null) {
                assertThat(f.region()).startsWith(f.country() + "-").matches("[A-Z]{2}-[A-Z0-9]{1,3}");
            }
        });
    }

    @Test
    void smeltersAndMineralRefineriesCarryUniqueRmiStyleCids() {
        List<FacilityRow> withCid = network.facilities().stream().filter(f -> f.rmiCid() != null).toList();
        assertThat(withCid).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rmiCid()).matches("CID9\\d{5}");
            assertThat(f.type()).isIn("smelter", "refinery");
        });
        assertThat(withCid.stream().map(FacilityRow::rmiCid).distinct().count()).isEqualTo(withCid.size());
        assertThat(network.facilities().stream().filter(f -> f.type().equals("smelter")))
            .isNotEmpty().allSatisfy(f -> assertThat(f.rmiCid()).isNotNull());
        assertThat(network.facilities().stream().filter(f -> f.commodities().contains("gold") && f.type().equals("refinery")))
            .isNotEmpty().allSatisfy(f -> assertThat(f.rmiCid()).isNotNull());
    }

    @Test
    void namesAreUnique() {
        assertThat(network.companies().stream().map(CompanyRow::name).distinct().count())
            .isEqualTo(network.companies().size());
        assertThat(network.facilities().stream().map(f -> f.country() + "/" + f.name()).distinct().count())
            .isEqualTo(network.facilities().size());
        assertThat(network.companies()).allSatisfy(c -> assertThat(c.name()).endsWith(c.financialInstitution()
            ? "" : "B.V."));
    }

    @Test
    void everyFacilityHasABuyerAndSomeHaveNoSupplier() {
        Set<String> supplied = network.links().stream().map(LinkRow::supplierId).collect(Collectors.toSet());
        assertThat(network.facilities()).allSatisfy(f -> assertThat(supplied).contains(f.id()));
        Set<String> buyers = network.links().stream().map(LinkRow::buyerId).collect(Collectors.toSet());
        List<FacilityRow> blind = network.facilities().stream()
            .filter(f -> !buyers.contains(f.id()) && Set.of("factory", "mill", "trader", "smelter").contains(f.type()))
            .toList();
        assertThat(blind).as("mid-chain facilities with unknown upstream").isNotEmpty();
    }

    @Test
    void evenTinyNetworksLeaveNoFacilityWithoutABuyer() {
        for (int companies : new int[] {1, 2, 5, 11}) {
            for (long seed = 1; seed <= 5; seed++) {
                SupplyNetwork tiny = new SyntheticNetworkGenerator(seed).generate(companies);
                Set<String> supplied = tiny.links().stream().map(LinkRow::supplierId).collect(Collectors.toSet());
                assertThat(tiny.facilities()).as("companies=%d seed=%d", companies, seed)
                    .allSatisfy(f -> assertThat(supplied).contains(f.id()));
            }
        }
    }

    @Test
    void popularSuppliersAreSharedByManyBuyers() {
        Map<String, Long> buyers = network.links().stream()
            .collect(Collectors.groupingBy(LinkRow::supplierId, Collectors.counting()));
        long max = buyers.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double mean = network.links().size() / (double) network.facilities().size();
        assertThat(max).as("Zipf choice makes hubs").isGreaterThan((long) (10 * mean));
    }

    @Test
    void aSingleCompanyGetsOnlyTheLargestProfileAndItsChains() {
        SupplyNetwork one = new SyntheticNetworkGenerator(7).generate(1);
        assertThat(one.companies()).hasSize(4);
        assertThat(one.companies().get(0).sector()).isEqualTo("textile");
        assertThat(one.facilities()).isNotEmpty().allSatisfy(f ->
            assertThat(f.commodities()).containsAnyOf("garments", "textiles", "yarn", "cotton", "leather", "cattle"));
    }

    @Test
    void rejectsFewerThanOneCompany() {
        assertThatThrownBy(() -> new SyntheticNetworkGenerator(1).generate(0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("companies");
    }

    @Test
    void sinkReceivesCompaniesThenFacilitiesThenLinksThenFinancing() {
        List<String> phases = new ArrayList<>();
        new SyntheticNetworkGenerator(5).generate(50, new NetworkSink() {
            public void company(CompanyRow c) { note("company"); }
            public void facility(FacilityRow f) { note("facility"); }
            public void link(LinkRow l) { note("link"); }
            public void financing(FinancingRow f) { note("financing"); }
            private void note(String phase) {
                if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
                    phases.add(phase);
                }
            }
        });
        assertThat(phases).containsExactly("company", "facility", "link", "financing");
    }

    @Test
    void hundredThousandFacilitiesFromAbout6700CompaniesWithFourLinksEach() {
        int[] counts = new int[4];
        long start = System.nanoTime();
        new SyntheticNetworkGenerator(1).generate(6700, new NetworkSink() {
            public void company(CompanyRow c) { counts[0]++; }
            public void facility(FacilityRow f) { counts[1]++; }
            public void link(LinkRow l) { counts[2]++; }
            public void financing(FinancingRow f) { counts[3]++; }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(counts[0]).isEqualTo(6700 + 67);
        assertThat(counts[1]).isBetween(90_000, 110_000).isEqualTo(SyntheticNetworkGenerator.facilityCount(6700));
        assertThat(counts[2] / (double) counts[1]).isBetween(3.6, 4.6);
        assertThat(seconds).as("generation time of %d facilities", counts[1]).isLessThan(10);
    }

    @Test
    void sizesScaleLinearlyWithTheCompanyCount() {
        int small = SyntheticNetworkGenerator.facilityCount(1000);
        int large = SyntheticNetworkGenerator.facilityCount(10_000);
        assertThat(large / (double) small).isBetween(9.9, 10.1);
        assertThat(small / 1000.0).isBetween(13.0, 17.0);
    }
}

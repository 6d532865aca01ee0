package nl.ketenlens.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The building blocks, on hand-worked values. */
class GeneratorPartsTests {

    @Test
    void rngIsSplitMix64() {
        // reference output of SplitMix64 seeded with 0 (Steele, Lea, Flood 2014; used by xoshiro's seeding)
        assertThat(new Rng(0).nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(Rng.of(1, 2, 3).nextLong()).isEqualTo(Rng.of(1, 2, 3).nextLong())
            .isNotEqualTo(Rng.of(1, 2, 4).nextLong()).isNotEqualTo(Rng.of(2, 2, 3).nextLong());
    }

    @Test
    void zipfWithoutSkewIsUniformAndWithSkewFavoursLowRanks() {
        Rng rng = new Rng(9);
        int[] flat = new int[4];
        int[] skewed = new int[100];
        for (int i = 0; i < 40_000; i++) {
            flat[rng.zipf(4, 0)]++;
            skewed[rng.zipf(100, 1.2)]++;
        }
        assertThat(Arrays.stream(flat).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(9_500, 10_500));
        assertThat(skewed[0]).isGreaterThan(20 * skewed[99]);
        assertThat(skewed[0] + skewed[1] + skewed[2]).as("three ranks of 100 take a third").isGreaterThan(40_000 / 3);
        assertThat(new Rng(1).zipf(1, 1.0)).isZero();
    }

    @Test
    void largestRemainderSplitsExactly() {
        assertThat(Apportion.largestRemainder(new double[] {1, 1, 1}, 10, false)).containsExactly(4, 3, 3);
        assertThat(Apportion.largestRemainder(new double[] {0.6, 0.3, 0.1}, 2, true)).containsExactly(1, 1, 0);
        assertThat(Apportion.largestRemainder(new double[] {0.6, 0.3, 0.1}, 5, true)).containsExactly(2, 2, 1);
        assertThat(Apportion.largestRemainder(new double[] {3, 1}, 0, true)).containsExactly(0, 0);
    }

    @Test
    void permuteIsABijection() {
        for (int n : new int[] {1, 2, 14, 1000, 1_000_003}) {
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                int p = Pool.permute(i, n, 123_456_789L);
                assertThat(seen[p]).as("n=%d i=%d", n, i).isFalse();
                seen[p] = true;
            }
        }
    }

    @Test
    void sharesCoverWholeCommodityGroupsAndSumToAtMostOne() {
        String[] commodities = {"gold", "tin", "gold", "gold"};
        for (int seed = 0; seed < 500; seed++) {
            Double[] shares = Shares.assign(commodities, 4, new Rng(seed));
            if (shares.length == 0) {
                continue;
            }
            boolean goldShared = shares[0] != null;
            assertThat(shares[2] != null).isEqualTo(goldShared);
            assertThat(shares[3] != null).isEqualTo(goldShared);
            if (goldShared) {
                long hundredths = Math.round((shares[0] + shares[2] + shares[3]) * 100);
                assertThat(hundredths).isBetween(50L, 100L);
                assertThat(Arrays.asList(shares[0], shares[2], shares[3])).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.01));
            }
            if (shares[1] != null) {
                assertThat(shares[1]).isBetween(0.5, 1.0);
            }
        }
    }

    @Test
    void idsArePaddedButNeverCut() {
        assertThat(Ids.company(0)).isEqualTo("SYN-C-00001");
        assertThat(Ids.institution(41)).isEqualTo("SYN-FI-042");
        assertThat(Ids.facility(999_999)).isEqualTo("SYN-F-1000000");
        assertThat(Ids.cid(0)).isEqualTo("CID900001");
    }

    @Test
    void catalogueIsAcyclicAndOrderedBuyersFirst() {
        List<Role> roles = Catalogue.STANDARD.roles();
        for (int i = 0; i < roles.size(); i++) {
            for (Input in : roles.get(i).inputs()) {
                assertThat(Catalogue.STANDARD.indexOf(in.supplier())).as(roles.get(i).key()).isGreaterThan(i);
            }
        }
        assertThat(Catalogue.STANDARD.profiles().stream().mapToDouble(Profile::weight).sum()).isCloseTo(1.0,
            org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void catalogueRejectsCyclesUnknownSuppliersAndUnhandledCommodities() {
        Place nl = Place.of("NL", 1);
        Role a = role("A", "gold", Input.of("gold", "B", 1, 1, 1));
        Role b = role("B", "gold", Input.of("gold", "A", 1, 1, 1));
        assertThatThrownBy(() -> new Catalogue(List.of(a, b), List.of())).hasMessageContaining("cycle");
        Role lost = role("C", "gold", Input.of("gold", "NOWHERE", 1, 1, 1));
        assertThatThrownBy(() -> new Catalogue(List.of(lost), List.of())).hasMessageContaining("unknown role NOWHERE");
        Role tin = role("D", "tin", Input.of("gold", "E", 1, 1, 1));
        Role e = role("E", "tin");
        assertThatThrownBy(() -> new Catalogue(List.of(tin, e), List.of())).hasMessageContaining("E does not handle gold");
        assertThatThrownBy(() -> Place.of("CD", 1, "RW-01")).hasMessageContaining("RW-01");
        assertThat(nl.regions()).isEmpty();
    }

    @Test
    void layoutGivesEveryProfileACompanyAndEmptiesUnusedPools() {
        Layout demo = new Layout(Catalogue.STANDARD, 64, 1);
        assertThat(Arrays.stream(demo.profileCount).min().getAsInt()).isPositive();
        assertThat(Arrays.stream(demo.profileCount).sum()).isEqualTo(64);
        assertThat(demo.pools).allSatisfy(p -> assertThat(p.size).isPositive());

        Layout one = new Layout(Catalogue.STANDARD, 1, 1);
        int pool = Catalogue.STANDARD.indexOf("GOLD_REFINERY");
        assertThat(one.pools[pool].size).isZero();
        assertThat(one.institutions).isEqualTo(3);
    }

    private static Role role(String key, String commodity, Input... inputs) {
        return new Role(key, "trader", List.of(key), List.of(commodity), 1, 0, 0, false, List.of(Place.of("NL", 1)),
            List.of(inputs));
    }
}

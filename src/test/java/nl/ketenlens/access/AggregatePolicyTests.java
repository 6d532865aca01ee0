package nl.ketenlens.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatePolicyTests {

    private final AggregatePolicy policy = new AggregatePolicy(3);
    private final Disclosure advisor = policy.disclosureFor(new Viewer("a", Role.ADVISOR, null));
    private final Disclosure company = policy.disclosureFor(new Viewer("c", Role.COMPANY, "C1"));

    @Test
    void countsBelowKAreSuppressedForEveryNonAdmin() {
        for (Disclosure d : List.of(advisor, company, policy.disclosureFor(Viewer.anonymous()))) {
            assertThat(d.count(1, 100)).isEqualTo(new CompanyCount(null, true, "fewer than 3"));
            assertThat(d.count(2, 100).suppressed()).isTrue();
            assertThat(d.count(3, 100)).isEqualTo(CompanyCount.exact(3));
            assertThat(d.count(0, 100)).isEqualTo(CompanyCount.exact(0));
        }
    }

    @Test
    void countsWithinKOfTheWholePopulationAreSuppressed() {
        // "20 of 20" would tell every member of a known list that the others buy there
        assertThat(advisor.count(20, 20)).isEqualTo(new CompanyCount(null, true, "all but fewer than 3"));
        assertThat(advisor.count(18, 20).suppressed()).isTrue();
        assertThat(advisor.count(17, 20)).isEqualTo(CompanyCount.exact(17));
        // a population below 2k leaves no exact count at all except 0
        for (int n = 1; n <= 5; n++) {
            assertThat(advisor.count(n, 5).suppressed()).as("%d of 5", n).isTrue();
        }
    }

    @Test
    void adminAndOwnChainSeeExactCountsAndIdentities() {
        for (Disclosure d : List.of(policy.disclosureFor(Viewer.admin()), policy.ownChain(), Disclosure.full())) {
            assertThat(d.count(1, 1)).isEqualTo(CompanyCount.exact(1));
            assertThat(d.ids(List.of("C2"))).containsExactly("C2");
            assertThat(d.mayName(1)).isTrue();
        }
    }

    @Test
    void identitiesAreDroppedAndThinlyReachedThingsNotNamedForNonAdmins() {
        assertThat(advisor.ids(List.of("C1", "C2", "C3"))).isNull();
        assertThat(company.ids(List.of("C1"))).isNull();
        assertThat(company.mayName(2)).isFalse();
        assertThat(company.mayName(3)).isTrue();
    }

    @Test
    void kFollowsTheConfiguredValue() {
        Disclosure five = new AggregatePolicy(5).disclosureFor(new Viewer("a", Role.ADVISOR, null));
        assertThat(five.count(4, 100).text()).isEqualTo("fewer than 5");
        assertThat(five.count(5, 100).value()).isEqualTo(5);
    }

    @Test
    void kBelowTwoIsRejectedEverywhereItCanBeSet() {
        assertThatThrownBy(() -> new AggregatePolicy(1)).hasMessageContaining("k must be >= 2, was 1");
        assertThatThrownBy(() -> new AccessProperties(1)).hasMessageContaining("ketenlens.access.k");
        assertThatThrownBy(() -> new Disclosure(0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AccessProperties(2).k()).isEqualTo(2);
    }

    @Test
    void aCountHasAValueExactlyWhenNotSuppressed() {
        assertThatThrownBy(() -> new CompanyCount(2, true, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompanyCount(null, false, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompanyCount.exact(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CompanyCount.exact(4)).hasToString("4");
    }
}

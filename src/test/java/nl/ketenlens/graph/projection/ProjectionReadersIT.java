package nl.ketenlens.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.GraphChanges;
import nl.ketenlens.graph.GraphState;
import nl.ketenlens.graph.StoreWrites;
import nl.ketenlens.risk.IndicatorView;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projection read through the embedded API (ADR 0019) equals the one read through Bolt, field by field: on the
 * seeded store (the generated demo network plus the reference indicators) and on the cases where store order or a
 * label decides — parallel links, company → company links, financing, links the queries leave out, ADR 0017 facts.
 */
@EmbeddedStoreTest
class ProjectionReadersIT {

    @Autowired
    Driver driver;
    @Autowired
    EmbeddedGraph embedded;
    @Autowired
    GraphProjector projector;

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'IT-RDR-' DETACH DELETE n").execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();
    }

    private GraphProjection bolt() {
        return new GraphProjector(driver, EmbeddedGraph.NONE, GraphChanges.NONE, new StoreWrites()).current();
    }

    private GraphProjection direct() {
        return new GraphProjector(driver, embedded, GraphChanges.NONE, new StoreWrites()).current();
    }

    @Test
    void theApplicationReadsTheEmbeddedStoreDirectly() {
        assertThat(embedded.present()).isTrue();
        assertEqual(projector.current(), direct());
    }

    @Test
    void embeddedAndBoltReadsOfTheSeededNetworkAreEqual() {
        GraphProjection b = bolt();
        assertThat(b.graph().edgeCount()).isPositive();
        assertThat(b.graph().facilities().length).isGreaterThan(100);
        assertEqual(direct(), b);
    }

    @Test
    void embeddedAndBoltReadsAgreeWhereStoreOrderOrLabelsDecide() {
        driver.executableQuery("""
                CREATE (c1:Company {id: 'IT-RDR-C1', name: 'Koper', sector: 'food', kind: 'company'})
                CREATE (c2:Company {id: 'IT-RDR-C2', name: 'Leverancier', kind: 'company', synthetic: true})
                CREATE (k:Company:FinancialInstitution {id: 'IT-RDR-K', name: 'Bank', kind: 'bank'})
                CREATE (f1:Facility {id: 'IT-RDR-F1', name: 'Coop', type: 'cooperative', country: 'CI',
                        commodities: ['cocoa'], certifications: ['Rainforest Alliance'], annualThroughput: 20.0,
                        throughputUnit: 't'})
                CREATE (f2:Facility {id: 'IT-RDR-F2', name: 'Trader', type: 'trader', country: 'NL',
                        commodities: ['cocoa', 'gold']})
                CREATE (x:Other {id: 'IT-RDR-X'})
                CREATE (c1)-[:BUYS_FROM {commodity: 'gold', share: 0.25}]->(f2)
                CREATE (c1)-[:BUYS_FROM {commodity: 'cocoa', share: 0.5, annualVolume: 3.0, volumeUnit: 't'}]->(f2)
                CREATE (c1)-[:BUYS_FROM {commodity: 'cocoa'}]->(c2)
                CREATE (f2)-[:BUYS_FROM {commodity: 'cocoa', share: 1}]->(f1)
                CREATE (f2)-[:BUYS_FROM {commodity: 'cocoa'}]->(c2)
                CREATE (k)-[:FINANCES]->(c1)
                CREATE (k)-[:FINANCES]->(x)
                CREATE (:RiskIndicator {id: 'IT-RDR-I1', theme: 'child_labour', country: 'CI', scale: 3, scope: 2,
                        irremediability: 1, likelihood: 0.5})
                CREATE (:RiskIndicator {id: 'IT-RDR-I0', theme: 'forced_labour', country: 'CI', region: 'CI-SM',
                        commodity: 'cocoa', scale: 4, scope: 4, irremediability: 4, likelihood: 0.9, proxy: true,
                        observedYear: 2021, unknown: ['scope'], stages: ['extraction']})
                """).execute();
        driver.executableQuery(GraphState.BUMP_REVISION).execute();

        GraphProjection d = direct();
        assertEqual(d, bolt());

        SupplyGraph g = d.graph();
        int parallel = g.findSupplyLink("IT-RDR-C1", "IT-RDR-F2");
        assertThat(g.commodities().get(g.commodity(parallel))).isEqualTo("cocoa"); // smallest code, any order
        assertThat(g.share(parallel)).isEqualTo(0.5);
        assertThat(d.facts().edgeKg()[parallel]).isEqualTo(3000.0);
        assertThat(g.findSupplyLink("IT-RDR-C1", "IT-RDR-C2")).isNotNegative();
        assertThat(g.share(g.findSupplyLink("IT-RDR-F2", "IT-RDR-F1"))).isEqualTo(1.0);
        assertThat(g.edge(g.find("IT-RDR-F2"), g.find("IT-RDR-C2"))).isNegative(); // facility → company: left out
        assertThat(g.isFinancing(g.edge(g.find("IT-RDR-K"), g.find("IT-RDR-C1")))).isTrue();
        assertThat(g.find("IT-RDR-X")).isNegative();
        int f1 = g.find("IT-RDR-F1");
        assertThat(d.facts().throughputKg()[f1]).isEqualTo(20_000.0);
        assertThat(d.facts().certificationsOf(f1)).containsExactly("Rainforest Alliance");
        assertThat(d.synthetic()[g.find("IT-RDR-C2")]).isTrue();
        // indicators without a source or optional fields, out of id order in the store: read without Cypher (ADR 0019)
        IndicatorView i0 = d.indicators().stream().filter(i -> i.id().equals("IT-RDR-I0")).findFirst().orElseThrow();
        IndicatorView i1 = d.indicators().stream().filter(i -> i.id().equals("IT-RDR-I1")).findFirst().orElseThrow();
        assertThat(d.indicators().indexOf(i0)).isLessThan(d.indicators().indexOf(i1));
        assertThat(i1.source()).isNull();
        assertThat(i1.proxy()).isFalse();
        assertThat(i1.stages()).isEmpty();
        assertThat(i0.stages()).containsExactly("extraction");
        assertThat(i0.observedYear()).isEqualTo(2021);
    }

    /** Every field, in vertex order: the two reads must agree on numbering, not only on content. */
    static void assertEqual(GraphProjection actual, GraphProjection expected) {
        assertThat(actual.revision()).isEqualTo(expected.revision());
        assertThat(edges(actual.graph())).isEqualTo(edges(expected.graph()));
        assertThat(actual.graph().commodities()).isEqualTo(expected.graph().commodities());
        assertThat(actual.names()).containsExactly(expected.names());
        assertThat(actual.sectors()).containsExactly(expected.sectors());
        assertThat(actual.kinds()).containsExactly(expected.kinds());
        assertThat(actual.covenants()).isEqualTo(expected.covenants());
        assertThat(actual.countries()).containsExactly(expected.countries());
        assertThat(actual.regions()).containsExactly(expected.regions());
        assertThat(actual.commodities()).isEqualTo(expected.commodities());
        assertThat(actual.synthetic()).containsExactly(expected.synthetic());
        assertThat(actual.indicators()).isEqualTo(expected.indicators());
        assertThat(actual.facilityIndicators()).isDeepEqualTo(expected.facilityIndicators());
        assertThat(actual.commodityInfo()).isEqualTo(expected.commodityInfo());
        ChainFacts a = actual.facts();
        ChainFacts e = expected.facts();
        assertThat(a.throughputKg()).containsExactly(e.throughputKg());
        assertThat(a.throughputEur()).containsExactly(e.throughputEur());
        assertThat(a.edgeKg()).containsExactly(e.edgeKg());
        assertThat(a.edgeEur()).containsExactly(e.edgeEur());
        assertThat(a.certifications()).isEqualTo(e.certifications());
        assertThat(a.sourceIndicators()).isEqualTo(e.sourceIndicators());
    }

    /** Vertices with kind and membership, each followed by its edges by index: commodity index, share, financing. */
    static List<String> edges(SupplyGraph g) {
        List<String> out = new ArrayList<>();
        for (int v = 0; v < g.vertexCount(); v++) {
            out.add(v + " " + g.id(v) + " " + g.kind(v) + " member=" + g.isMember(v));
            for (int x = g.outStart(v); x < g.outStart(v) + g.outDegree(v); x++) {
                out.add("  " + x + " -> " + g.target(x) + " c" + g.commodity(x) + " " + g.share(x)
                        + (g.isFinancing(x) ? " financing" : ""));
            }
        }
        return out;
    }

}

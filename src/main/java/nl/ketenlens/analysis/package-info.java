/**
 * Framework-free leverage analysis over a compact supply graph: collective reach, risk-flow betweenness,
 * chokepoints (dominators), minimum vertex cuts, engagement plans (greedy max coverage) and working groups,
 * each with what-if masks. Plain Java and JGraphT only: no Spring, no Neo4j. Definitions: {@code docs/leverage.md}.
 */
package nl.ketenlens.analysis;

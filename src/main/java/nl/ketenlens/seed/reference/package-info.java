/**
 * Real public reference data (countries, regions, commodities, risk themes, sources, risk indicators, sectors,
 * covenants) read from {@code seed-data/reference/} on the classpath and written to the graph.
 *
 * <p>Entry points: {@link nl.ketenlens.seed.reference.ReferenceDataReader#read()} and
 * {@link nl.ketenlens.seed.reference.ReferenceDataWriter#write(ReferenceData)}. Severity and likelihood of every
 * indicator come from the documented rules in {@link nl.ketenlens.seed.reference.SeverityRules}; see
 * {@code docs/seed-data.md}.
 */
package nl.ketenlens.seed.reference;

/**
 * The graph model and what every feature shares about the store: labels, relationship types and keys
 * ({@link nl.ketenlens.graph.Schema}), the row records, the revision ({@link nl.ketenlens.graph.GraphState}), the
 * one {@link nl.ketenlens.graph.IndicatorWriter}, and the projection into memory ({@code graph.projection}).
 */
package nl.ketenlens.graph;

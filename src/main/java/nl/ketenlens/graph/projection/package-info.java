/**
 * Neo4j → in-memory compact graph with attributes, built by one streaming builder and cached per graph revision.
 */
package nl.ketenlens.graph.projection;

/**
 * The one RFC 4180 CSV reader, shared by import ({@code ingest}) and the reference seed ({@code seed.reference}):
 * plain Java, no Spring, no Neo4j, no imports from other Ketenlens packages.
 */
package nl.ketenlens.csv;

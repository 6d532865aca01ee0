/** The Neo4j store: embedded engine or NEO4J_URI server, versioned schema migrations applied at start, and the seed steps of an empty store. */
package nl.ketenlens.store;

/** Reference lookups over the graph: companies, facilities, countries with their indicators and sources, covenants with member counts. */
package nl.ketenlens.catalog;

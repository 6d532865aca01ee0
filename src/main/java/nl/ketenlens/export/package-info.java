/**
 * A company's own chain, or the aggregate sector graph of a covenant or sector, as a file for Gephi, yEd or Graphviz:
 * GraphML, GEXF, DOT, CSV, written by jgrapht-io.
 */
package nl.ketenlens.export;

/** A company's own chain as a file for Gephi, yEd or Graphviz: GraphML, GEXF, DOT, CSV, written by jgrapht-io. */
package nl.ketenlens.export;

/** What is in the graph, for the UI's opening page: counts per kind, indicators per theme with coverage. */
package nl.ketenlens.overview;

/** Coverage as a fact: for every theme × country, whether the graph has data, from which source and year. */
package nl.ketenlens.coverage;

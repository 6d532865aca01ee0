/** First-start seeding: the real reference data (with provenance) and the labelled synthetic demo network, as store seed steps. */
package nl.ketenlens.seed;

/** Deterministic generator of fictional Dutch supply networks (demo data and large benchmark networks). */
package nl.ketenlens.synthetic;

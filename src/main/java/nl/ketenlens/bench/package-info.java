/**
 * Benchmarks and what only they need (random layered graphs, heap meter, reference risk without a store); the
 * logic behind the {@code bench-*} commands. Only {@code cli} imports this package.
 */
package nl.ketenlens.bench;

/** Sector leverage: resolves a covenant, sector or company selection on the current projection and runs the analysis kernels (reach, betweenness, chokepoints, cuts, plan, groups) with what-if. */
package nl.ketenlens.leverage;

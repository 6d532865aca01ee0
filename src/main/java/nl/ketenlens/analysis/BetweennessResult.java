package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Risk-flow betweenness of every vertex (see {@link RiskFlowBetweenness}). When {@link #sampled()} the scores are
 * estimates from {@link #pivots()} sources and {@link #errorBound()} bounds the error of each normalized score at
 * 95 % confidence; exact results have error bound 0.
 *
 * @see RiskFlowBetweenness
 */
public final class BetweennessResult {
    private final LeverageInput input;
    private final double[] score;
    private final double[] normalized;
    private final double totalExposure;
    private final boolean sampled;
    private final int pivots;
    private final double errorBound;

    BetweennessResult(LeverageInput input, double[] score, double[] normalized, double totalExposure,
                      boolean sampled, int pivots, double errorBound) {
        this.input = input;
        this.score = score;
        this.normalized = normalized;
        this.totalExposure = totalExposure;
        this.sampled = sampled;
        this.pivots = pivots;
        this.errorBound = errorBound;
    }

    public double score(int vertex) {
        return score[vertex];
    }

    public double normalized(int vertex) {
        return normalized[vertex];
    }

    /** W: the risk-weighted exposure the scores are normalized by. */
    public double totalExposure() {
        return totalExposure;
    }

    public boolean sampled() {
        return sampled;
    }

    /** Number of source companies actually traversed. */
    public int pivots() {
        return pivots;
    }

    /** 95 % bound on |estimated − exact| of each normalized score; 0 when exact. */
    public double errorBound() {
        return errorBound;
    }

    /** Facilities with a positive score, highest first (ties by id), at most {@code limit}. */
    public List<FacilityScore> ranking(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        SupplyGraph g = input.graph();
        List<FacilityScore> out = new ArrayList<>();
        Comparator<Integer> order = Comparator.<Integer>comparingDouble(v -> -score[v]).thenComparing(g::id);
        for (int v : Top.of(score.length, v -> score[v] > 0 && !g.company[v], order, limit)) {
            out.add(new FacilityScore(v, g.id(v), score[v], normalized[v]));
        }
        return List.copyOf(out);
    }

    /**
     * The selected companies with a positive dependency on {@code vertex}, largest first. Exact even for a sampled
     * result: one BFS per company upstream of the facility.
     */
    public BetweennessExplanation explain(int vertex) {
        SupplyGraph g = input.graph();
        g.checkVertex(vertex);
        List<CompanyFlow> flows = new ArrayList<>();
        if (!input.mask()[vertex]) {
            int[] up = new Bfs(g, input.mask()).up(vertex);
            Arrays.sort(up);
            RiskFlowBetweenness.Acc acc = new RiskFlowBetweenness.Acc(g, input.mask());
            for (int s : up) {
                if (s == vertex || !input.selection().contains(s)) {
                    continue;
                }
                double mass = acc.dependencies(s, input.risk().raw(), vertex);
                double d = acc.watchedDelta();
                acc.reset();
                if (d > 0) {
                    flows.add(new CompanyFlow(g.id(s), d, mass > 0 ? d / mass : 0));
                }
            }
        }
        flows.sort(Comparator.comparingDouble(CompanyFlow::dependency).reversed()
                .thenComparing(CompanyFlow::companyId));
        return new BetweennessExplanation(g.id(vertex), score[vertex], normalized[vertex], flows.size(), flows);
    }
}

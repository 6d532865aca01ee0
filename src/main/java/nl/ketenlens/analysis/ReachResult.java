package nl.ketenlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collective reach of every facility (see {@link CollectiveReach} for the definitions). Companies and engaged
 * facilities have reach 0. Ranking: most companies first, then most share flow, most members, then id.
 */
public final class ReachResult {
    private final LeverageInput input;
    private final int[] companies;
    private final int[] members;
    private final double[] shareFlow;

    ReachResult(LeverageInput input, int[] companies, int[] members, double[] shareFlow) {
        this.input = input;
        this.companies = companies;
        this.members = members;
        this.shareFlow = shareFlow;
    }

    public int companies(int vertex) {
        return companies[vertex];
    }

    public int members(int vertex) {
        return members[vertex];
    }

    public double shareFlow(int vertex) {
        return shareFlow[vertex];
    }

    int[] rawCompanies() {
        return companies;
    }

    /** Σ_t r(t) · companies(t): the risk-weighted count of (company, reachable target) pairs. */
    double exposure(double[] r) {
        double total = 0;
        for (int v = 0; v < companies.length; v++) {
            total += r[v] * companies[v];
        }
        return total;
    }

    public FacilityReach get(int vertex) {
        return new FacilityReach(vertex, input.graph().id(vertex), companies[vertex], members[vertex],
                shareFlow[vertex]);
    }

    /** Facilities reached by at least one company, best first, at most {@code limit} of them. */
    public List<FacilityReach> ranking(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        SupplyGraph g = input.graph();
        Comparator<Integer> order = Comparator.<Integer>comparingInt(v -> -companies[v])
                .thenComparingDouble(v -> -shareFlow[v])
                .thenComparingInt(v -> -members[v])
                .thenComparing(g::id);
        List<FacilityReach> out = new ArrayList<>();
        for (int v : Top.of(companies.length, v -> companies[v] > 0, order, limit)) {
            out.add(get(v));
        }
        return List.copyOf(out);
    }

    /** Which companies (and members) reach {@code vertex}; one reverse BFS, {@code O(upstream size)}. */
    public ReachExplanation explain(int vertex) {
        SupplyGraph g = input.graph();
        g.checkVertex(vertex);
        List<String> ids = new ArrayList<>();
        List<String> memberIds = new ArrayList<>();
        if (!input.mask()[vertex]) {
            Selection sel = input.selection();
            int[] up = new Bfs(g, input.mask()).up(vertex);
            java.util.Arrays.sort(up);
            for (int v : up) {
                if (v != vertex && sel.contains(v)) {
                    ids.add(g.id(v));
                    if (g.member[v]) {
                        memberIds.add(g.id(v));
                    }
                }
            }
        }
        return new ReachExplanation(g.id(vertex), ids.size(), memberIds.size(), shareFlow[vertex], ids, memberIds);
    }
}

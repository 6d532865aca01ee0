package nl.ketenlens.analysis;

/**
 * Everything a leverage metric reads: the graph, the selected companies, the risk profile and the what-if mask.
 * Validated once here so every metric can trust it. Derived structures (the strongly connected components of the
 * unmasked graph) are computed lazily and shared by the metrics that run on the same input.
 */
public final class LeverageInput {
    private final SupplyGraph graph;
    private final Selection selection;
    private final RiskProfile risk;
    private final Engagement engaged;
    private final boolean[] mask;
    private volatile Condensation condensation;
    private ReachResult reach;

    public LeverageInput(SupplyGraph graph, Selection selection, RiskProfile risk, Engagement engaged) {
        if (graph == null || selection == null || risk == null || engaged == null) {
            throw new IllegalArgumentException("graph, selection, risk and engagement are required");
        }
        if (engaged.hasReplacedLinks()) {
            throw new IllegalArgumentException("leverage masks engaged facilities only, not replaced links: " + engaged);
        }
        if (risk.raw().length != graph.vertexCount()) {
            throw new IllegalArgumentException("risk profile belongs to another graph");
        }
        for (int c : selection.raw()) {
            graph.checkVertex(c);
        }
        this.graph = graph;
        this.selection = selection;
        this.risk = risk;
        this.engaged = engaged;
        this.mask = engaged.toMask(graph.vertexCount());
    }

    public static LeverageInput of(SupplyGraph graph, Selection selection, RiskProfile risk) {
        return new LeverageInput(graph, selection, risk, Engagement.none());
    }

    /** What-if: the same input with these facilities engaged (no graph rebuild). */
    public LeverageInput withEngaged(Engagement engagement) {
        return new LeverageInput(graph, selection, risk, engagement);
    }

    /** What-if: the same input with another risk profile (e.g. an indicator added). */
    public LeverageInput withRisk(RiskProfile profile) {
        return new LeverageInput(graph, selection, profile, engaged);
    }

    public SupplyGraph graph() {
        return graph;
    }

    public Selection selection() {
        return selection;
    }

    public RiskProfile risk() {
        return risk;
    }

    public Engagement engaged() {
        return engaged;
    }

    /** {@code true} where the vertex is engaged, i.e. removed. Shared, do not modify. */
    boolean[] mask() {
        return mask;
    }

    /** Selected companies that are active (companies are never masked, so all of them). */
    int[] sources() {
        return selection.raw();
    }

    /** Collective reach of this input, computed once and shared by the metrics that need reach counts. */
    synchronized ReachResult reach() {
        if (reach == null) {
            reach = CollectiveReach.compute(this);
        }
        return reach;
    }

    /** Whether {@link #reach()} is already known (then a kernel need not count reach on the way). */
    synchronized boolean hasReach() {
        return reach != null;
    }

    /** Keeps {@code counted} as this input's reach unless one is already known (both would be equal). */
    synchronized void offerReach(ReachResult counted) {
        if (reach == null) {
            reach = counted;
        }
    }

    /**
     * Computes the strongly connected components now rather than on first use, so that a benchmark can time them
     * apart; returns this input.
     */
    public LeverageInput condense() {
        condensation();
        return this;
    }

    Condensation condensation() {
        Condensation c = condensation;
        if (c == null) {
            synchronized (this) {
                c = condensation;
                if (c == null) {
                    c = Condensation.of(graph, mask);
                    condensation = c;
                }
            }
        }
        return c;
    }
}

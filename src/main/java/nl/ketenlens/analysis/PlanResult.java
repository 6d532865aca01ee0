package nl.ketenlens.analysis;

import java.util.List;

/**
 * An engagement plan (see {@link EngagementPlan}). {@code steps} may be shorter than the budget when every
 * exposure pair is covered earlier.
 *
 * @param totalExposure  W = Σ over (company, reachable risk-bearing facility) pairs of the facility's risk weight
 * @param curve          coverage curve: covered share after 1, 2, … facilities
 * @param guarantee      the approximation guarantee, stated for readers
 * @param exactInitialGains whether the first-round keys were exact gains; false since the keys are upper bounds,
 *                          each refined to its exact gain before it can be chosen (the plan is greedy's either way)
 */
public record PlanResult(int budget, double totalExposure, List<PlanStep> steps, List<Double> curve,
                         String guarantee, boolean exactInitialGains) {
    public PlanResult {
        steps = List.copyOf(steps);
        curve = List.copyOf(curve);
    }
}

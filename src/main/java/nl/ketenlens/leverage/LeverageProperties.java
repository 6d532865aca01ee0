package nl.ketenlens.leverage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the leverage engine.
 *
 * @param betweennessWorkBudget steps exact betweenness may take, counted over the part of the graph each company
 *                              reaches ({@code RiskFlowBetweenness.work}); above it, pivots are sampled and the
 *                              error bound is reported
 * @param samplingSeed          seed of the pivot sample, so repeated questions give the same answer
 */
@ConfigurationProperties("ketenlens.leverage")
public record LeverageProperties(@DefaultValue("5000000000") long betweennessWorkBudget,
                                 @DefaultValue("42") long samplingSeed) {
}

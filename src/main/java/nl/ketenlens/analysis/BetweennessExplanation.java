package nl.ketenlens.analysis;

import java.util.List;

/**
 * Which companies route risk-weighted shortest paths through a facility. WHO ({@code companies}) is kept apart from
 * HOW MANY ({@code companyCount}) and HOW MUCH ({@code normalized}).
 */
public record BetweennessExplanation(String facilityId, double score, double normalized, int companyCount,
                                     List<CompanyFlow> companies) {
    public BetweennessExplanation {
        companies = List.copyOf(companies);
    }
}

package nl.ketenlens.exposure;

import java.util.List;
import nl.ketenlens.risk.SourceView;

/**
 * The part of a company's exposure a sector briefing aggregates: its salient issues (without ranks, path counts,
 * shares or wording), its blind spots and whether synthetic data is involved. One breadth-first search, no path
 * enumeration and no sector context: what {@link ExposureAnalyzer#analyze} computes besides these is what makes a
 * full report cost more. The issues and blind spots are those of the full report for the same company, depth and
 * theme (same keys, same strongest indicator, same facilities and sources, in the same order).
 *
 * @param issues      one per issue key, in breadth-first order of the first facility carrying it
 * @param blindSpots  as in the full report
 */
public record MemberExposure(String companyId, List<Issue> issues, List<BlindSpot> blindSpots,
                             boolean syntheticData) {

    /**
     * One salient issue of the member: the key, the strongest indicator behind it (severity, likelihood, risk
     * weight) and the facilities and sources behind it.
     */
    public record Issue(String key, String theme, String country, String commodity, double severity,
                        double likelihood, double riskWeight, List<String> facilityIds, List<SourceView> sources) {
    }
}

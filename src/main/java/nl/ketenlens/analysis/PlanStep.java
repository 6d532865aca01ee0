package nl.ketenlens.analysis;

import java.util.List;

/**
 * One facility of an engagement plan. WHO ({@code companyIds}: the selected companies upstream of the facility) is
 * kept apart from HOW MANY ({@code companies}, {@code targets}) and HOW MUCH (gain and shares).
 *
 * @param gain            risk-weighted exposure newly covered by this facility
 * @param coveredExposure cumulative covered exposure after this step
 * @param coveredShare    {@code coveredExposure / total exposure}, the coverage curve value at this rank
 * @param targets         risk-bearing facilities downstream of it (itself included)
 */
public record PlanStep(int rank, int vertex, String facilityId, double gain, double coveredExposure,
                       double coveredShare, int companies, int targets, List<String> companyIds) {
    public PlanStep {
        companyIds = List.copyOf(companyIds);
    }
}

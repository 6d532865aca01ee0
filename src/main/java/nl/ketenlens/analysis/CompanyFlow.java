package nl.ketenlens.analysis;

/**
 * One company's part in a facility's explanation.
 *
 * @param dependency    the company's risk-weighted dependency on the facility (Brandes' δ_s(v))
 * @param exposureShare that dependency as a share of the company's own risk-weighted exposure, in [0,1]
 */
public record CompanyFlow(String companyId, double dependency, double exposureShare) {
}

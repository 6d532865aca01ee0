package nl.ketenlens.leverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.ketenlens.access.CompanyCount;

/**
 * The set of companies an analysis ran over. {@code companyIds} (who) is kept apart from the counts (how
 * many); it is null, and left out of the JSON, for a viewer who may not see identities.
 *
 * @param by    {@code sector}, {@code covenant} or {@code companies}
 * @param value the sector or covenant code, or "N companies" for an explicit list
 */
public record SelectionSummary(String by, String value, CompanyCount companyCount, CompanyCount memberCount,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<String> companyIds) {
}

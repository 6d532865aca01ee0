package nl.ketenlens.leverage;

import java.util.List;

/**
 * The set of companies an analysis ran over. {@code companyIds} (who) is kept apart from the counts (how
 * many) so a role filter can hide identities.
 *
 * @param by    {@code sector}, {@code covenant} or {@code companies}
 * @param value the sector or covenant code, or the company ids joined by commas
 */
public record SelectionSummary(String by, String value, int companyCount, int memberCount,
                               List<String> companyIds) {
}

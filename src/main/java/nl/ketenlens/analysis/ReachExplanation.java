package nl.ketenlens.analysis;

import java.util.List;

/**
 * Why a facility has its reach: WHO ({@code companyIds}, {@code memberIds}) kept apart from HOW MANY
 * ({@code companyCount}, {@code memberCount}) so a role filter can drop identities and keep the counts.
 */
public record ReachExplanation(String facilityId, int companyCount, int memberCount, double shareFlow,
                               List<String> companyIds, List<String> memberIds) {
    public ReachExplanation {
        companyIds = List.copyOf(companyIds);
        memberIds = List.copyOf(memberIds);
    }
}

package nl.ketenlens.analysis;

import java.util.List;

/**
 * Working-group suggestion (see {@link WorkingGroups}): groups of two or more companies, largest first, and the
 * companies left alone (no partner above the threshold, or no risk-bearing facility in reach).
 */
public record GroupsResult(double threshold, List<WorkingGroup> groups, int ungrouped, List<String> ungroupedIds) {
    public GroupsResult {
        groups = List.copyOf(groups);
        ungroupedIds = List.copyOf(ungroupedIds);
    }
}

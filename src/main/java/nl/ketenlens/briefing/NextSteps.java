package nl.ketenlens.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recommended next steps generated from the figures, each tied to an OECD due-diligence step (2 identify,
 * 3 prevent and mitigate, 4 track, 5 communicate, 6 remediate; step 1, embedding, is the covenant itself).
 * A step appears only when its figure exists; its wording lives in the message bundles ({@code step.*}).
 */
final class NextSteps {

    /** Themes where remediation (OECD step 6) must be planned alongside mitigation. */
    private static final Set<String> REMEDY_THEMES = Set.of("child_labour", "forced_labour", "land_rights", "conflict");
    static final double KNOWN_SHARE_TARGET = 0.8;

    private NextSteps() {
    }

    static List<Briefing.Step> of(Briefing b, Briefing.Changes changes) {
        List<Briefing.Step> steps = new ArrayList<>();
        List<Briefing.IssueRow> issues = b.issues().ranked();
        if (!issues.isEmpty()) {
            Briefing.IssueRow top = issues.get(0);
            steps.add(new Briefing.Step(2, "step.jointIssue", List.of(top.theme(), top.commodity(), top.country(),
                    count(top.companies()), top.severity())));
        }
        List<Briefing.PlanRow> plan = b.leverage().plan();
        if (!plan.isEmpty() && plan.get(0).facilityId() != null) {
            Briefing.PlanRow first = plan.get(0);
            List<Double> curve = b.leverage().curve();
            steps.add(new Briefing.Step(3, "step.firstFacility", List.of(first.name(), first.country(),
                    first.coveredShare(), plan.size(), curve.get(curve.size() - 1))));
        }
        b.leverage().cuts().stream().filter(c -> c.separable() && !c.facilityNames().isEmpty()).findFirst().ifPresent(c ->
                steps.add(new Briefing.Step(3, "step.cut", List.of(c.hotspot(), c.cutSize(),
                        String.join(", ", c.facilityNames().subList(0, Math.min(3, c.facilityNames().size())))
                                + (c.facilityNames().size() > 3 ? ", \u2026" : "")))));
        b.leverage().groups().stream().findFirst().filter(g -> !g.sharedHotspots().isEmpty()).ifPresent(g ->
                steps.add(new Briefing.Step(3, "step.group", List.of(b.leverage().groups().size(),
                        count(g.companies()), g.sharedHotspots().get(0)))));
        if (!b.chains().blindSpots().isEmpty()) {
            Briefing.BlindSpotRow s = b.chains().blindSpots().get(0);
            steps.add(s.expectedRisk() == null
                    ? new Briefing.Step(2, "step.blindSpotUnknown", List.of(s.commodity(), count(s.companies())))
                    : new Briefing.Step(2, "step.blindSpot", List.of(s.commodity(), count(s.companies()),
                            s.expectedTheme(), s.expectedCountry(), s.expectedRisk())));
        }
        Double known = b.chains().knownShare();
        if (known != null && known < KNOWN_SHARE_TARGET) {
            steps.add(new Briefing.Step(2, "step.shares", List.of(known, KNOWN_SHARE_TARGET)));
        }
        issues.stream().filter(i -> REMEDY_THEMES.contains(i.theme())).findFirst().ifPresent(i ->
                steps.add(new Briefing.Step(6, "step.remedy", List.of(i.theme(), i.commodity(), i.country()))));
        if (changes == null) {
            steps.add(new Briefing.Step(4, "step.trackFirst", List.of()));
        } else if (changes.coverageAfter() != null && changes.coverageBefore() != null) {
            steps.add(new Briefing.Step(4, "step.trackProgress", List.of(changes.coverageBefore(),
                    changes.coverageAfter(), changes.newIssues().size())));
        }
        steps.add(new Briefing.Step(5, "step.communicate", List.of()));
        return steps;
    }

    /** A company count as an argument: the number, or -1 for "fewer than k" (the wording picks it up). */
    private static int count(Briefing.Count c) {
        return c.suppressed() ? -1 : c.value();
    }
}

package nl.ketenlens.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between a previous briefing and this one: issues that entered or left the ranked list, top
 * facilities whose rank moved (or that entered or left the list), plan coverage and the share of links with a
 * known volume share. Both briefings are aggregate, so the difference is too.
 */
final class SinceDiff {

    private SinceDiff() {
    }

    static Briefing.Changes changes(Briefing before, Briefing now) {
        Set<String> was = keys(before);
        Set<String> is = keys(now);
        List<String> added = now.issues().ranked().stream().map(Briefing.IssueRow::key).filter(k -> !was.contains(k)).toList();
        List<String> gone = before.issues().ranked().stream().map(Briefing.IssueRow::key).filter(k -> !is.contains(k)).toList();
        return new Briefing.Changes(before.cover().date(), before.cover().graphRevision(), added, gone,
                moves(before, now), last(before.leverage().curve()), last(now.leverage().curve()),
                before.chains().knownShare(), now.chains().knownShare());
    }

    private static Set<String> keys(Briefing b) {
        return b.issues().ranked().stream().map(Briefing.IssueRow::key).collect(Collectors.toSet());
    }

    private static List<Briefing.RankMove> moves(Briefing before, Briefing now) {
        Map<String, Briefing.FacilityRow> old = new LinkedHashMap<>();
        before.leverage().facilities().forEach(f -> old.put(f.facilityId(), f));
        List<Briefing.RankMove> moves = new ArrayList<>();
        for (Briefing.FacilityRow f : now.leverage().facilities()) {
            Briefing.FacilityRow o = old.remove(f.facilityId());
            if (o == null || o.rank() != f.rank()) {
                moves.add(new Briefing.RankMove(f.facilityId(), f.name(), o == null ? null : o.rank(), f.rank()));
            }
        }
        old.values().forEach(o -> moves.add(new Briefing.RankMove(o.facilityId(), o.name(), o.rank(), null)));
        return moves;
    }

    private static Double last(List<Double> curve) {
        return curve == null || curve.isEmpty() ? null : curve.get(curve.size() - 1);
    }
}

package nl.ketenlens.ingest;

import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.ForbiddenException;
import nl.ketenlens.graph.LinkRow;
import org.neo4j.driver.SimpleQueryRunner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a viewer may import (issue 8): the admin anything; a company user only its own supplier data. For a
 * company user the <em>scope</em> is its company, the facilities it reaches in the graph, and the suppliers of this
 * file's valid links whose buyer is already in scope (so a multi-tier file works in one go, whatever its row order).
 * Then:
 * <ul>
 *   <li>kinds: links, facilities, osh, cmrt, emrt; anything else (companies, risks) is 403 naming the kind;</li>
 *   <li>links: the buyer must be in scope, the supplier a facility;</li>
 *   <li>facilities (also those of osh, cmrt, emrt): new ones may be added, an existing one updated only if it is
 *       in scope (a merge by OS ID, CID or name counts as an update of the facility it resolves to);</li>
 *   <li>{@code --buyer} (osh) and {@code --supplier} (cmrt, emrt) must be in scope.</li>
 * </ul>
 * Errors never tell an id outside the scope apart from an unknown one ("not in your chain" for both), so a company
 * user cannot probe which company exists or which facility another company reaches. (Facility identities are
 * public, issue 8; the check for an existing facility therefore may name it.)
 */
final class ImportScope {
    static final String RULE = "own-supplier-data";
    static final ImportScope ANYTHING = new ImportScope(null);
    private static final Set<ImportKind> COMPANY_KINDS = EnumSet.of(ImportKind.LINKS, ImportKind.FACILITIES,
            ImportKind.OSH, ImportKind.CMRT, ImportKind.EMRT);

    /** The company whose supplier data may be imported; null when anything may be. */
    private final String companyId;

    private ImportScope(String companyId) {
        this.companyId = companyId;
    }

    /** The scope of {@code viewer} for {@code kind}; 403 when the viewer may not import that kind at all. */
    static ImportScope of(Viewer viewer, ImportKind kind) {
        if (viewer.isAdmin()) {
            return ANYTHING;
        }
        if (viewer.role() != Role.COMPANY) {
            throw new ForbiddenException(RULE, "kind", "only the administrator and company users import data");
        }
        if (!COMPANY_KINDS.contains(kind)) {
            throw new ForbiddenException(RULE, "kind", "a company user imports its own supplier data (links, "
                    + "facilities, osh, cmrt, emrt); '" + kind.id() + "' files are imported by the administrator");
        }
        return new ImportScope(viewer.companyId());
    }

    boolean restricted() {
        return companyId != null;
    }

    /** {@code --buyer} (osh) and {@code --supplier} (cmrt, emrt) must be the company itself or in its chain. */
    List<ImportError> checkOptions(SimpleQueryRunner q, ImportKind kind, ImportOptions options) {
        String id = kind == ImportKind.OSH ? options.buyerId() : kind.workbook() ? options.supplierId() : null;
        if (!restricted() || id == null || id.equals(companyId) || ChainReach.of(q, companyId).contains(id)) {
            return List.of();
        }
        return List.of(new ImportError(0, kind == ImportKind.OSH ? "--buyer" : "--supplier", notInChain()));
    }

    /**
     * Links: every buyer in scope, every supplier a facility. Runs on the parsed rows before the import transaction
     * (it rewrites the "unknown id" errors of {@link CrossRowChecks}, which only parsing may do); imports are
     * serialized, so the chain read here is the one the transaction sees.
     */
    void checkLinks(SimpleQueryRunner q, List<ParsedRow> rows, ReferenceLookup refs) {
        if (!restricted()) {
            return;
        }
        Set<String> scope = scope(ChainReach.of(q, companyId), rows);
        Set<String> facilities = refs.existingFacilities(rows.stream()
                .map(r -> r.link != null ? r.link : r.companyLink)
                .filter(l -> l != null && l.supplierId() != null).map(LinkRow::supplierId).toList());
        for (ParsedRow row : rows) {
            // a company supplier has been moved to companyLink by the cross-row checks; a company user may not link one
            LinkRow l = row.link != null ? row.link : row.companyLink;
            if (l == null) {
                continue;
            }
            if (l.buyerId() != null && !scope.contains(l.buyerId())) {
                row.errors.removeIf(e -> e.field().equals("buyer_id"));
                row.error("buyer_id", notInChain());
            }
            if (l.supplierId() != null && !facilities.contains(l.supplierId())) {
                // the same words for a company id and an unknown id: whether a company exists is not told
                row.errors.removeIf(e -> e.field().equals("supplier_id"));
                row.error("supplier_id", "'" + l.supplierId() + "' is not a known facility; a supplier must be a "
                        + "facility (add it with a facilities file first)");
            }
        }
    }

    /**
     * Facilities, in the import transaction after entity resolution and before the diff: an existing facility
     * outside the scope may not be changed, and an id a company already uses is refused without saying so.
     *
     * @param existing ids of the facilities in the graph the rows were resolved against
     */
    void checkFacilities(SimpleQueryRunner tx, List<ParsedRow> rows, Set<String> existing, String idColumn, int batchSize) {
        if (!restricted()) {
            return;
        }
        List<ParsedRow> valid = rows.stream().filter(r -> r.facility != null && r.valid()).toList();
        Set<String> companies = CrossLabelIds.companies(tx, valid.stream().map(r -> r.facility.id()).toList(), batchSize);
        Set<String> scope = scope(ChainReach.of(tx, companyId), rows);
        for (ParsedRow row : valid) {
            String id = row.facility.id();
            if (companies.contains(id)) {
                row.error(idColumn, "'" + id + "' is already in use as an id; choose another");
            } else if (existing.contains(id) && !scope.contains(id)) {
                row.error(idColumn, "facility '" + id + "' is not in your chain; a company user may add facilities "
                        + "and update those its company reaches");
            }
        }
    }

    /** The company, its chain, and whatever this file's valid links reach from those (breadth first). */
    private Set<String> scope(Set<String> chain, List<ParsedRow> rows) {
        Map<String, List<String>> suppliers = new HashMap<>();
        for (ParsedRow r : rows) {
            if (r.link != null && r.valid() && r.link.buyerId() != null && r.link.supplierId() != null) {
                suppliers.computeIfAbsent(r.link.buyerId(), b -> new ArrayList<>()).add(r.link.supplierId());
            }
        }
        Set<String> scope = new HashSet<>(chain);
        scope.add(companyId);
        Deque<String> todo = new ArrayDeque<>(scope);
        while (!todo.isEmpty()) {
            for (String s : suppliers.getOrDefault(todo.pop(), List.of())) {
                if (scope.add(s)) {
                    todo.push(s);
                }
            }
        }
        return scope;
    }

    /**
     * The same words whether the id is unknown, another company, or a facility only others reach; the id itself is
     * not repeated either (line and field point at it), so no answer depends on what lies outside the scope.
     */
    private String notInChain() {
        return "not your company (" + companyId + ") or a facility in your chain; a company user imports links whose "
                + "buyer is its own company or a facility it reaches (directly, or through an earlier link)";
    }
}

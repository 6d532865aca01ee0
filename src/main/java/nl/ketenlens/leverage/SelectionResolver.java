package nl.ketenlens.leverage;

import java.util.ArrayList;
import java.util.List;
import nl.ketenlens.analysis.Selection;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.NotFoundException;
import nl.ketenlens.catalog.CodeLookup;
import nl.ketenlens.graph.projection.GraphProjection;

/** Turns sector / covenant / company list into the analysis' company selection, naming what does not exist. */
final class SelectionResolver {

    private final CodeLookup codes;

    SelectionResolver(CodeLookup codes) {
        this.codes = codes;
    }

    /** The selection with its raw counts; {@link LeverageInputs} turns it into what the viewer may see. */
    record Resolved(Selection selection, String by, String value, int members, List<String> companyIds) {

        SelectionSummary summary(nl.ketenlens.access.Disclosure disclosure) {
            int size = selection.size();
            return new SelectionSummary(by, value, disclosure.count(size), disclosure.count(members, size),
                    disclosure.ids(companyIds));
        }
    }

    /**
     * A selection is buyers or financiers, never both (ADR 0017): a bank, insurer or pension fund reaches chains
     * through the companies it finances, so in a selection with those companies it would count a second time in every
     * reach count and weaken the k rule (three "companies" reaching a facility could be two buyers and a lender to
     * one of them). Financial institutions are therefore left out of a selection that also holds other companies; a
     * selection of financial institutions only (the banking, insurance or pension-fund covenant) stays as it is.
     */
    static int[] buyersOrFinanciers(GraphProjection p, int[] vertices) {
        int[] buyers = java.util.Arrays.stream(vertices).filter(v -> !financial(p.kinds()[v])).toArray();
        return buyers.length == 0 ? vertices : buyers;
    }

    private static boolean financial(String kind) {
        return kind != null && !"company".equals(kind);
    }

    Resolved resolve(GraphProjection p, LeverageRequest request) {
        int given = (request.sector() != null ? 1 : 0) + (request.covenant() != null ? 1 : 0)
                + (request.companies().isEmpty() ? 0 : 1);
        if (given != 1) {
            throw new BadRequestException("sector|covenant|companies",
                    "give exactly one of sector, covenant or companies");
        }
        SupplyGraph g = p.graph();
        List<Integer> chosen = new ArrayList<>();
        String by;
        String value;
        if (request.sector() != null) {
            codes.requireSector(request.sector());
            by = "sector";
            value = request.sector();
            for (int v : g.companies()) {
                if (request.sector().equals(p.sectors()[v])) {
                    chosen.add(v);
                }
            }
        } else if (request.covenant() != null) {
            codes.requireCovenant(request.covenant());
            by = "covenant";
            value = request.covenant();
            for (int v : g.companies()) {
                if (p.covenants().get(v).contains(request.covenant())) {
                    chosen.add(v);
                }
            }
        } else {
            by = "companies";
            // the ids themselves are in companyIds only, so a role filter that hides identities keeps this field
            value = request.companies().size() + " companies";
            for (String id : request.companies()) {
                int v = g.findCompany(id);
                if (v < 0) {
                    throw new NotFoundException("company", id);
                }
                chosen.add(v);
            }
        }
        int[] vertices = buyersOrFinanciers(p, chosen.stream().mapToInt(Integer::intValue).distinct().toArray());
        Selection selection = Selection.ofVertices(g, vertices);
        int members = 0;
        for (int v : vertices) {
            members += g.isMember(v) ? 1 : 0;
        }
        return new Resolved(selection, by, value, members, g.ids(vertices));
    }
}

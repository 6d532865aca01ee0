package nl.ketenlens.exposure;

import java.util.List;
import java.util.Set;
import nl.ketenlens.analysis.Engagement;
import nl.ketenlens.analysis.SupplyGraph;
import nl.ketenlens.api.BadRequestException;
import nl.ketenlens.api.Limits;

/**
 * One exposure question.
 *
 * @param companyId the company (or financial institution) asking
 * @param depth     how many supply tiers to follow, 1..{@value #MAX_DEPTH}
 * @param theme     only indicators of this risk theme count; null = all themes
 * @param engaged   what-if: facility ids whose own and upstream risk count as mitigated (paths through them stop)
 * @param replaced  what-if: supply links removed (the buyer replaces that supplier)
 * @param pathCap   how many paths are enumerated per facility before its count is marked capped
 */
public record ExposureRequest(String companyId, int depth, String theme, Set<String> engaged, List<Link> replaced,
                              int pathCap) {

    public static final int DEFAULT_DEPTH = 6;
    public static final int MAX_DEPTH = 12;
    public static final int DEFAULT_PATH_CAP = 100;

    public ExposureRequest {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new BadRequestException("depth", "must be 1.." + MAX_DEPTH + ", was " + depth);
        }
        Limits.requireAtMost("engaged", engaged, Limits.MAX_IDS);
        Limits.requireAtMost("replaced", replaced, Limits.MAX_IDS);
        if (pathCap < 1) {
            throw new BadRequestException("pathCap", "must be ≥ 1, was " + pathCap);
        }
        engaged = engaged == null ? Set.of() : Set.copyOf(engaged);
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    /** All themes, default depth, no what-if. */
    public static ExposureRequest of(String companyId) {
        return new ExposureRequest(companyId, DEFAULT_DEPTH, null, Set.of(), List.of(), DEFAULT_PATH_CAP);
    }

    public ExposureRequest withDepth(int newDepth) {
        return new ExposureRequest(companyId, newDepth, theme, engaged, replaced, pathCap);
    }

    public ExposureRequest withTheme(String newTheme) {
        return new ExposureRequest(companyId, depth, newTheme, engaged, replaced, pathCap);
    }

    public ExposureRequest withEngaged(Set<String> facilityIds) {
        return new ExposureRequest(companyId, depth, theme, facilityIds, replaced, pathCap);
    }

    public ExposureRequest withReplaced(List<Link> links) {
        return new ExposureRequest(companyId, depth, theme, engaged, links, pathCap);
    }

    public ExposureRequest withPathCap(int cap) {
        return new ExposureRequest(companyId, depth, theme, engaged, replaced, cap);
    }

    /** True when the request asks a what-if question. */
    public boolean whatIf() {
        return !engaged.isEmpty() || !replaced.isEmpty();
    }

    /**
     * The what-if as the shared {@link Engagement} mask over {@code g}: engaged facilities are not entered, replaced
     * links not followed. Unknown facilities or links are a {@link BadRequestException} naming them
     * (they come from the caller, so they are bad input, not a fault).
     */
    Engagement mask(SupplyGraph g) {
        if (!whatIf()) {
            return Engagement.none();
        }
        int[] facilities = new int[engaged.size()];
        int k = 0;
        for (String id : engaged) {
            int v = g.findFacility(id);
            if (v < 0) {
                throw new BadRequestException("engaged", "unknown facility '" + id + "'");
            }
            facilities[k++] = v;
        }
        int[] edges = new int[replaced.size()];
        k = 0;
        for (Link link : replaced) {
            int e = g.findSupplyLink(link.buyerId(), link.supplierId());
            if (e < 0) {
                throw new BadRequestException("replaced", "no supply link " + link);
            }
            edges[k++] = e;
        }
        return Engagement.ofVertices(g, facilities).withReplacedLinks(g, edges);
    }

    /** A supply link {@code buyer → supplier}, written {@code BUYER>SUPPLIER}. */
    public record Link(String buyerId, String supplierId) {

        /** Parses {@code BUYER>SUPPLIER}; anything else is a {@link BadRequestException} on {@code replaced}. */
        public static Link parse(String text) {
            int i = text == null ? -1 : text.indexOf('>');
            if (i <= 0 || i == text.length() - 1 || text.indexOf('>', i + 1) >= 0) {
                throw new BadRequestException("replaced", "a replaced link is written BUYER>SUPPLIER, was '" + text + "'");
            }
            return new Link(text.substring(0, i).strip(), text.substring(i + 1).strip());
        }

        @Override
        public String toString() {
            return buyerId + ">" + supplierId;
        }
    }
}

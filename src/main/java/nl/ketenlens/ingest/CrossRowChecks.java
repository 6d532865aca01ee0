package nl.ketenlens.ingest;

import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules that need more than one row: duplicate keys within the file, links to ids that are
 * neither in the file nor in the graph, duplicate external ids, and cycles (allowed, since
 * recycling loops exist, but reported as a warning). RMI rows naming the same CID for several
 * metals are folded into one smelter handling all of them.
 */
final class CrossRowChecks {
    private static final int CYCLE_MEMBERS_SHOWN = 6;
    private static final String LINK = "link (buyer, supplier, commodity)";

    private CrossRowChecks() {
    }

    static void apply(ImportKind kind, List<ParsedRow> rows, ReferenceLookup refs, List<String> warnings) {
        switch (kind) {
            case COMPANIES -> {
                duplicates(rows, r -> r.company == null ? null : r.company.id(), "company_id", "company");
                rows.forEach(r -> warnings.addAll(CompanyFormat.warnings(r, refs)));
            }
            case FACILITIES, OSH -> facilities(kind, rows);
            case CMRT, EMRT -> foldSmelters(rows, warnings);
            case RISKS -> duplicates(rows, r -> r.risk == null ? null : r.risk.id(), "theme",
                    "indicator for the same theme, place, commodity and source as");
            case LINKS -> {
                duplicates(rows, r -> r.link == null ? null : linkKey(r.link), "supplier_id", LINK);
                unknownIds(rows, refs);
            }
            case FINANCING -> {
                duplicates(rows, r -> r.financing == null ? null
                        : r.financing.financierId() + "\u0000" + r.financing.companyId(), "company_id", "financing link");
                FinancingStep.unknownIds(rows, refs);
            }
        }
        cycles(rows, warnings);
    }

    private static void facilities(ImportKind kind, List<ParsedRow> rows) {
        String idColumn = kind == ImportKind.OSH ? "os_id" : "facility_id";
        duplicates(rows, r -> r.facility == null ? null : r.facility.id(), idColumn, "facility");
        if (kind == ImportKind.FACILITIES) {
            externalIds(rows, FacilityRow::osId, "os_id", "OS ID");
            externalIds(rows, FacilityRow::rmiCid, "rmi_cid", "RMI CID");
        }
    }

    static String linkKey(LinkRow l) {
        return LinkStep.key(l.buyerId(), l.supplierId(), l.commodity());
    }

    /** The second and later rows with an already seen key are errors naming the first line. */
    private static void duplicates(List<ParsedRow> rows, Function<ParsedRow, String> key, String field, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (ParsedRow row : rows) {
            String k = key.apply(row);
            if (k == null) {
                continue;
            }
            Integer seen = first.putIfAbsent(k, row.line);
            if (seen != null) {
                duplicate(row, field, what, k, seen);
            }
        }
    }

    static void duplicate(ParsedRow row, String field, String what, String key, int firstLine) {
        row.error(field, "duplicate " + what + " '" + key.replace('\u0000', '/') + "' (first on line " + firstLine + ")");
    }

    /** The duplicate-link error of {@code row} whose key was first seen on {@code firstLine}. */
    static void duplicateLink(ParsedRow row, int firstLine) {
        duplicate(row, "supplier_id", LINK, linkKey(row.link), firstLine);
    }

    /** Two different facility ids with the same OS ID or CID in one file. */
    private static void externalIds(List<ParsedRow> rows, Function<FacilityRow, String> ext, String field, String what) {
        Map<String, ParsedRow> owner = new HashMap<>();
        for (ParsedRow row : rows) {
            String value = row.facility == null ? null : ext.apply(row.facility);
            if (value == null) {
                continue;
            }
            ParsedRow prev = owner.putIfAbsent(value, row);
            if (prev != null && !prev.facility.id().equals(row.facility.id())) {
                row.error(field, what + " '" + value + "' also given to facility '" + prev.facility.id()
                        + "' on line " + prev.line + ": two facilities cannot share an external id");
            }
        }
    }

    private static void unknownIds(List<ParsedRow> rows, ReferenceLookup refs) {
        Set<String> ids = new HashSet<>();
        for (ParsedRow r : rows) {
            if (r.link != null) {
                addIfPresent(ids, r.link.buyerId());
                addIfPresent(ids, r.link.supplierId());
            }
        }
        Set<String> companies = refs.existingCompanies(ids);
        Set<String> facilities = refs.existingFacilities(ids);
        for (ParsedRow r : rows) {
            LinkRow l = r.link;
            if (l == null) {
                continue;
            }
            if (l.buyerId() != null && !companies.contains(l.buyerId()) && !facilities.contains(l.buyerId())) {
                r.error("buyer_id", "unknown company or facility '" + l.buyerId() + "'");
            }
            if (l.supplierId() != null && companies.contains(l.supplierId())) {
                if (companies.contains(l.buyerId()) || facilities.contains(l.buyerId())) {
                    companySupplier(r, companies.contains(l.buyerId()));
                }
            } else if (l.supplierId() != null && !facilities.contains(l.supplierId())) {
                r.error("supplier_id", "unknown company or facility '" + l.supplierId() + "'");
            }
        }
    }

    /** A link row's buyer must be a known company or facility, its supplier a known facility. */
    static void unknownIds(ParsedRow r, Set<String> companies, Set<String> facilities) {
        LinkRow l = r.link;
        if (l == null) {
            return;
        }
        if (l.buyerId() != null && !companies.contains(l.buyerId()) && !facilities.contains(l.buyerId())) {
            r.error("buyer_id", "unknown company or facility '" + l.buyerId() + "'");
        }
        if (l.supplierId() != null && !facilities.contains(l.supplierId())) {
            r.error("supplier_id", companies.contains(l.supplierId())
                    ? "'" + l.supplierId() + "' is a company; suppliers must be facilities"
                    : "unknown facility '" + l.supplierId() + "'");
        }
    }

    /**
     * A company as supplier (ADR 0017): a Dutch company that also supplies another. Only a company may buy from a
     * company (a foreign facility buying from a Dutch company would put a company upstream of the facilities whose
     * risks the chain describes); the link moves to {@link ParsedRow#companyLink}, written by {@link CompanyLinkStep}.
     */
    private static void companySupplier(ParsedRow r, boolean buyerIsCompany) {
        if (buyerIsCompany) {
            r.companyLink = r.link;
            r.link = null;
        } else {
            r.error("supplier_id", "'" + r.link.supplierId() + "' is a company; only a company may buy from a company "
                    + "(a facility's suppliers are facilities)");
        }
    }

    private static void addIfPresent(Collection<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** Several rows for one CID (one per metal): the first row's facility handles all metals. */
    private static void foldSmelters(List<ParsedRow> rows, List<String> warnings) {
        Map<String, ParsedRow> first = new HashMap<>();
        Set<String> links = new HashSet<>();
        for (ParsedRow row : rows) {
            if (row.facility == null || !row.valid()) {
                continue;
            }
            ParsedRow owner = first.putIfAbsent(row.facility.id(), row);
            if (owner != null) {
                Set<String> metals = new LinkedHashSet<>(owner.facility.commodities());
                metals.addAll(row.facility.commodities());
                FacilityRow f = owner.facility;
                owner.facility = new FacilityRow(f.id(), f.name(), f.type(), f.country(), f.region(),
                        List.copyOf(metals), f.osId(), f.rmiCid(), f.synthetic());
                row.facility = null;
            }
            if (row.link != null && !links.add(linkKey(row.link))) {
                warnings.add(row.line + ": Smelter Identification: " + row.link.supplierId() + " listed twice for "
                        + row.link.commodity() + ", ignored");
                row.link = null;
            }
        }
    }

    /** Strongly connected components of more than one node among the file's valid links. */
    private static void cycles(List<ParsedRow> rows, List<String> warnings) {
        SupplyCycles graph = new SupplyCycles();
        for (ParsedRow r : rows) {
            addLink(graph, r);
        }
        cycleWarnings(graph, warnings);
    }

    /** Adds the row's link to the cycle search if the row is valid and the link joins two different nodes. */
    static void addLink(SupplyCycles graph, ParsedRow r) {
        LinkRow l = r.link != null ? r.link : r.companyLink;
        if (l != null && r.valid() && l.buyerId() != null && l.supplierId() != null
                && !l.buyerId().equals(l.supplierId())) {
            graph.add(l.buyerId(), l.supplierId());
        }
    }

    static void cycleWarnings(SupplyCycles graph, List<String> warnings) {
        for (List<String> scc : graph.cycles()) {
            List<String> members = new ArrayList<>(new java.util.TreeSet<>(scc));
            String shown = String.join(", ", members.subList(0, Math.min(CYCLE_MEMBERS_SHOWN, members.size())));
            warnings.add("0: links: supply cycle among " + scc.size() + " facilities (" + shown
                    + (members.size() > CYCLE_MEMBERS_SHOWN ? ", …" : "") + "); allowed, e.g. recycling, but check it");
        }
    }
}

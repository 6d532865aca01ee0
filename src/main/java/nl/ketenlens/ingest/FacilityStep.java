package nl.ketenlens.ingest;

import nl.ketenlens.graph.Batches;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import org.neo4j.driver.SimpleQueryRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Facilities: entity resolution, then diff and write.
 *
 * <p>Resolution: a row is the existing facility with its id; otherwise the one with its OS ID;
 * otherwise the one with its RMI CID; otherwise the only one with the same {@link NameKey} and
 * country whose external ids do not contradict the row's. A match under another id is a merge:
 * the row updates that facility (its id stays) and the report says so. An external id that
 * already belongs to a different facility than the one the row resolves to is an error, as are
 * two rows resolving to the same facility.
 *
 * <p>Properties: the {@code facilities} file is authoritative (values replaced, an empty region
 * clears it); OSH and RMI files describe a facility partly, so their empty values keep what is
 * there and their commodities are added. External ids are never cleared by an empty cell.
 */
final class FacilityStep implements WriteStep {
    private static final String PROJECTION = "f{.id, .name, .type, .country, .region, .commodities, .osId, .rmiCid, .synthetic, .nameKey}";
    private static final String BY_ID = byKey(Prop.ID);
    private static final String BY_OS = byKey(Prop.OS_ID);
    private static final String BY_CID = byKey(Prop.RMI_CID);
    private static final String BY_NAME = """
            UNWIND $keys AS k WITH k, k[0] AS n, k[1] AS c MATCH (f:%1$s {nameKey: n, country: c})
            USING INDEX f:%1$s(nameKey, country) RETURN k, %2$s AS p""".formatted(Label.FACILITY, PROJECTION);
    private static final String WRITE = """
            UNWIND $rows AS r
            MERGE (f:%1$s {id: r.id})
            SET f += r.props
            WITH f, r
            CALL (f) { OPTIONAL MATCH (f)-[x:%2$s|%3$s|%4$s]->() DELETE x }
            CALL (f, r) { MATCH (k:%5$s {iso2: r.props.country}) CREATE (f)-[:%2$s]->(k) }
            CALL (f, r) { MATCH (g:%6$s {code: r.props.region}) CREATE (f)-[:%3$s]->(g) }
            CALL (f, r) { UNWIND r.props.commodities AS code MATCH (m:%7$s {code: code}) CREATE (f)-[:%4$s]->(m) }"""
            .formatted(Label.FACILITY, Rel.LOCATED_IN, Rel.IN_REGION, Rel.HANDLES, Label.COUNTRY, Label.REGION,
                    Label.COMMODITY);

    /** Facilities whose {@code property} is one of {@code $keys}, through that property's index. */
    private static String byKey(String property) {
        return "UNWIND $keys AS k MATCH (f:%1$s {%2$s: k}) USING INDEX f:%1$s(%2$s) RETURN k, %3$s AS p"
                .formatted(Label.FACILITY, property, PROJECTION);
    }

    /** A check between entity resolution and the diff (a company user's scope, {@link ImportScope}). */
    @FunctionalInterface
    interface Gate {
        Gate OPEN = (tx, rows, existing, idColumn) -> { };

        /** May add errors to {@code rows}; {@code existing} are the graph's facilities the rows resolved against. */
        void check(SimpleQueryRunner tx, List<ParsedRow> rows, Set<String> existing, String idColumn);
    }

    private final ImportKind kind;
    private final int batchSize;
    private final Gate gate;
    private final List<Map<String, Object>> writes = new ArrayList<>();
    private final Map<String, Map<String, Object>> known = new HashMap<>();

    FacilityStep(ImportKind kind, int batchSize) {
        this(kind, batchSize, Gate.OPEN);
    }

    FacilityStep(ImportKind kind, int batchSize, Gate gate) {
        this.kind = kind;
        this.batchSize = batchSize;
        this.gate = gate;
    }

    private boolean partial() {
        return kind != ImportKind.FACILITIES;
    }

    @Override
    public void plan(SimpleQueryRunner tx, List<ParsedRow> rows, List<String> warnings) {
        List<ParsedRow> with = rows.stream().filter(r -> r.facility != null).toList();
        Map<Object, List<String>> byId = lookup(tx, BY_ID, with.stream().map(r -> (Object) r.facility.id()).toList());
        Map<Object, List<String>> byOs = lookup(tx, BY_OS, keys(with, f -> f.osId()));
        Map<Object, List<String>> byCid = lookup(tx, BY_CID, keys(with, f -> f.rmiCid()));
        Map<Object, List<String>> byName = lookup(tx, BY_NAME, with.stream()
                .filter(r -> r.facility.country() != null)
                .map(r -> (Object) List.of(NameKey.of(r.facility.name()), r.facility.country())).distinct().toList());
        Map<String, Integer> claimed = new HashMap<>();
        for (ParsedRow row : with) {
            String target = resolve(row, byId, byOs, byCid, byName, warnings);
            if (target == null) {
                continue;
            }
            Integer other = claimed.putIfAbsent(target, row.line);
            if (other != null) {
                row.error(idColumn(), "resolves to the same facility '" + target + "' as line " + other);
                continue;
            }
            if (!target.equals(row.facility.id())) {
                remap(row, target);
            }
        }
        gate.check(tx, with, known.keySet(), idColumn());
        Set<String> companies = CrossLabelIds.companies(tx, with.stream().filter(ParsedRow::valid)
                .map(r -> r.facility.id()).toList(), batchSize);
        for (ParsedRow row : with) {
            if (row.valid() && companies.contains(row.facility.id())) {
                row.error(idColumn(), "'" + row.facility.id() + "' is already the id of a company; ids must be "
                        + "unique across companies and facilities");
            }
            if (row.valid()) {
                diff(row);
            }
        }
    }

    private static List<Object> keys(List<ParsedRow> rows, java.util.function.Function<FacilityRow, String> key) {
        return rows.stream().map(r -> key.apply(r.facility)).filter(Objects::nonNull).distinct().map(k -> (Object) k).toList();
    }

    /** Runs a lookup query in batches: key → ids of the facilities found; remembers their state. */
    private Map<Object, List<String>> lookup(SimpleQueryRunner tx, String query, List<Object> keys) {
        Map<Object, List<String>> found = new HashMap<>();
        Batches.each(keys, batchSize, batch -> tx.run(query, Map.of("keys", batch)).forEachRemaining(r -> {
            Map<String, Object> p = new HashMap<>(r.get("p").asMap());
            String id = (String) p.get("id");
            if (p.get("commodities") == null) {
                p.put("commodities", List.of());
            }
            known.put(id, p);
            found.computeIfAbsent(r.get("k").asObject(), k -> new ArrayList<>()).add(id);
        }));
        return found;
    }

    private String resolve(ParsedRow row, Map<Object, List<String>> byId, Map<Object, List<String>> byOs,
                           Map<Object, List<String>> byCid, Map<Object, List<String>> byName, List<String> warnings) {
        FacilityRow f = row.facility;
        String target = byId.containsKey(f.id()) ? f.id() : null;
        String how = null;
        for (String[] ext : new String[][]{{f.osId(), "OS ID", osColumn()}, {f.rmiCid(), "RMI CID", cidColumn()}}) {
            Map<Object, List<String>> index = ext[1].equals("OS ID") ? byOs : byCid;
            List<String> owners = ext[0] == null ? List.of() : index.getOrDefault(ext[0], List.of());
            if (owners.isEmpty()) {
                continue;
            }
            if (target != null && !owners.contains(target)) {
                row.error(ext[2], ext[1] + " '" + ext[0] + "' already belongs to facility '" + owners.get(0)
                        + "', not to '" + target + "': two different facilities cannot share an external id");
                return null;
            }
            if (target == null && owners.size() > 1) {
                row.error(ext[2], ext[1] + " '" + ext[0] + "' belongs to several facilities in the graph: " + owners);
                return null;
            }
            if (target == null) {
                target = owners.get(0);
                how = "the same " + ext[1] + " '" + ext[0] + "'";
            }
        }
        if (target == null && f.country() != null) {
            List<String> same = byName.getOrDefault(List.of(NameKey.of(f.name()), f.country()), List.of()).stream()
                    .filter(id -> compatible(f, known.get(id))).toList();
            if (same.size() == 1) {
                target = same.get(0);
                how = "the same name and country";
            } else if (same.size() > 1) {
                warnings.add(row.line + ": name: '" + f.name() + "' matches " + same.size()
                        + " facilities by name and country " + same + "; not merged, created as '" + f.id() + "'");
            }
        }
        if (target != null && how != null && !target.equals(f.id())) {
            warnings.add(row.line + ": " + idColumn() + ": facility '" + f.id() + "' merged into existing facility '"
                    + target + "' (" + how + ")");
        }
        return target == null ? f.id() : target;
    }

    /** A name match is only the same facility if no external id says otherwise. */
    private static boolean compatible(FacilityRow f, Map<String, Object> other) {
        return !(f.osId() != null && other.get("osId") != null && !f.osId().equals(other.get("osId")))
                && !(f.rmiCid() != null && other.get("rmiCid") != null && !f.rmiCid().equals(other.get("rmiCid")));
    }

    private static void remap(ParsedRow row, String target) {
        FacilityRow f = row.facility;
        String from = f.id();
        row.facility = new FacilityRow(target, f.name(), f.type(), f.country(), f.region(), f.commodities(),
                f.osId(), f.rmiCid(), f.synthetic());
        LinkRow l = row.link;
        if (l != null && from.equals(l.supplierId())) {
            row.link = new LinkRow(l.buyerId(), target, l.commodity(), l.share(), l.synthetic());
        }
    }

    private void diff(ParsedRow row) {
        FacilityRow f = row.facility;
        Map<String, Object> old = known.get(f.id());
        Map<String, Object> props = merged(f, old);
        RowStatus status = old == null ? RowStatus.CREATED : old.equals(props) ? RowStatus.UNCHANGED : RowStatus.UPDATED;
        row.mark(status);
        if (status != RowStatus.UNCHANGED) {
            writes.add(Map.of("id", f.id(), "props", props));
        }
    }

    private Map<String, Object> merged(FacilityRow f, Map<String, Object> old) {
        Map<String, Object> o = old == null ? Map.of() : old;
        boolean keep = partial();
        Map<String, Object> p = new HashMap<>();
        p.put("id", f.id());
        p.put("name", f.name() != null || !keep ? f.name() : o.get("name"));
        p.put("type", f.type() != null || !keep ? f.type() : o.get("type"));
        p.put("country", f.country() != null || !keep ? f.country() : o.get("country"));
        p.put("region", f.region() != null || !keep ? f.region() : o.get("region"));
        Set<Object> commodities = new LinkedHashSet<>();
        if (keep && o.get("commodities") instanceof List<?> list) {
            commodities.addAll(list);
        }
        commodities.addAll(f.commodities());
        p.put("commodities", List.copyOf(commodities));
        p.put("osId", f.osId() != null ? f.osId() : o.get("osId"));
        p.put("rmiCid", f.rmiCid() != null ? f.rmiCid() : o.get("rmiCid"));
        p.put("synthetic", f.synthetic());
        p.put("nameKey", NameKey.of((String) p.get("name")));
        return p;
    }

    private String idColumn() {
        return switch (kind) {
            case OSH -> "os_id";
            case CMRT, EMRT -> "smelter identification";
            default -> "facility_id";
        };
    }

    private String osColumn() {
        return "os_id";
    }

    private String cidColumn() {
        return kind.workbook() ? "smelter identification" : "rmi_cid";
    }

    @Override
    public void write(SimpleQueryRunner tx) {
        Batches.write(tx, WRITE, writes, batchSize);
    }

    @Override
    public int changes() {
        return writes.size();
    }
}

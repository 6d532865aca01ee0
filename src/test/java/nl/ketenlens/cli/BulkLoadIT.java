package nl.ketenlens.cli;

import nl.ketenlens.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulk-load} (ADR 0022) against the ordinary import of the same files into another store: every node,
 * relationship and property of the network, the reference data and schema, and the analyses' answers agree; bad input
 * gives the import's line-exact errors and leaves no store; a store that is not new is refused untouched.
 */
class BulkLoadIT {
    private static final Path EXAMPLES = Path.of("seed-data/examples");
    /** Plain links (no volume columns, ADR 0022): HS code and name commodities, an empty share, a cycle. */
    private static final String LINKS = """
            buyer_id,supplier_id,commodity,share,synthetic
            EX-C1,EX-F1,garments,0.6,false
            EX-F1,EX-F2,yarn,,false
            EX-C2,EX-F3,gold,1,false
            EX-F3,EX-F4,Gold,0.15,true
            EX-F4,EX-F3,7108,0.5,false
            EX-C1,EX-F2,cotton,0.25,
            EX-C2,EX-F4,gold,,true
            """;
    private static final String BAD_LINKS = """
            buyer_id,supplier_id,commodity,share
            EX-C1,EX-F1,garments,1.5
            EX-C1,EX-NOPE,garments,
            EX-C2,EX-F3,gold,1
            EX-C2,EX-F3,gold,0.5
            """;

    @TempDir
    Path dir;

    @Test
    void bulkLoadWritesWhatTheOrdinaryImportWrites() throws Exception {
        Path links = Files.writeString(dir.resolve("links.csv"), LINKS);
        Path bulk = dir.resolve("bulk");
        Path ordinary = dir.resolve("ordinary");

        CliRun loaded;
        System.setProperty("ketenlens.bulk.facility-part-rows", "3"); // 4 facilities: written in two transactions
        try {
            loaded = bulkLoad(links, bulk);
        } finally {
            System.clearProperty("ketenlens.bulk.facility-part-rows");
        }
        assertThat(loaded.exit()).as(loaded.out() + loaded.err()).isZero();
        assertThat(loaded.out()).contains("Loaded", "3 companies, 4 facilities, 7 links");
        importOrdinarily(links, ordinary);

        Dump a = dump(bulk);
        Dump b = dump(ordinary);
        assertThat(a.network()).hasSize(7 + 25).isEqualTo(b.network()); // 3 companies, 4 facilities, 7 links + 18 reference links
        assertThat(a.links()).isEqualTo(b.links());
        assertThat(a.links()).filteredOn(l -> l.startsWith("BUYS_FROM ")).hasSize(7);
        assertThat(a.counts()).isEqualTo(b.counts());
        assertThat(a.schema()).isEqualTo(b.schema());
        assertThat(a.seeded()).isEqualTo(b.seeded()).isEqualTo(true); // reference data seeded as on any new store

        for (String[] question : List.of(
                new String[]{"leverage", "--companies", "EX-C1,EX-C2", "--format", "json"},
                new String[]{"exposure", "--company", "EX-C2", "--format", "json"},
                new String[]{"exposure", "--company", "EX-C1", "--format", "json"})) {
            CliRun x = CliRun.of(with(question, "--data-dir", bulk.toString()));
            CliRun y = CliRun.of(with(question, "--data-dir", ordinary.toString()));
            assertThat(x.exit()).as(x.err()).isZero();
            assertThat(stable(x.out())).as(String.join(" ", question)).isEqualTo(stable(y.out()));
        }
    }

    @Test
    void badInputGivesTheImportsLineExactErrorsAndLeavesNoStore() throws Exception {
        Path bad = Files.writeString(dir.resolve("links.csv"), BAD_LINKS);
        Path ordinary = dir.resolve("ordinary");
        CliRun.of("import", "companies", EXAMPLES.resolve("companies.csv").toString(), "--data-dir", ordinary.toString(),
                "--reset", "--no-demo");
        CliRun.of("import", "facilities", EXAMPLES.resolve("facilities.csv").toString(), "--data-dir", ordinary.toString());
        CliRun expected = CliRun.of("import", "links", bad.toString(), "--data-dir", ordinary.toString());
        assertThat(expected.exit()).isEqualTo(2);
        List<String> errors = expected.out().lines().filter(l -> l.contains("links.csv:")).toList();
        assertThat(errors).anyMatch(l -> l.contains("links.csv:2: share"))
                .anyMatch(l -> l.contains("links.csv:3: supplier_id")).anyMatch(l -> l.contains("links.csv:5:"));

        Path bulk = dir.resolve("bulk");
        CliRun refused = bulkLoad(bad, bulk);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains(errors.toArray(String[]::new)).contains("nothing was written")
                .contains("run bulk-load again").doesNotContain("--skip-invalid"); // an option bulk-load does not have
        assertThat(bulk).doesNotExist();
    }

    @Test
    void badCompaniesFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path companies = Files.writeString(dir.resolve("companies.csv"), "company_id,name,sector,size\nX-1,,food,huge\n");
        Path links = Files.writeString(dir.resolve("links.csv"), LINKS);
        Path bulk = Files.createDirectories(dir.resolve("empty-dir"));
        CliRun refused = CliRun.of("bulk-load", "--companies", companies.toString(), "--facilities",
                EXAMPLES.resolve("facilities.csv").toString(), "--links", links.toString(), "--data-dir", bulk.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("companies.csv:2: name: missing value",
                "companies.csv:2: size: 'huge' is not one of sme, large");
        try (Stream<Path> left = Files.list(bulk)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesAStoreThatIsNotNew() throws Exception {
        Path links = Files.writeString(dir.resolve("links.csv"), LINKS);
        Path store = dir.resolve("store");
        assertThat(CliRun.of("import", "companies", EXAMPLES.resolve("companies.csv").toString(), "--data-dir",
                store.toString(), "--reset", "--no-demo").exit()).isZero();
        Dump before = dump(store);

        CliRun refused = bulkLoad(links, store);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("is not empty", "Nothing was written");
        Dump after = dump(store);
        assertThat(after.network()).isEqualTo(before.network());
        assertThat(after.counts()).isEqualTo(before.counts());
    }

    private static CliRun bulkLoad(Path links, Path store) {
        return CliRun.of("bulk-load", "--companies", EXAMPLES.resolve("companies.csv").toString(), "--facilities",
                EXAMPLES.resolve("facilities.csv").toString(), "--links", links.toString(), "--data-dir", store.toString());
    }

    private static void importOrdinarily(Path links, Path store) {
        String s = store.toString();
        assertThat(CliRun.of("import", "companies", EXAMPLES.resolve("companies.csv").toString(), "--data-dir", s,
                "--reset", "--no-demo").exit()).isZero();
        assertThat(CliRun.of("import", "facilities", EXAMPLES.resolve("facilities.csv").toString(), "--data-dir", s)
                .exit()).isZero();
        assertThat(CliRun.of("import", "links", links.toString(), "--data-dir", s).exit()).isZero();
    }

    private static String[] with(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    /** Output without what differs between two stores by construction: the graph revision and timings. */
    private static String stable(String out) {
        return out.replaceAll("\"(graphRevision|revision)\"\\s*:\\s*\\d+", "").replaceAll("\"[a-zA-Z]*Millis\"\\s*:\\s*\\d+", "");
    }

    /**
     * @param network every Company and Facility node (labels, properties) and every relationship touching one
     * @param links   the same relationships, sorted
     * @param counts  nodes per label and relationships per type in the whole store, audit trail aside
     * @param schema  constraint and index names
     * @param seeded  whether the store's reference seed ran
     */
    private record Dump(List<String> network, List<String> links, List<String> counts, List<String> schema,
                        Object seeded) {
    }

    private static Dump dump(Path store) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0, "64m", false)) {
            var db = neo4j.database();
            List<String> nodes = rows(db, """
                    MATCH (n) WHERE n:Company OR n:Facility
                    RETURN labels(n) AS a, properties(n) AS b""");
            List<String> links = rows(db, """
                    MATCH (a)-[r]->(b) WHERE a:Company OR a:Facility OR b:Company OR b:Facility
                    RETURN type(r) AS a, coalesce(a.id, a.iso2, a.code) + '>' + coalesce(b.id, b.iso2, b.code) AS b,
                           properties(r) AS c""");
            List<String> network = new ArrayList<>(nodes);
            network.addAll(links);
            network.sort(null);
            List<String> counts = rows(db, """
                    MATCH (n) WHERE NOT n:AuditEvent UNWIND labels(n) AS l RETURN l AS a, count(*) AS b
                    UNION ALL MATCH ()-[r]->() RETURN type(r) AS a, count(*) AS b""");
            List<String> schema = rows(db, "SHOW INDEXES YIELD name, type RETURN name AS a, type AS b");
            Object seed = db.executeTransactionally("MATCH (g:GraphState) RETURN g.seededAt IS NOT NULL AS v", Map.of(),
                    r -> r.hasNext() ? r.next().get("v") : null);
            return new Dump(network, links, counts, schema, seed);
        }
    }

    private static List<String> rows(org.neo4j.graphdb.GraphDatabaseService db, String query) {
        return db.executeTransactionally(query, Map.of(), r -> {
            List<String> out = new ArrayList<>();
            r.forEachRemaining(row -> {
                StringBuilder line = new StringBuilder();
                for (String column : List.of("a", "b", "c")) {
                    if (row.containsKey(column)) {
                        Object value = norm(row.get(column));
                        if (column.equals("a") && value instanceof List<?> labels) {
                            value = labels.stream().map(String::valueOf).sorted().toList(); // label order is not data
                        }
                        line.append(column.equals("a") ? "" : " ").append(value);
                    }
                }
                out.add(line.toString());
            });
            out.sort(null);
            return out;
        });
    }

    /** Maps sorted by key and arrays as lists (in their order), so two stores print alike. */
    private static Object norm(Object v) {
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), norm(x)));
            return sorted;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(BulkLoadIT::norm).toList();
        }
        if (v != null && v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(norm(Array.get(v, i)));
            }
            return out;
        }
        return v;
    }
}

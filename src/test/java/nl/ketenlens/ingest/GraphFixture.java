package nl.ketenlens.ingest;

import org.neo4j.driver.Driver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reference nodes the import tests need (merged, so seeded data wins) and a fingerprint of the
 * whole graph for atomicity checks.
 */
final class GraphFixture {
    private GraphFixture() {
    }

    static void seedReference(Driver driver) {
        driver.executableQuery("""
                UNWIND $countries AS c MERGE (n:Country {iso2: c[0]}) ON CREATE SET n.iso3 = c[1], n.name = c[2]""")
                .withParameters(Map.of("countries", List.of(List.of("NL", "NLD", "Netherlands"), List.of("GH", "GHA", "Ghana"),
                        List.of("CN", "CHN", "China"), List.of("ID", "IDN", "Indonesia"), List.of("BD", "BGD", "Bangladesh"))))
                .execute();
        driver.executableQuery("MERGE (r:Region {code: 'GH-AH'}) ON CREATE SET r.name = 'Ashanti', r.country = 'GH'").execute();
        driver.executableQuery("""
                UNWIND $c AS c MERGE (n:Commodity {code: c[0]}) ON CREATE SET n.name = c[1], n.hs = c[2]""")
                .withParameters(Map.of("c", List.of(List.of("gold", "Gold", "7108"), List.of("tin", "Tin", "8001"),
                        List.of("tungsten", "Tungsten", "8101"), List.of("cocoa", "Cocoa beans", "1801"),
                        List.of("cotton", "Cotton", "5201"), List.of("cobalt", "Cobalt", "8105"), List.of("mica", "Mica", "2525"))))
                .execute();
        driver.executableQuery("UNWIND ['child_labour','forced_labour'] AS t MERGE (n:RiskTheme {code: t})").execute();
        driver.executableQuery("UNWIND ['textile','food','metal'] AS s MERGE (n:Sector {code: s})").execute();
        driver.executableQuery("UNWIND ['textile','gold'] AS s MERGE (n:Covenant {code: s})").execute();
    }

    /** Counts and a hash over every node's labels and properties and every relationship with its ends. */
    static String fingerprint(Driver driver) {
        StringBuilder all = new StringBuilder();
        var nodes = driver.executableQuery("MATCH (n) RETURN elementId(n) AS id, labels(n) AS l, properties(n) AS p ORDER BY id")
                .execute().records();
        nodes.forEach(r -> all.append(r.get("id").asString()).append(new java.util.TreeSet<>(r.get("l").asList()))
                .append(new java.util.TreeMap<>(r.get("p").asMap())).append('\n'));
        var rels = driver.executableQuery("""
                MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS t, elementId(a) AS a, elementId(b) AS b,
                       properties(r) AS p ORDER BY id""").execute().records();
        rels.forEach(r -> all.append(r.get("t").asString()).append(r.get("a").asString()).append(r.get("b").asString())
                .append(new java.util.TreeMap<>(r.get("p").asMap())).append('\n'));
        return nodes.size() + " nodes, " + rels.size() + " rels, " + sha(all.toString());
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

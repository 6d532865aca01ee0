package nl.ketenlens.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A plain, deterministic network in the import CSV formats, for benchmarking the import when the
 * demo generator's output is not at hand: {@code companies} buy from tier-1 facilities, which buy
 * from tier-2 facilities, and so on (four tiers, so no cycles); on average {@code linksPerFacility}
 * links per facility. Uses only the countries and commodities in {@link #COUNTRIES} and
 * {@link #COMMODITIES}, which must exist in the graph.
 */
final class SyntheticCsvNetwork {
    static final List<String> COUNTRIES = List.of("CN", "ID", "GH", "BD", "NL", "IN", "VN", "BR");
    static final List<String> COMMODITIES = List.of("gold", "tin", "cocoa", "cotton");
    private static final int TIERS = 4;

    private SyntheticCsvNetwork() {
    }

    static void write(Path dir, int companies, int facilities, int links, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer out = Files.newBufferedWriter(dir.resolve("companies.csv"), StandardCharsets.UTF_8)) {
            out.write("company_id,name,sector,size,kvk,covenants,synthetic\n");
            for (int i = 0; i < companies; i++) {
                out.write("C" + i + ",Company " + i + ",textile," + (i % 3 == 0 ? "large" : "sme") + ",,,true\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("facilities.csv"), StandardCharsets.UTF_8)) {
            out.write("facility_id,name,type,country,region,commodities,os_id,rmi_cid,synthetic\n");
            for (int i = 0; i < facilities; i++) {
                out.write("F" + i + ",Facility " + i + ",factory," + COUNTRIES.get(i % COUNTRIES.size()) + ",,"
                        + COMMODITIES.get(i % COMMODITIES.size()) + ",,,true\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("links.csv"), StandardCharsets.UTF_8)) {
            out.write("buyer_id,supplier_id,commodity,share,synthetic\n");
            Set<Long> seen = new HashSet<>();
            int perTier = Math.max(1, facilities / TIERS);
            int written = 0;
            while (written < links) {
                boolean fromCompany = random.nextInt(10) == 0;
                int tier = random.nextInt(TIERS - 1);
                int supplier = Math.min(facilities - 1, (fromCompany ? 0 : tier + 1) * perTier + random.nextInt(perTier));
                int buyer = fromCompany ? random.nextInt(companies) : Math.min(facilities - 1, tier * perTier + random.nextInt(perTier));
                if (!fromCompany && buyer == supplier || !seen.add((fromCompany ? -1L - buyer : buyer) * 4_000_000_000L + supplier)) {
                    continue;
                }
                out.write((fromCompany ? "C" : "F") + buyer + ",F" + supplier + "," + COMMODITIES.get(supplier % COMMODITIES.size())
                        + "," + (random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(101) / 100.0)) + ",true\n");
                written++;
            }
        }
    }
}

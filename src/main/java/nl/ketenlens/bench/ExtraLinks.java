package nl.ketenlens.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a links file of {@code count} links that a generated network (and the earlier extra files) does not have yet (company → facility, one
 * per pair, none parallel to an existing link): the "small import into a populated store" of the benchmarks.
 */
final class ExtraLinks {
    private ExtraLinks() {
    }

    static Path write(Path dir, String name, int count, long seed) throws IOException {
        List<String> companies = firstColumn(dir.resolve("companies.csv"));
        List<String> facilities = firstColumn(dir.resolve("facilities.csv"));
        Set<String> pairs = new HashSet<>();
        try (var files = Files.list(dir)) {
            for (Path links : files.filter(f -> f.getFileName().toString().startsWith("links")).toList()) {
                try (var lines = Files.lines(links, StandardCharsets.UTF_8)) {
                    lines.skip(1).forEach(l -> {
                        String[] f = l.split(",", 3);
                        pairs.add(f[0] + "," + f[1]);
                    });
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("buyer_id,supplier_id,commodity,share\n");
            for (int written = 0; written < count; ) {
                String pair = companies.get(rng.nextInt(companies.size())) + ","
                        + facilities.get(rng.nextInt(facilities.size()));
                if (pairs.add(pair)) {
                    out.write(pair + ",gold,\n");
                    written++;
                }
            }
        }
        return file;
    }

    private static List<String> firstColumn(Path csv) throws IOException {
        List<String> ids = new ArrayList<>();
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
        }
        return ids;
    }
}

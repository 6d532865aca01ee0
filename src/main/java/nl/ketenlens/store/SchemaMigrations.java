package nl.ketenlens.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import org.neo4j.driver.Driver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned Cypher files of {@code graph-schema/} (packaged on the classpath) in version order.
 * Every statement is {@code IF NOT EXISTS}, so applying them at every start is cheap and safe.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    private static final String RECORD_VERSION = "MERGE (v:%s {%s: $v}) ON CREATE SET v.%s = $f, v.%s = datetime()"
            .formatted(Label.SCHEMA_VERSION, Prop.VERSION, Prop.FILE, Prop.APPLIED_AT);

    public static List<String> apply(Driver driver) {
        List<String> applied = new ArrayList<>();
        for (Resource file : files()) {
            String name = file.getFilename();
            for (String statement : statements(read(file))) {
                driver.executableQuery(statement).execute();
            }
            driver.executableQuery(RECORD_VERSION)
                    .withParameters(Map.of("v", version(name), "f", name)).execute();
            applied.add(name);
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        return applied;
    }

    static List<Resource> files() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:graph-schema/V*.cypher");
            return Arrays.stream(found).sorted(Comparator.comparingInt(r -> version(r.getFilename()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list graph-schema files", e);
        }
    }

    static int version(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }

    static List<String> statements(String cypher) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : cypher.split("\n")) {
            if (!line.strip().startsWith("//")) {
                withoutComments.append(line).append('\n');
            }
        }
        return Arrays.stream(withoutComments.toString().split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(Resource file) {
        try {
            return new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFilename(), e);
        }
    }
}

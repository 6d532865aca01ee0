package nl.ketenlens.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ketenlens.graph.Schema.Label;
import nl.ketenlens.graph.Schema.Prop;
import nl.ketenlens.graph.Schema.Rel;
import org.junit.jupiter.api.Test;

/** The constants of {@link Schema} against the versioned Cypher files and the schema README. */
class SchemaTests {
    private static final Path SCHEMA_DIR = Path.of("graph-schema");
    private static final Pattern CONSTRAINT = Pattern.compile(
            "CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:(\\w+)\\) REQUIRE n\\.(\\w+) IS UNIQUE");
    private static final Pattern INDEX = Pattern.compile(
            "CREATE INDEX \\w+ IF NOT EXISTS FOR \\(n:(\\w+)\\) ON \\(([^)]*)\\)");

    /** External ids that are unique without being the node's key (V0004): a facility is keyed by its own id. */
    private static final Set<String> UNIQUE_EXTERNAL_IDS = Set.of(Label.FACILITY + "." + Prop.OS_ID,
            Label.FACILITY + "." + Prop.RMI_CID);

    /** Each uniqueness constraint on a key as {label, property}. */
    private static List<String[]> constraints() throws IOException {
        List<String[]> found = new ArrayList<>();
        Matcher m = CONSTRAINT.matcher(schemaText());
        while (m.find()) {
            if (!UNIQUE_EXTERNAL_IDS.contains(m.group(1) + "." + m.group(2))) {
                found.add(new String[]{m.group(1), m.group(2)});
            }
        }
        return found;
    }

    @Test
    void externalIdsAreUniqueConstraintsOnModelProperties() throws IOException {
        Set<String> external = new TreeSet<>();
        Matcher m = CONSTRAINT.matcher(schemaText());
        while (m.find()) {
            external.add(m.group(1) + "." + m.group(2));
        }
        assertThat(external).containsAll(UNIQUE_EXTERNAL_IDS);
    }

    private static String schemaText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.cypher")).sorted()
                    .toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void everyConstrainedLabelIsAConstantWhoseKeyIsTheConstrainedProperty() throws IOException {
        List<String[]> constraints = constraints();
        assertThat(constraints).hasSizeGreaterThanOrEqualTo(11);
        for (String[] c : constraints) {
            assertThat(Label.ALL).as("label %s of graph-schema", c[0]).contains(c[0]);
            assertThat(Prop.ALL).as("property %s.%s of graph-schema", c[0], c[1]).contains(c[1]);
            assertThat(Schema.keyOf(c[0])).as("key of %s", c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void everyKeyInTheModelIsConstrainedExceptTheGraphStateSingleton() throws IOException {
        Set<String> constrained = new TreeSet<>();
        constraints().forEach(c -> constrained.add(c[0] + "." + c[1]));
        Set<String> keys = new TreeSet<>();
        Schema.KEYS.forEach((label, key) -> keys.add(label + "." + key));
        keys.remove(Label.GRAPH_STATE + "." + Prop.KEY);
        assertThat(constrained).isEqualTo(keys);
    }

    @Test
    void everyIndexedLabelAndPropertyIsAConstant() throws IOException {
        Matcher m = INDEX.matcher(schemaText());
        int indexes = 0;
        while (m.find()) {
            indexes++;
            assertThat(Label.ALL).as("label %s of an index", m.group(1)).contains(m.group(1));
            for (String part : m.group(2).split(",")) {
                String property = part.strip().replaceFirst("^n\\.", "");
                assertThat(Prop.ALL).as("indexed property %s.%s", m.group(1), property).contains(property);
            }
        }
        assertThat(indexes).isGreaterThanOrEqualTo(6); // osId and rmiCid are indexed by their V0004 constraints
    }

    @Test
    void everyRelationshipIndexNamesAModelTypeAndPropertyConstant() throws IOException {
        Matcher m = Pattern.compile("CREATE INDEX \\w+ IF NOT EXISTS FOR \\(\\)-\\[r:(\\w+)\\]-\\(\\) ON \\(r\\.(\\w+)\\)")
                .matcher(schemaText());
        int indexes = 0;
        while (m.find()) {
            indexes++;
            assertThat(Rel.ALL).as("type %s of an index", m.group(1)).contains(m.group(1));
            assertThat(Prop.ALL).as("indexed property %s.%s", m.group(1), m.group(2)).contains(m.group(2));
        }
        assertThat(indexes).isGreaterThanOrEqualTo(1); // BUYS_FROM.annualVolume (V0006)
    }

    @Test
    void everyLabelAndTypeIsDocumentedInTheSchemaReadme() throws IOException {
        String readme = Files.readString(SCHEMA_DIR.resolve("README.md"));
        for (String name : union(Label.ALL, Rel.ALL)) {
            assertThat(readme).as("graph-schema/README.md mentions `%s`", name).contains("`" + name + "`");
        }
    }

    @Test
    void theAllSetsListEveryConstantOnce() throws IllegalAccessException {
        assertThat(Label.ALL).containsExactlyInAnyOrderElementsOf(constants(Label.class));
        assertThat(Rel.ALL).containsExactlyInAnyOrderElementsOf(constants(Rel.class));
        assertThat(Prop.ALL).containsExactlyInAnyOrderElementsOf(constants(Prop.class).stream()
                .filter(v -> !v.equals(Prop.MAIN)).toList());
    }

    @Test
    void onlyModelLabelsPassRequire() {
        assertThat(Label.require(Label.FACILITY)).isEqualTo("Facility");
        assertThatThrownBy(() -> Label.require("Facility) DETACH DELETE (x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a label");
        assertThatThrownBy(() -> Schema.keyOf(Label.FINANCIAL_INSTITUTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key");
    }

    @Test
    void graphStateStatementsAreBuiltFromTheConstants() {
        assertThat(GraphState.BUMP_REVISION).isEqualTo(
                "MERGE (s:GraphState {key: 'main'}) SET s.revision = coalesce(s.revision, 0) + 1 RETURN s.revision");
        assertThat(GraphState.MARK_SEEDED).isEqualTo(
                "MERGE (s:GraphState {key: 'main'}) SET s.seededAt = datetime(), s.revision = coalesce(s.revision, 0) + 1");
    }

    private static List<String> constants(Class<?> holder) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                values.add((String) f.get(null));
            }
        }
        return values;
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).sorted().toList();
    }
}

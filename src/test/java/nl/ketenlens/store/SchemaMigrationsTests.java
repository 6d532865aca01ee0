package nl.ketenlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTests {

    @Test
    void splitsStatementsAndDropsComments() {
        var statements = SchemaMigrations.statements("""
                // comment; with a semicolon
                CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;

                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);
                """);
        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)");
    }

    @Test
    void filesAreOrderedByVersion() {
        var files = SchemaMigrations.files();
        assertThat(files).isNotEmpty();
        assertThat(files.get(0).getFilename()).startsWith("V0001__");
        assertThat(SchemaMigrations.version("V0012__x.cypher")).isEqualTo(12);
    }
}

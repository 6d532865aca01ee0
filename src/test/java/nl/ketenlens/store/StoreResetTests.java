package nl.ketenlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 5: reset deletes a store, never a mistyped directory, never a store in use. */
class StoreResetTests {

    @TempDir
    Path dir;

    private Path store() throws Exception {
        Path home = dir.resolve("store");
        Files.createDirectories(home.resolve("data/databases/neo4j"));
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("data/databases/neo4j/neostore"), "x");
        Files.writeString(home.resolve("data/databases/store_lock"), "");
        return home;
    }

    @Test
    void aDirectoryThatIsNotAStoreIsLeftAlone() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("Documents"));
        Files.writeString(home.resolve("thesis.docx"), "years of work");

        assertThatThrownBy(() -> StoreReset.reset(home)).isInstanceOf(StoreReset.RefusedException.class)
                .hasMessageContaining("not a Ketenlens/Neo4j store");
        assertThat(home.resolve("thesis.docx")).exists();
    }

    @Test
    void aStoreWithForeignFilesIsLeftAlone() throws Exception {
        Path home = store();
        Files.writeString(home.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> StoreReset.reset(home)).hasMessageContaining("notes.txt");
        assertThat(home.resolve("data/databases/neo4j/neostore")).exists();
    }

    @Test
    void aStoreInUseIsRefused() throws Exception {
        Path home = store();
        try (FileChannel channel = FileChannel.open(home.resolve("data/databases/store_lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThatThrownBy(() -> StoreReset.reset(home)).hasMessageContaining("in use");
        }
        assertThat(home.resolve("data/databases/neo4j/neostore")).exists();
    }

    @Test
    void anIdleStoreOrNothingIsReset() throws Exception {
        Path home = store();
        StoreReset.reset(home);
        assertThat(home).doesNotExist();
        StoreReset.reset(dir.resolve("never-created"));
    }

    @Test
    void aStoreWithItsOwnSecretsIsReset() throws Exception {
        // the Bolt password and the generated accounts live beside every Ketenlens store
        Path home = store();
        Files.writeString(home.resolve(EmbeddedNeo4j.PASSWORD_FILE), "secret");
        Files.writeString(home.resolve(StoreReset.CREDENTIALS_FILE), "admin:secret");
        StoreReset.reset(home);
        assertThat(home).doesNotExist();
    }
}

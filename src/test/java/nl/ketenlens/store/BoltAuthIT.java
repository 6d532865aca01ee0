package nl.ketenlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import nl.ketenlens.support.EmbeddedStoreTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded Bolt connector refuses connections without the generated password. */
@EmbeddedStoreTest
class BoltAuthIT {

    @Autowired
    StoreConfiguration.EmbeddedStoreHolder embedded;
    @Autowired
    StoreProperties properties;

    @Test
    void boltNeedsTheGeneratedPasswordWhichOnlyTheOwnerCanRead() throws Exception {
        EmbeddedNeo4j store = embedded.store();
        assertThat(store.boltUri()).startsWith("bolt://127.0.0.1:");
        Config config = Config.builder().withoutEncryption().build();
        for (var token : java.util.List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "wrong-password"))) {
            try (Driver driver = GraphDatabase.driver(store.boltUri(), token, config)) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        var file = properties.dataDir().toAbsolutePath().normalize().resolve(EmbeddedNeo4j.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Driver driver = GraphDatabase.driver(store.boltUri(),
                AuthTokens.basic(EmbeddedNeo4j.USER, Files.readString(file).strip()), config)) {
            driver.verifyConnectivity();
        }
    }
}

package nl.ketenlens.catalog;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same catalog contract against the official Neo4j server image over Bolt; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "ketenlens.store.seed-demo=false")
@AutoConfigureMockMvc
class CatalogApiContainerIT extends CatalogApiContract {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community")
            .withAdminPassword("ketenlens-test");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("ketenlens.store.uri", NEO4J::getBoltUrl);
        registry.add("ketenlens.store.username", () -> "neo4j");
        registry.add("ketenlens.store.password", () -> "ketenlens-test");
    }
}

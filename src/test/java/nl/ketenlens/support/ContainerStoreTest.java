package nl.ketenlens.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same integration tests against the official Neo4j server image over Bolt ({@code NEO4J_URI} path), seeded
 * like a first start. One container and one Spring context serve every class with this annotation; without
 * Docker the classes are skipped with the reason "Docker is not available".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = Neo4jContainerInitializer.class)
public @interface ContainerStoreTest {
}

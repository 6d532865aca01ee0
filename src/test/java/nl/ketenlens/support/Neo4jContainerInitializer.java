package nl.ketenlens.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.Neo4jContainer;

/** Starts one Neo4j 5.26 server container per test JVM and points the application's store at it. */
public class Neo4jContainerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String PASSWORD = "ketenlens-test";
    private static Neo4jContainer<?> container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "ketenlens.store.uri=" + container().getBoltUrl(),
                "ketenlens.store.username=neo4j",
                "ketenlens.store.password=" + PASSWORD).applyTo(context.getEnvironment());
    }

    private static synchronized Neo4jContainer<?> container() {
        if (container == null) {
            container = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword(PASSWORD);
            container.start();
        }
        return container;
    }
}

package nl.ketenlens.store;

import java.util.List;
import nl.ketenlens.graph.GraphState;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings any store to a usable state before the server or a command touches it: schema applied, and
 * an empty store seeded exactly once (the {@code GraphState.seededAt} marker is set after all steps).
 */
public final class StoreInitializer {

    private static final Logger log = LoggerFactory.getLogger(StoreInitializer.class);

    private final Driver driver;
    private final StoreProperties properties;
    private final List<SeedStep> steps;

    StoreInitializer(Driver driver, StoreProperties properties, List<SeedStep> steps) {
        this.driver = driver;
        this.properties = properties;
        this.steps = steps;
    }

    void initialize() {
        if (properties.reset() && !properties.embedded()) {
            wipe();
        }
        List<String> applied = SchemaMigrations.apply(driver);
        log.info("Graph schema applied: {}", applied);
        if (!seeded()) {
            seed();
        }
    }

    private void seed() {
        long started = System.nanoTime();
        for (SeedStep step : steps) {
            if (!step.demo() || properties.seedDemo()) {
                log.info("Seeding {}: {}", step.name(), step.load(driver));
            }
        }
        GraphState.markSeeded(driver);
        log.info("Seeded empty store in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private boolean seeded() {
        return GraphState.seeded(driver);
    }

    private void wipe() {
        // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence a plain session run
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}

package nl.ketenlens.store;

import org.neo4j.driver.Driver;

/**
 * One part of the initial content of an empty store (reference data, the demo network). Steps run in
 * {@link org.springframework.core.annotation.Order} order and must be idempotent: a crash half-way is
 * repaired by running all steps again at the next start.
 */
public interface SeedStep {

    String name();

    /** True for the synthetic demo data, which {@code --no-demo} leaves out. */
    default boolean demo() {
        return false;
    }

    /** Loads this step's data; returns a one-line summary for the log. */
    String load(Driver driver);
}

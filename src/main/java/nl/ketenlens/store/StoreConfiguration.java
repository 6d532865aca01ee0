package nl.ketenlens.store;

import nl.ketenlens.graph.EmbeddedGraph;
import nl.ketenlens.graph.StoreWrites;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link Driver} for the whole application: to the embedded store by default, or to the server named
 * by {@code NEO4J_URI}. Spring Boot's own Neo4j auto-configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** Told of every committed write by the embedded store; inert (never exact) with a server URI. */
    @Bean
    StoreWrites storeWrites() {
        return new StoreWrites();
    }

    @Bean(destroyMethod = "close")
    EmbeddedStoreHolder embeddedStore(StoreProperties properties, StoreWrites writes) {
        if (!properties.embedded()) {
            return new EmbeddedStoreHolder(null);
        }
        return new EmbeddedStoreHolder(EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(),
                properties.pageCache(), properties.reset(), writes));
    }

    /**
     * The embedded database for the projection's reads (ADR 0019) and the bulk links write (ADR 0018);
     * {@link EmbeddedGraph#NONE} with a server.
     */
    @Bean
    EmbeddedGraph embeddedGraph(EmbeddedStoreHolder embedded) {
        return embedded.store() == null ? EmbeddedGraph.NONE : new EmbeddedGraph(embedded.store().database());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(StoreProperties properties, EmbeddedStoreHolder embedded) {
        Config config = Config.builder().withoutEncryption().build();
        if (embedded.store() != null) {
            return GraphDatabase.driver(embedded.store().boltUri(),
                    AuthTokens.basic(EmbeddedNeo4j.USER, embedded.store().password()), config);
        }
        Driver driver = GraphDatabase.driver(properties.uri(),
                AuthTokens.basic(properties.username(), properties.password()));
        driver.verifyConnectivity();
        return driver;
    }

    @Bean
    StoreInitializer storeInitializer(Driver driver, StoreProperties properties,
                                      ObjectProvider<SeedStep> seedSteps) {
        StoreInitializer initializer = new StoreInitializer(driver, properties, seedSteps.orderedStream().toList());
        initializer.initialize();
        return initializer;
    }

    /** Null-safe wrapper so the embedded store is a bean even when a server is used. */
    record EmbeddedStoreHolder(EmbeddedNeo4j store) implements AutoCloseable {
        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}

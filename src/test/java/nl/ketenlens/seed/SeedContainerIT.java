package nl.ketenlens.seed;

import nl.ketenlens.support.ContainerStoreTest;

/** The seed contract against the Neo4j server image; skipped without Docker. */
@ContainerStoreTest
class SeedContainerIT extends SeedContract {
}

package nl.ketenlens.leverage;

import nl.ketenlens.support.ContainerStoreTest;

/** The leverage contract against the Neo4j server image; skipped without Docker. */
@ContainerStoreTest
class LeverageApiContainerIT extends LeverageApiContract {
}

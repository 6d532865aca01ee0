package nl.ketenlens.catalog;

import nl.ketenlens.support.ContainerStoreTest;

/** The catalog contract against the Neo4j server image; skipped without Docker. */
@ContainerStoreTest
class CatalogApiContainerIT extends CatalogApiContract {
}

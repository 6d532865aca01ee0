package nl.ketenlens.catalog;

import nl.ketenlens.support.EmbeddedStoreTest;

@EmbeddedStoreTest
class CatalogApiIT extends CatalogApiContract {
}

package nl.ketenlens.seed;

import nl.ketenlens.support.EmbeddedStoreTest;

@EmbeddedStoreTest
class SeedIT extends SeedContract {
}

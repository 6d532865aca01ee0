package nl.ketenlens.leverage;

import nl.ketenlens.support.EmbeddedStoreTest;

@EmbeddedStoreTest
class LeverageApiIT extends LeverageApiContract {
}

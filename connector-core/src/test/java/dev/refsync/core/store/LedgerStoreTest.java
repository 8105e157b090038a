package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The append-only ledger and payouts on H2 (DESIGN 5). */
class LedgerStoreTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void ledgerRowsNeverUpdated() {
    StoreScenarios.ledgerRowsNeverUpdated(store);
  }

  @Test
  void ledgerStatusAndPayouts() {
    StoreScenarios.ledgerStatusAndPayouts(store);
  }
}

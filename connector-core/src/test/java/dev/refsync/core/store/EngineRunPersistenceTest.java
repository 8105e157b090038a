package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Engine runs persist idempotently on H2 (DESIGN 5 and 9). */
class EngineRunPersistenceTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void engineRunTwice() {
    StoreScenarios.engineRunTwice(store);
  }

  @Test
  void vanishedAccrualWithdrawn() {
    StoreScenarios.vanishedAccrualWithdrawn(store);
  }

  @Test
  void failedEngineRunWritesNothing() {
    StoreScenarios.failedEngineRunWritesNothing(store);
  }
}

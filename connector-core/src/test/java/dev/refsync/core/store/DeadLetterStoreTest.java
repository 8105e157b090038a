package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dead letters on H2 (DESIGN 9). */
class DeadLetterStoreTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void deadLetters() {
    StoreScenarios.deadLetters(store);
  }

  @Test
  void deadLetterById() {
    StoreScenarios.deadLetterById(store);
  }
}

package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pull cursors on H2 (DESIGN 9). */
class CursorStoreTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void cursorNeverMovesBackwards() {
    StoreScenarios.cursorNeverMovesBackwards(store);
  }

  @Test
  void cursorsListed() {
    StoreScenarios.cursorsListed(store);
  }
}

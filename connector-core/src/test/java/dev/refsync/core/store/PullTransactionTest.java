package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pull's snapshots and cursor commit or roll back together on H2 (DESIGN 9). */
class PullTransactionTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void pullCommits() {
    StoreScenarios.pullCommits(store);
  }

  @Test
  void pullRollsBack() {
    StoreScenarios.pullRollsBack(store);
  }
}

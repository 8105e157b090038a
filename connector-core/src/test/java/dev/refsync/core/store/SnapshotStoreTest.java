package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Canonical snapshots on H2. */
class SnapshotStoreTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void snapshotLifecycle() {
    StoreScenarios.snapshotLifecycle(store);
  }
}

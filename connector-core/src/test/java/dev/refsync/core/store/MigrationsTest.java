package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flyway migrations on H2. */
class MigrationsTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void migrationsApplyOnce() {
    StoreScenarios.migrationsApplyOnce(store);
  }
}

package dev.refsync.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox on H2 (DESIGN 9). */
class OutboxStoreTest {
  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void outboxEnqueueReplaces() {
    StoreScenarios.outboxEnqueueReplaces(store);
  }

  @Test
  void outboxLifecycle() {
    StoreScenarios.outboxLifecycle(store);
  }

  @Test
  void outboxPayloadReplacedMidPush() {
    StoreScenarios.outboxPayloadReplacedMidPush(store);
  }

  @Test
  void outboxCounts() {
    StoreScenarios.outboxCounts(store);
  }

  @Test
  void outboxRequeue() {
    StoreScenarios.outboxRequeue(store);
  }
}

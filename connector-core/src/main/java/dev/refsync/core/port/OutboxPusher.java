package dev.refsync.core.port;

import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.store.OutboxRow;
import java.util.List;

/**
 * One connection's writer of outbox rows (DESIGN 8 and 9), implemented by each adapter. Every write
 * is an upsert by an external id, so a batch sent twice (the process died before it was marked
 * done) changes nothing the second time.
 */
public interface OutboxPusher {
  /** The connection's name from {@code refsync.yaml}; it pushes the rows enqueued for it. */
  String connection();

  /** The target types it writes, in push order (deals before the records associated to them). */
  List<String> targetTypes();

  /** The vendor's batch size for a target type (HubSpot 100, Salesforce 200, Stripe 1). */
  int batchSize(String targetType);

  /**
   * Sends one batch and reports each row's fate.
   *
   * @throws dev.refsync.core.error.ConnectorApiException when the whole batch failed (rate limit,
   *     outage, authentication); {@link #classifier()} decides whether the rows are tried again
   */
  PushOutcome push(String targetType, List<OutboxRow> rows);

  /** The adapter's one classifier, for whole-batch failures. */
  ErrorClassifier classifier();
}

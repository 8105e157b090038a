package dev.refsync.deploy.daemon;

import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.deploy.daemon.config.ConnectionSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory vendor for the daemon's wiring tests: one page with a partner, a referred account
 * and its closed-won deal; a pusher that accepts everything and remembers it; a webhook that
 * answers 202 after feeding one record to the pipeline.
 */
final class FakeConnections implements ConnectionFactory {
  static final Instant T0 = Instant.parse("2026-01-10T00:00:00Z");

  final List<OutboxRow> pushed = new CopyOnWriteArrayList<>();
  final List<String> webhookBodies = new CopyOnWriteArrayList<>();

  @Override
  public ConnectionRuntime create(ConnectionSettings settings, Clock clock, Ingest ingest) {
    String name = settings.name();
    SourceConnector source =
        new SourceConnector() {
          @Override
          public String connection() {
            return name;
          }

          @Override
          public List<String> objectTypes() {
            return List.of("records");
          }

          @Override
          public PullBatch pull(String objectType, Optional<Cursor> cursor) {
            if (cursor.isPresent()) {
              return PullBatch.empty();
            }
            List<PulledRecord> records =
                List.of(
                    PulledRecord.live(
                        "records",
                        "p1",
                        T0,
                        List.of(
                            new Referrer(
                                "p1", ReferrerType.PARTNER, "Agency", null, "GOLD", null))),
                    PulledRecord.live(
                        "records",
                        "a1",
                        T0,
                        List.of(new Account("a1", "Acme", Set.of("acme.com"), List.of()))),
                    PulledRecord.live(
                        "records",
                        "r1",
                        T0,
                        List.of(
                            new Referral(
                                "r1", "p1", null, "acme.com", null, null, Channel.LINK, T0, null))),
                    PulledRecord.live(
                        "records",
                        "d1",
                        T0.plusSeconds(86_400 * 20),
                        List.of(
                            new Deal(
                                "d1",
                                "a1",
                                new BigDecimal("12000"),
                                "USD",
                                12,
                                DealStage.CLOSED_WON,
                                T0,
                                T0.plusSeconds(86_400 * 20),
                                List.of()))));
            return new PullBatch(
                records, List.of(), new Cursor(T0.plusSeconds(86_400 * 20), "d1"), false);
          }
        };
    WriteBackPlanner planner =
        new WriteBackPlanner() {
          @Override
          public String connection() {
            return name;
          }

          @Override
          public List<OutboxItem> plan(WriteBackInput input) {
            return input.ledger().stream()
                .map(
                    (CommissionEntry e) ->
                        new OutboxItem(
                            name, "commission", e.id(), "{\"amount\":\"" + e.amount() + "\"}"))
                .toList();
          }
        };
    OutboxPusher pusher =
        new OutboxPusher() {
          @Override
          public String connection() {
            return name;
          }

          @Override
          public List<String> targetTypes() {
            return List.of("commission");
          }

          @Override
          public int batchSize(String targetType) {
            return 100;
          }

          @Override
          public PushOutcome push(String targetType, List<OutboxRow> rows) {
            pushed.addAll(rows);
            return PushOutcome.allAccepted(rows);
          }

          @Override
          public ErrorClassifier classifier() {
            return failure -> RetryDecision.PERMANENT;
          }
        };
    WebhookEndpoint webhook =
        (method, uri, headers, body) -> {
          webhookBodies.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
          ingest.accept(
              name,
              List.of(
                  PulledRecord.live(
                      "records",
                      "a2",
                      T0,
                      List.of(new Account("a2", "Beta", Set.of("beta.com"), List.of())))),
              List.of());
          return new WebhookEndpoint.Response(202, "{\"accepted\":1}");
        };
    return new ConnectionRuntime(
        settings,
        source,
        pusher,
        planner,
        Optional.of(webhook),
        Optional.empty(),
        () -> new ApiCounters(Map.of("records.list", 1L), -1),
        () -> {});
  }
}

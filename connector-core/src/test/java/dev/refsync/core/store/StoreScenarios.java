package dev.refsync.core.store;

import static dev.refsync.core.store.Entries.accrual;
import static dev.refsync.core.store.Entries.withAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ExternalRef;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.port.DeadLetter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The store behaviours, written once and run against H2 (the {@code *Test} classes) and against a
 * real PostgreSQL ({@code PostgresStoreIT}).
 */
final class StoreScenarios {
  private StoreScenarios() {}

  /** Every scenario by name, for the PostgreSQL run. */
  static Map<String, Consumer<StoreFixture>> all() {
    return new java.util.TreeMap<>(
        Map.ofEntries(
            Map.entry(
                "engine run persisted twice yields identical rows", StoreScenarios::engineRunTwice),
            Map.entry(
                "vanished accrual is withdrawn once", StoreScenarios::vanishedAccrualWithdrawn),
            Map.entry(
                "failed engine run writes nothing", StoreScenarios::failedEngineRunWritesNothing),
            Map.entry("pull commits snapshots and cursor together", StoreScenarios::pullCommits),
            Map.entry(
                "pull rolls back snapshots and cursor together", StoreScenarios::pullRollsBack),
            Map.entry("snapshot upsert, delete and dataset", StoreScenarios::snapshotLifecycle),
            Map.entry("cursor never moves backwards", StoreScenarios::cursorNeverMovesBackwards),
            Map.entry("every cursor listed", StoreScenarios::cursorsListed),
            Map.entry("outbox counts by status", StoreScenarios::outboxCounts),
            Map.entry("outbox requeue of a dead row", StoreScenarios::outboxRequeue),
            Map.entry("dead letter by id", StoreScenarios::deadLetterById),
            Map.entry("outbox enqueue twice keeps one row", StoreScenarios::outboxEnqueueReplaces),
            Map.entry("outbox claim, done, failed, dead", StoreScenarios::outboxLifecycle),
            Map.entry(
                "outbox push of a replaced payload", StoreScenarios::outboxPayloadReplacedMidPush),
            Map.entry("ledger rows are never updated", StoreScenarios::ledgerRowsNeverUpdated),
            Map.entry("ledger status and payouts", StoreScenarios::ledgerStatusAndPayouts),
            Map.entry("dead letters list and retry", StoreScenarios::deadLetters),
            Map.entry("migrations apply once", StoreScenarios::migrationsApplyOnce)));
  }

  // --- engine runs ---------------------------------------------------------------------------

  static EngineResult sampleResult() {
    Attribution a1 =
        new Attribution(
            "d1",
            "acc1",
            AttributionModel.SPLIT_EVEN,
            List.of(
                new Credit("r1", "p1", new BigDecimal("0.500000")),
                new Credit("r2", "p2", new BigDecimal("0.500000"))),
            List.of("2 candidates", "SPLIT_EVEN: 1/2 each"));
    Attribution a2 =
        new Attribution(
            "d2",
            "acc2",
            AttributionModel.LAST_REFERRAL,
            List.of(new Credit("r3", "p1", new BigDecimal("1.000000"))),
            List.of("1 candidate"));
    Rejection rejected =
        new Rejection("d1", "r9", RejectionReason.SELF_REFERRAL, "referrer p9 works at acc1");
    return new EngineResult(
        List.of(a1, a2),
        List.of(rejected),
        List.of(
            accrual("e1", "d1", "600.00"),
            accrual("e2", "d1", "600.00"),
            accrual("e3", "d2", "1500.50")));
  }

  static List<OutboxItem> sampleOutbox() {
    return List.of(
        new OutboxItem("sf", "Referral_Commission__c", "e1", "{\"Amount__c\":\"600.00\"}"),
        new OutboxItem("hs", "deals", "d1", "{\"refsync_attribution\":\"SPLIT_EVEN\"}"));
  }

  static void engineRunTwice(StoreFixture f) {
    EngineResult result = sampleResult();

    Reconciliation first = f.store.persistEngineRun(result, sampleOutbox(), f.clock);
    Map<String, List<List<Object>>> afterFirst = dumpEngineTables(f);
    f.clock.advance(Duration.ofHours(1));
    Reconciliation second = f.store.persistEngineRun(result, sampleOutbox(), f.clock);

    assertThat(first.toAppend()).hasSize(3);
    assertThat(second.toAppend()).isEmpty();
    assertThat(second.drifts()).isEmpty();
    assertThat(dumpEngineTables(f)).isEqualTo(afterFirst);
    assertThat(afterFirst.get("commission_ledger")).hasSize(3);
    assertThat(afterFirst.get("attribution")).hasSize(2);
    assertThat(afterFirst.get("attribution_rejection")).hasSize(1);
    assertThat(afterFirst.get("outbox")).hasSize(2);
    f.store.inTransaction(
        tx -> {
          assertThat(tx.ledger().entries()).containsExactlyElementsOf(result.commissions());
          assertThat(tx.attributions().attributions())
              .containsExactlyElementsOf(result.attributions());
          assertThat(tx.attributions().rejections()).containsExactlyElementsOf(result.rejections());
          return null;
        });
  }

  private static Map<String, List<List<Object>>> dumpEngineTables(StoreFixture f) {
    return Map.of(
        "attribution", f.rows("attribution", "deal_id"),
        "attribution_rejection", f.rows("attribution_rejection", "deal_id, referral_id"),
        "commission_ledger", f.rows("commission_ledger", "id"),
        "outbox", f.rows("outbox", "id"));
  }

  static void vanishedAccrualWithdrawn(StoreFixture f) {
    EngineResult full = sampleResult();
    f.store.persistEngineRun(full, List.of(), f.clock);
    // Deal d2 left CLOSED_WON: the engines no longer attribute it nor compute e3.
    EngineResult withoutD2 =
        new EngineResult(
            full.attributions().subList(0, 1), full.rejections(), full.commissions().subList(0, 2));
    f.clock.advance(Duration.ofDays(3));
    Instant seen = f.clock.instant();

    Reconciliation withdrawn = f.store.persistEngineRun(withoutD2, List.of(), f.clock);
    f.clock.advance(Duration.ofDays(1));
    Reconciliation again = f.store.persistEngineRun(withoutD2, List.of(), f.clock);

    assertThat(withdrawn.toAppend())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(EntryKind.CLAWBACK);
              assertThat(c.dealId()).isEqualTo("d2");
              assertThat(c.amount()).isEqualByComparingTo("-1500.50");
              assertThat(c.earnedAt()).isEqualTo(seen);
            });
    assertThat(again.toAppend()).isEmpty();
    assertThat(f.rows("commission_ledger", "id")).hasSize(4);
    assertThat(f.rows("attribution", "deal_id")).hasSize(1);
  }

  static void failedEngineRunWritesNothing(StoreFixture f) {
    EngineResult good = sampleResult();
    // Five decimals cannot be stored in DECIMAL(19,4): append refuses it after the attributions
    // were already written in the same transaction.
    EngineResult bad =
        new EngineResult(
            good.attributions(),
            good.rejections(),
            List.of(good.commissions().get(0), accrual("e9", "d2", "1.00001")));

    assertThatThrownBy(() -> f.store.persistEngineRun(bad, sampleOutbox(), f.clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e9");

    assertThat(f.rows("attribution", "deal_id")).isEmpty();
    assertThat(f.rows("attribution_rejection", "deal_id")).isEmpty();
    assertThat(f.rows("commission_ledger", "id")).isEmpty();
    assertThat(f.rows("outbox", "id")).isEmpty();
  }

  // --- pulls: snapshots and cursors ----------------------------------------------------------

  static final Deal DEAL =
      new Deal(
          "d1",
          "acc1",
          new BigDecimal("24000.00"),
          "USD",
          24,
          DealStage.CLOSED_WON,
          Instant.parse("2026-01-10T00:00:00Z"),
          Instant.parse("2026-02-20T12:00:00Z"),
          List.of(new ExternalRef(ExternalRef.SALESFORCE, "006A")));

  static void pullCommits(StoreFixture f) {
    Cursor cursor = new Cursor(Instant.parse("2026-02-20T12:00:01Z"), "006A");

    f.store.inTransaction(
        tx -> {
          tx.snapshots().upsert("SALESFORCE", "Opportunity", "006A", DEAL, cursor.time());
          tx.cursors().advance("sf", "Opportunity", cursor);
          return null;
        });

    f.store.inTransaction(
        tx -> {
          assertThat(tx.cursors().get("sf", "Opportunity")).contains(cursor);
          assertThat(tx.snapshots().loadDataset().deals()).containsExactly(DEAL);
          return null;
        });
  }

  static void pullRollsBack(StoreFixture f) {
    IllegalStateException boom = new IllegalStateException("mapping failed after the write");

    assertThatThrownBy(
            () ->
                f.store.inTransaction(
                    tx -> {
                      tx.snapshots().upsert("SALESFORCE", "Opportunity", "006A", DEAL, null);
                      tx.cursors()
                          .advance(
                              "sf",
                              "Opportunity",
                              new Cursor(Instant.EPOCH.plusSeconds(5), "006A"));
                      throw boom;
                    }))
        .isSameAs(boom);

    assertThat(f.rows("canonical_snapshot", "external_id")).isEmpty();
    assertThat(f.rows("sync_cursor", "object_type")).isEmpty();
  }

  static void snapshotLifecycle(StoreFixture f) {
    Account account =
        new Account(
            "acc1",
            "Acme",
            Set.of("acme.com"),
            List.of(new ExternalRef(ExternalRef.HUBSPOT, "123")));
    Referral referral =
        new Referral(
            "r1",
            "p1",
            "jane@acme.com",
            "acme.com",
            "Acme",
            null,
            Channel.LINK,
            Instant.parse("2026-01-05T00:00:00Z"),
            new ExternalRef(ExternalRef.HUBSPOT, "r-1"));
    Deal olderCopy =
        new Deal(
            "d1",
            "acc1",
            new BigDecimal("10.00"),
            "USD",
            12,
            DealStage.OPEN,
            DEAL.createdAt(),
            null,
            List.of());
    Deal changed =
        new Deal(
            "d1",
            "acc1",
            new BigDecimal("26000.00"),
            "USD",
            24,
            DealStage.CLOSED_WON,
            DEAL.createdAt(),
            DEAL.closedAt(),
            DEAL.references());

    CanonicalDataset live =
        f.store.inTransaction(
            tx -> {
              tx.snapshots().upsert("HUBSPOT", "companies", "123", account, null);
              tx.snapshots().upsert("HUBSPOT", "referral", "r-1", referral, DEAL.createdAt());
              tx.snapshots().upsert("SALESFORCE", "Opportunity", "006A", DEAL, DEAL.closedAt());
              tx.snapshots().upsert("SALESFORCE", "Opportunity", "006A", changed, DEAL.closedAt());
              // The same deal also synced from HubSpot, modified earlier at its source: loses.
              tx.snapshots().upsert("HUBSPOT", "deals", "900", olderCopy, DEAL.createdAt());
              return tx.snapshots().loadDataset();
            });

    assertThat(live.accounts()).containsExactly(account);
    assertThat(live.referrals()).containsExactly(referral);
    assertThat(live.deals()).containsExactly(changed);
    assertThat(f.rows("canonical_snapshot", "external_id")).hasSize(4);

    CanonicalDataset afterDelete =
        f.store.inTransaction(
            tx -> {
              assertThat(tx.snapshots().markDeleted("SALESFORCE", "Opportunity", "006A")).isTrue();
              assertThat(tx.snapshots().markDeleted("SALESFORCE", "Opportunity", "nope")).isFalse();
              return tx.snapshots().loadDataset();
            });
    assertThat(afterDelete.deals()).containsExactly(olderCopy);

    CanonicalDataset restored =
        f.store.inTransaction(
            tx -> {
              tx.snapshots().upsert("SALESFORCE", "Opportunity", "006A", changed, DEAL.closedAt());
              return tx.snapshots().loadDataset();
            });
    assertThat(restored.deals()).containsExactly(changed);
  }

  static void cursorNeverMovesBackwards(StoreFixture f) {
    Instant t = Instant.parse("2026-02-01T00:00:00Z");
    Cursor latest = new Cursor(t, "b");

    List<Cursor> stored =
        f.store.inTransaction(
            tx -> {
              CursorStore cursors = tx.cursors();
              cursors.advance("hs", "deals", new Cursor(t, "a"));
              Cursor second = cursors.advance("hs", "deals", latest);
              Cursor sameTimeSmallerId = cursors.advance("hs", "deals", new Cursor(t, "a"));
              Cursor earlier = cursors.advance("hs", "deals", new Cursor(t.minusSeconds(1), "z"));
              return List.of(second, sameTimeSmallerId, earlier);
            });

    assertThat(stored).containsOnly(latest);
    Optional<Cursor> deals = f.store.inTransaction(tx -> tx.cursors().get("hs", "deals"));
    Optional<Cursor> companies = f.store.inTransaction(tx -> tx.cursors().get("hs", "companies"));
    assertThat(deals).contains(latest);
    assertThat(companies).isEmpty();
  }

  static void cursorsListed(StoreFixture f) {
    Instant t = Instant.parse("2026-02-01T00:00:00Z");
    f.store.inTransaction(
        tx -> {
          tx.cursors().advance("sf", "Opportunity", new Cursor(t, "006B"));
          f.clock.advance(Duration.ofMinutes(1));
          tx.cursors().advance("hs", "deals", new Cursor(t.plusSeconds(5), "42"));
          return null;
        });

    List<StoredCursor> all = f.store.inTransaction(tx -> tx.cursors().all());

    assertThat(all)
        .containsExactly(
            new StoredCursor("hs", "deals", new Cursor(t.plusSeconds(5), "42"), f.clock.instant()),
            new StoredCursor(
                "sf",
                "Opportunity",
                new Cursor(t, "006B"),
                f.clock.instant().minus(Duration.ofMinutes(1))));
  }

  // --- outbox --------------------------------------------------------------------------------

  static void outboxEnqueueReplaces(StoreFixture f) {
    f.store.inTransaction(
        tx -> {
          tx.outbox().enqueue(new OutboxItem("sf", "Opportunity", "006A", "{\"v\":1}"));
          tx.outbox().enqueue(new OutboxItem("sf", "Opportunity", "006A", "{\"v\":2}"));
          return null;
        });

    List<OutboxRow> rows = f.store.inTransaction(tx -> tx.outbox().all());
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.item().payload()).isEqualTo("{\"v\":2}");
              assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
            });
  }

  static void outboxLifecycle(StoreFixture f) {
    Clock clock = f.clock;
    f.store.inTransaction(
        tx -> {
          tx.outbox().enqueue(new OutboxItem("sf", "Referral_Commission__c", "e1", "{}"));
          f.clock.advance(Duration.ofSeconds(1));
          tx.outbox().enqueue(new OutboxItem("sf", "Referral_Commission__c", "e2", "{}"));
          f.clock.advance(Duration.ofSeconds(1));
          tx.outbox().enqueue(new OutboxItem("sf", "Referral_Commission__c", "e3", "{}"));
          tx.outbox().enqueue(new OutboxItem("sf", "Opportunity", "006A", "{}"));
          return null;
        });

    f.store.inTransaction(
        tx -> {
          OutboxStore outbox = tx.outbox();
          assertThat(outbox.depth()).isEqualTo(4);
          List<OutboxRow> batch =
              outbox.claimBatch("sf", "Referral_Commission__c", 2, clock.instant());
          assertThat(batch).extracting(r -> r.item().targetKey()).containsExactly("e1", "e2");

          assertThat(outbox.markDone(List.of(batch.get(0)))).isEqualTo(1);
          Instant retryAt = clock.instant().plus(Duration.ofMinutes(5));
          outbox.markFailed(batch.get(1).id(), "HTTP 503 from Salesforce", retryAt);

          assertThat(outbox.claimBatch("sf", "Referral_Commission__c", 10, clock.instant()))
              .extracting(r -> r.item().targetKey())
              .containsExactly("e3");
          assertThat(outbox.claimBatch("sf", "Referral_Commission__c", 10, retryAt))
              .extracting(r -> r.item().targetKey())
              .containsExactly("e2", "e3");
          OutboxRow failed = outbox.get(batch.get(1).id()).orElseThrow();
          assertThat(failed.attempts()).isEqualTo(1);
          assertThat(failed.lastError()).isEqualTo("HTTP 503 from Salesforce");
          assertThat(failed.nextAttemptAt()).isEqualTo(retryAt);

          outbox.deadLetter(failed, "INVALID_FIELD: Amount__c");
          assertThat(outbox.get(failed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);
          assertThat(outbox.depth()).isEqualTo(2);
          assertThat(tx.deadLetters().list())
              .singleElement()
              .satisfies(
                  d -> {
                    assertThat(d.letter().system()).isEqualTo("sf");
                    assertThat(d.letter().objectType()).isEqualTo("Referral_Commission__c");
                    assertThat(d.letter().recordId()).isEqualTo("e2");
                    assertThat(d.letter().error()).isEqualTo("INVALID_FIELD: Amount__c");
                    assertThat(d.retried()).isFalse();
                  });

          // Same payload for a DONE row: nothing new to send.
          outbox.enqueue(new OutboxItem("sf", "Referral_Commission__c", "e1", "{}"));
          assertThat(outbox.get(batch.get(0).id()).orElseThrow().status())
              .isEqualTo(OutboxStatus.DONE);
          // A changed payload for a DONE row: pending again.
          outbox.enqueue(new OutboxItem("sf", "Referral_Commission__c", "e1", "{\"v\":2}"));
          assertThat(outbox.get(batch.get(0).id()).orElseThrow().status())
              .isEqualTo(OutboxStatus.PENDING);
          assertThatThrownBy(() -> outbox.markFailed(999_999L, "x", retryAt))
              .isInstanceOf(UnknownOutboxRowException.class);
          return null;
        });
  }

  static void outboxPayloadReplacedMidPush(StoreFixture f) {
    OutboxItem v1 = new OutboxItem("hs", "deals", "900", "{\"v\":1}");
    OutboxItem v2 = new OutboxItem("hs", "deals", "900", "{\"v\":2}");
    OutboxItem v3 = new OutboxItem("hs", "deals", "900", "{\"v\":3}");
    f.store.inTransaction(
        tx -> {
          tx.outbox().enqueue(v1);
          return null;
        });
    List<OutboxRow> claimed =
        f.store.inTransaction(tx -> tx.outbox().claimBatch("hs", "deals", 10, f.clock.instant()));
    // An engine run commits a newer payload while v1 is on the wire.
    f.store.inTransaction(
        tx -> {
          tx.outbox().enqueue(v2);
          return null;
        });

    int done = f.store.inTransaction(tx -> tx.outbox().markDone(claimed));

    assertThat(done).isZero();
    List<OutboxRow> pending =
        f.store.inTransaction(tx -> tx.outbox().claimBatch("hs", "deals", 10, f.clock.instant()));
    assertThat(pending)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.item()).isEqualTo(v2);
              assertThat(row.payloadVersion()).isEqualTo(2);
            });

    // The v2 push is rejected for good while v3 arrives: v2 is dead-lettered, v3 still goes.
    f.store.inTransaction(
        tx -> {
          tx.outbox().enqueue(v3);
          tx.outbox().deadLetter(pending.get(0), "PROPERTY_DOESNT_EXIST");
          return null;
        });
    List<OutboxRow> after = f.store.inTransaction(tx -> tx.outbox().all());
    List<StoredDeadLetter> letters = f.store.inTransaction(tx -> tx.deadLetters().list());
    assertThat(after)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
              assertThat(row.item()).isEqualTo(v3);
            });
    assertThat(letters)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.letter().payload()).isEqualTo(v2.payload());
              assertThat(d.letter().error()).isEqualTo("PROPERTY_DOESNT_EXIST");
            });
  }

  // --- ledger --------------------------------------------------------------------------------

  static void ledgerRowsNeverUpdated(StoreFixture f) {
    CommissionEntry original = accrual("e1", "d1", "1200.00");
    f.store.inTransaction(tx -> tx.ledger().append(List.of(original)));
    List<List<Object>> before = f.rows("commission_ledger", "id");

    f.clock.advance(Duration.ofDays(1));
    List<CommissionEntry> appended =
        f.store.inTransaction(tx -> tx.ledger().append(List.of(withAmount(original, "999.99"))));

    assertThat(appended).isEmpty();
    assertThat(f.rows("commission_ledger", "id")).isEqualTo(before);
    List<CommissionEntry> entries = f.store.inTransaction(tx -> tx.ledger().entries());
    assertThat(entries).containsExactly(original);
  }

  static void ledgerStatusAndPayouts(StoreFixture f) {
    CommissionEntry held = accrual("e1", "d1", "1200.00");
    CommissionEntry paid = accrual("e2", "d2", "50.00");
    f.store.inTransaction(tx -> tx.ledger().append(List.of(held, paid)));
    Instant beforePayable = held.payableAt().minusSeconds(1);

    Map<String, EntryStatus> statuses =
        f.store.inTransaction(
            tx -> {
              assertThat(tx.ledger().recordPayout("e2", beforePayable, "PAY-1")).isTrue();
              assertThat(tx.ledger().recordPayout("e2", beforePayable, "PAY-2")).isFalse();
              assertThatThrownBy(() -> tx.ledger().recordPayout("nope", beforePayable, "PAY-3"))
                  .isInstanceOf(UnknownLedgerEntryException.class)
                  .hasMessageContaining("nope");
              Map<String, EntryStatus> result = new java.util.HashMap<>();
              tx.ledger()
                  .entriesAsOf(beforePayable)
                  .forEach(e -> result.put(e.id() + "@before", e.status()));
              tx.ledger()
                  .entriesAsOf(held.payableAt())
                  .forEach(e -> result.put(e.id() + "@payable", e.status()));
              return result;
            });

    assertThat(statuses)
        .containsEntry("e1@before", EntryStatus.HELD)
        .containsEntry("e1@payable", EntryStatus.PAYABLE)
        .containsEntry("e2@before", EntryStatus.PAID)
        .containsEntry("e2@payable", EntryStatus.PAID);
    assertThat(f.rows("commission_payout", "entry_id")).hasSize(1);
  }

  static void outboxCounts(StoreFixture f) {
    Instant first = f.clock.instant();
    f.store.inTransaction(
        tx -> {
          tx.outbox().enqueue(new OutboxItem("sf", "Referral_Commission__c", "e1", "{}"));
          f.clock.advance(Duration.ofMinutes(1));
          tx.outbox().enqueue(new OutboxItem("sf", "Referral_Commission__c", "e2", "{}"));
          tx.outbox().enqueue(new OutboxItem("sf", "Referral_Commission__c", "e3", "{}"));
          tx.outbox().enqueue(new OutboxItem("hs", "deals", "900", "{}"));
          List<OutboxRow> claimed =
              tx.outbox().claimBatch("sf", "Referral_Commission__c", 10, f.clock.instant());
          tx.outbox().markDone(List.of(claimed.get(0)));
          tx.outbox().deadLetter(claimed.get(1), "INVALID_FIELD");
          return null;
        });

    List<OutboxCount> counts = f.store.inTransaction(tx -> tx.outbox().counts());

    Instant second = first.plus(Duration.ofMinutes(1));
    assertThat(counts)
        .containsExactly(
            new OutboxCount("hs", "deals", OutboxStatus.PENDING, 1, second),
            new OutboxCount("sf", "Referral_Commission__c", OutboxStatus.DEAD, 1, second),
            new OutboxCount("sf", "Referral_Commission__c", OutboxStatus.DONE, 1, first),
            new OutboxCount("sf", "Referral_Commission__c", OutboxStatus.PENDING, 1, second));
  }

  static void outboxRequeue(StoreFixture f) {
    OutboxRow dead =
        f.store.inTransaction(
            tx -> {
              OutboxStore outbox = tx.outbox();
              outbox.enqueue(new OutboxItem("sf", "Referral_Commission__c", "e1", "{\"v\":1}"));
              outbox.enqueue(new OutboxItem("sf", "Referral_Commission__c", "e2", "{}"));
              List<OutboxRow> claimed =
                  outbox.claimBatch("sf", "Referral_Commission__c", 10, f.clock.instant());
              outbox.markFailed(claimed.get(0).id(), "HTTP 503", f.clock.instant());
              outbox.deadLetter(outbox.get(claimed.get(0).id()).orElseThrow(), "INVALID_FIELD");
              outbox.markDone(List.of(claimed.get(1)));
              return outbox.get(claimed.get(0).id()).orElseThrow();
            });
    assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(2);
    f.clock.advance(Duration.ofHours(3));

    f.store.inTransaction(
        tx -> {
          OutboxStore outbox = tx.outbox();
          assertThat(outbox.requeue("sf", "Referral_Commission__c", "e1"))
              .contains(OutboxStatus.DEAD);
          OutboxRow requeued = outbox.get(dead.id()).orElseThrow();
          assertThat(requeued.status()).isEqualTo(OutboxStatus.PENDING);
          assertThat(requeued.attempts()).isZero();
          assertThat(requeued.nextAttemptAt()).isEqualTo(f.clock.instant());
          assertThat(requeued.item().payload()).isEqualTo("{\"v\":1}");
          assertThat(outbox.claimBatch("sf", "Referral_Commission__c", 10, f.clock.instant()))
              .extracting(OutboxRow::id)
              .containsExactly(dead.id());

          // A second retry finds the row pending and leaves it; a DONE row is never re-sent.
          assertThat(outbox.requeue("sf", "Referral_Commission__c", "e1"))
              .contains(OutboxStatus.PENDING);
          assertThat(outbox.get(dead.id()).orElseThrow()).isEqualTo(requeued);
          assertThat(outbox.requeue("sf", "Referral_Commission__c", "e2"))
              .contains(OutboxStatus.DONE);
          assertThat(outbox.requeue("sf", "Referral_Commission__c", "nope")).isEmpty();
          return null;
        });
    List<OutboxCount> counts = f.store.inTransaction(tx -> tx.outbox().counts());
    assertThat(counts)
        .extracting(OutboxCount::status)
        .containsExactly(OutboxStatus.DONE, OutboxStatus.PENDING);
  }

  // --- dead letters and migrations -----------------------------------------------------------

  static void deadLetters(StoreFixture f) {
    DeadLetter letter =
        new DeadLetter(
            "HUBSPOT",
            "deals",
            "900",
            "{\"amount\":\"abc\"}",
            "amount 'abc' is not a decimal",
            f.clock.instant());
    new TransactionalDeadLetterSink(f.store).deadLetter(letter);

    List<StoredDeadLetter> stored = f.store.inTransaction(tx -> tx.deadLetters().list());
    assertThat(stored)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.letter()).isEqualTo(letter);
              assertThat(d.retried()).isFalse();
            });

    f.store.inTransaction(tx -> tx.deadLetters().markRetried(stored.get(0).id()));

    f.store.inTransaction(
        tx -> {
          assertThat(tx.deadLetters().pending()).isEmpty();
          assertThat(tx.deadLetters().list())
              .singleElement()
              .extracting(StoredDeadLetter::retried)
              .isEqualTo(true);
          assertThat(tx.deadLetters().markRetried(999_999L)).isFalse();
          return null;
        });
  }

  static void deadLetterById(StoreFixture f) {
    DeadLetter first =
        new DeadLetter(
            "hs", "deals", "900", "{}", "amount 'abc' is not a decimal", f.clock.instant());
    DeadLetter second =
        new DeadLetter("sf", "Opportunity", "006A", null, "INVALID_FIELD", f.clock.instant());
    List<StoredDeadLetter> stored =
        f.store.inTransaction(
            tx -> {
              tx.deadLetters().add(first);
              tx.deadLetters().add(second);
              return tx.deadLetters().list();
            });

    f.store.inTransaction(
        tx -> {
          long secondId = stored.get(1).id();
          assertThat(tx.deadLetters().get(secondId))
              .contains(new StoredDeadLetter(secondId, second, false));
          tx.deadLetters().markRetried(secondId);
          assertThat(tx.deadLetters().get(secondId))
              .contains(new StoredDeadLetter(secondId, second, true));
          assertThat(tx.deadLetters().get(stored.get(0).id()).orElseThrow().letter())
              .isEqualTo(first);
          assertThat(tx.deadLetters().get(999_999L)).isEmpty();
          return null;
        });
  }

  static void migrationsApplyOnce(StoreFixture f) {
    List<List<Object>> history = f.rows("\"flyway_schema_history\"", "1");

    assertThat(Migrations.migrate(f.dataSource)).isZero();
    assertThat(f.rows("\"flyway_schema_history\"", "1")).isEqualTo(history);
    assertThat(history).anySatisfy(row -> assertThat(row).contains("1", "state store", true));
  }
}

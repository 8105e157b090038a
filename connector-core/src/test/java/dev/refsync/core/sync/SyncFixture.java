package dev.refsync.core.sync;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionRules;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.store.StoredDeadLetter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A migrated in-memory store with a clock the test moves, and a few canonical records. */
final class SyncFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  final MovableClock clock = new MovableClock(T0);
  final HikariDataSource dataSource =
      DataSources.create(
          new StoreConfig("jdbc:h2:mem:sync-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
  final Store store;

  SyncFixture() {
    Migrations.migrate(dataSource);
    store = new Store(dataSource, clock);
  }

  static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** One flat 500.00 partner reward on closed-won, no hold. */
  static PlansConfig flatPartnerPlan() {
    return new PlansConfig(
        AttributionRules.defaults(),
        List.of(
            new Plan(
                "partner-flat",
                Set.of(ReferrerType.PARTNER),
                Set.of(),
                new Reward.Flat(new BigDecimal("500.00")),
                new Trigger.ClosedWon(),
                0,
                90)));
  }

  static Referrer partner(String id) {
    return new Referrer(
        id, ReferrerType.PARTNER, "Partner " + id, id + "@partners.example", null, null);
  }

  static Account account(String id, String domain) {
    return new Account(id, "Company " + id, Set.of(domain), List.of());
  }

  static Referral referral(String id, String referrerId, String domain, Instant at) {
    return new Referral(id, referrerId, null, domain, null, null, Channel.LINK, at, null);
  }

  static Deal wonDeal(String id, String accountId, String amount, Instant closedAt) {
    return new Deal(
        id,
        accountId,
        new BigDecimal(amount),
        "USD",
        12,
        DealStage.CLOSED_WON,
        closedAt.minus(Duration.ofDays(10)),
        closedAt,
        List.of());
  }

  CanonicalDataset dataset() {
    return store.inTransaction(tx -> tx.snapshots().loadDataset());
  }

  List<StoredDeadLetter> deadLetters() {
    return store.inTransaction(tx -> tx.deadLetters().list());
  }

  List<OutboxRow> outbox() {
    return store.inTransaction(tx -> tx.outbox().all());
  }

  List<CommissionEntry> ledger() {
    return store.inTransaction(tx -> tx.ledger().entries());
  }

  List<Attribution> attributions() {
    return store.inTransaction(tx -> tx.attributions().attributions());
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** A clock the test moves forward by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test clock is UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

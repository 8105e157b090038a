package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.Reconciliation;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A deal that leaves CLOSED_WON after its commissions were earned has them reversed by CLAWBACK
 * entries at the time the change was seen; the ledger is append-only (DESIGN 5). The engine's own
 * clawbacks must carry the key the store's reconciler matches on, or the withdrawal would reverse
 * too much.
 */
class DealLeavingClosedWonWithdrawalEndToEndTest {
  private static final Plan ACV =
      plan(
          "customer-acv",
          ReferrerType.CUSTOMER,
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon(),
          0,
          90);
  private static final Plan PARTNER =
      plan(
          "partner-recurring",
          ReferrerType.PARTNER,
          new Reward.RecurringPercent(new BigDecimal("25"), 12, null),
          new Trigger.FirstPayment(),
          30,
          90);

  private final HikariDataSource dataSource =
      DataSources.create(
          new StoreConfig("jdbc:h2:mem:engine-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
  private final Store store;

  DealLeavingClosedWonWithdrawalEndToEndTest() {
    Migrations.migrate(dataSource);
    store = new Store(dataSource, Clock.fixed(day(0), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  private static World world(DealStage stageOfD1) {
    return new World()
        .referrer("c1", ReferrerType.CUSTOMER)
        .referrer("p1", ReferrerType.PARTNER)
        .account("a1", "acme.com")
        .account("a2", "beta.com")
        .referral("r1", "c1", "acme.com", day(0))
        .referral("r2", "p1", "beta.com", day(0))
        .deal("d1", "a1", "12000", 12, stageOfD1, day(20))
        .wonDeal("d2", "a2", "12000", 12, day(20))
        .payment("pay1", "a2", "1000", day(25))
        .payment("pay2", "a2", "1000", day(55))
        .refund("re1", "pay2", "500", day(58));
  }

  private static Clock seenAt(long day) {
    return Clock.fixed(day(day), ZoneOffset.UTC);
  }

  private List<CommissionEntry> ledger() {
    return store.inTransaction(tx -> tx.ledger().entries());
  }

  @Test
  void oneTimeRewardOfADealThatLeftClosedWonIsWithdrawnOnce() {
    store.persistEngineRun(
        world(DealStage.CLOSED_WON).evaluate(day(60), ACV), List.of(), seenAt(60));

    World lost = world(DealStage.CLOSED_LOST);
    Reconciliation second =
        store.persistEngineRun(lost.evaluate(day(70), ACV), List.of(), seenAt(70));
    Reconciliation third =
        store.persistEngineRun(lost.evaluate(day(80), ACV), List.of(), seenAt(80));

    CommissionEntry accrual =
        ledger().stream().filter(e -> e.kind() == EntryKind.ACCRUAL).findFirst().orElseThrow();
    assertThat(second.toAppend())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(EntryKind.CLAWBACK);
              assertThat(c.amount()).isEqualByComparingTo("-1200.00");
              assertThat(c.earnedAt()).isEqualTo(day(70));
              assertThat(c.payableAt()).isEqualTo(day(70));
              assertThat(c.status()).isEqualTo(EntryStatus.PAYABLE);
              assertThat(c)
                  .usingRecursiveComparison()
                  .comparingOnlyFields(
                      "planId", "referralId", "referrerId", "dealId", "paymentId", "currency")
                  .isEqualTo(accrual);
            });
    assertThat(third.toAppend()).isEmpty();
    assertThat(ledger()).hasSize(2);
  }

  @Test
  void recurringEntriesAreWithdrawnNetOfTheEngineRefundClawbacks() {
    store.persistEngineRun(
        world(DealStage.CLOSED_WON).evaluate(day(60), PARTNER), List.of(), seenAt(60));
    assertThat(ledger())
        .extracting(CommissionEntry::paymentId, CommissionEntry::kind, CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("pay1", EntryKind.ACCRUAL, new BigDecimal("250.00")),
            tuple("pay2", EntryKind.ACCRUAL, new BigDecimal("250.00")),
            tuple("pay2", EntryKind.CLAWBACK, new BigDecimal("-125.00")));

    World d2Lost = world(DealStage.CLOSED_WON);
    d2Lost.deals.removeIf(d -> d.id().equals("d2"));
    Reconciliation second =
        store.persistEngineRun(d2Lost.evaluate(day(70), PARTNER), List.of(), seenAt(70));
    Reconciliation third =
        store.persistEngineRun(d2Lost.evaluate(day(80), PARTNER), List.of(), seenAt(80));

    // Only what the refund did not already reverse is withdrawn.
    assertThat(second.toAppend())
        .extracting(
            CommissionEntry::paymentId,
            CommissionEntry::dealId,
            CommissionEntry::kind,
            CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("pay1", "d2", EntryKind.CLAWBACK, new BigDecimal("-250.00")),
            tuple("pay2", "d2", EntryKind.CLAWBACK, new BigDecimal("-125.00")));
    assertThat(third.toAppend()).isEmpty();
    assertThat(
            ledger().stream().map(CommissionEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0");
  }

  @Test
  void deletedDealIsWithdrawnLikeOneThatLeftClosedWon() {
    store.persistEngineRun(
        world(DealStage.CLOSED_WON).evaluate(day(60), ACV), List.of(), seenAt(60));
    World deleted = world(DealStage.CLOSED_WON);
    List<Deal> remaining = deleted.deals.stream().filter(d -> !d.id().equals("d1")).toList();
    deleted.deals.clear();
    deleted.deals.addAll(remaining);

    Reconciliation second =
        store.persistEngineRun(deleted.evaluate(day(70), ACV), List.of(), seenAt(70));

    assertThat(second.toAppend())
        .extracting(CommissionEntry::dealId, CommissionEntry::amount)
        .containsExactly(tuple("d1", new BigDecimal("-1200.00")));
  }

  @Test
  void dealComingBackAfterItsWithdrawalIsNotReversedTwice() {
    World won = world(DealStage.CLOSED_WON);
    store.persistEngineRun(won.evaluate(day(30), PARTNER), List.of(), seenAt(30));
    World d2Lost = world(DealStage.CLOSED_WON);
    d2Lost.deals.removeIf(d -> d.id().equals("d2"));
    store.persistEngineRun(d2Lost.evaluate(day(40), PARTNER), List.of(), seenAt(40));

    // d2 is closed-won again, and pay1 is half refunded: the engine computes a clawback of the
    // withdrawn pay1 accrual.
    World back = world(DealStage.CLOSED_WON).refund("re-pay1", "pay1", "500", day(45));
    Reconciliation third =
        store.persistEngineRun(back.evaluate(day(50), PARTNER), List.of(), seenAt(50));

    assertThat(third.toAppend()).isEmpty();
    assertThat(
            ledger().stream()
                .filter(e -> "pay1".equals(e.paymentId()))
                .map(CommissionEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0");
  }
}

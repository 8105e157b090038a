package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.Money;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Invariants of DESIGN 5 over random programs: determinism, caps, reversals, rounding. */
class CommissionEngineProperties {
  private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "KWD"};
  private static final Instant AS_OF = day(400);

  @Property(tries = 200)
  void recomputingWithShuffledInputsGivesIdenticalEntriesAndIds(@ForAll long seed) {
    Scenario scenario = Scenario.random(seed);
    List<CommissionEntry> entries = scenario.compute();

    Random shuffler = new Random(~seed);
    List<CommissionEntry> shuffled = scenario.shuffled(shuffler).compute();

    assertThat(shuffled).isEqualTo(entries);
    assertThat(entries).extracting(CommissionEntry::id).doesNotHaveDuplicates();
  }

  @Property(tries = 200)
  void theLedgerIsSortedByEarnedAtThenId(@ForAll long seed) {
    assertThat(Scenario.random(seed).compute())
        .isSortedAccordingTo(
            java.util.Comparator.comparing(CommissionEntry::earnedAt)
                .thenComparing(CommissionEntry::id));
  }

  @Property(tries = 200)
  void noReferralsAccrualsUnderACappedPlanExceedTheCap(@ForAll long seed) {
    Scenario scenario = Scenario.random(seed);
    Map<String, Plan> plans =
        scenario.plans.plans().stream().collect(Collectors.toMap(Plan::id, p -> p));

    Map<List<String>, BigDecimal> totals = new HashMap<>();
    for (CommissionEntry entry : scenario.compute()) {
      if (entry.kind() == EntryKind.ACCRUAL) {
        totals.merge(
            List.of(entry.planId(), entry.referralId(), entry.currency()),
            entry.amount(),
            BigDecimal::add);
      }
    }
    totals.forEach(
        (key, total) -> {
          BigDecimal cap = plans.get(key.get(0)).reward().cap();
          if (cap != null) {
            assertThat(total).isLessThanOrEqualTo(Money.round(cap, key.get(2)));
          }
        });
  }

  @Property(tries = 200)
  void clawbacksAgainstAnAccrualNeverExceedItInAbsoluteValue(@ForAll long seed) {
    Map<List<String>, List<CommissionEntry>> bySubject =
        Scenario.random(seed).compute().stream()
            .collect(
                Collectors.groupingBy(
                    e ->
                        java.util.Arrays.asList(
                            e.planId(), e.referralId(), e.dealId(), e.paymentId())));
    bySubject.forEach(
        (subject, entries) -> {
          List<CommissionEntry> accruals =
              entries.stream().filter(e -> e.kind() == EntryKind.ACCRUAL).toList();
          BigDecimal reversed =
              entries.stream()
                  .filter(e -> e.kind() == EntryKind.CLAWBACK)
                  .map(CommissionEntry::amount)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(accruals).hasSize(1);
          assertThat(reversed.signum()).isLessThanOrEqualTo(0);
          assertThat(reversed.abs()).isLessThanOrEqualTo(accruals.get(0).amount());
          entries.stream()
              .filter(e -> e.kind() == EntryKind.CLAWBACK)
              .forEach(c -> assertThat(c.earnedAt()).isAfterOrEqualTo(accruals.get(0).earnedAt()));
        });
  }

  @Property(tries = 200)
  void everyAmountHasItsCurrencysScaleAndIsNotZero(@ForAll long seed) {
    for (CommissionEntry entry : Scenario.random(seed).compute()) {
      assertThat(entry.amount().scale()).isEqualTo(Money.minorUnits(entry.currency()));
      assertThat(entry.amount().signum()).isNotZero();
      assertThat(entry.earnedAt()).isBeforeOrEqualTo(AS_OF);
    }
  }

  /** A random program: a few referrers, referrals, accounts, deals, payments, refunds, churns. */
  private record Scenario(Fixture fixture, List<Attribution> attributions, PlansConfig plans) {

    static Scenario random(long seed) {
      Random random = new Random(seed);
      Fixture f = new Fixture();
      ReferrerType[] types = ReferrerType.values();
      for (int i = 0; i < 4; i++) {
        f.referrer(
            "p" + i, types[random.nextInt(types.length)], random.nextBoolean() ? "GOLD" : null);
      }
      for (int i = 0; i < 8; i++) {
        f.referral("r" + i, "p" + random.nextInt(4));
      }
      int accounts = 5;
      for (int i = 0; i < 10; i++) {
        String account = "a" + random.nextInt(accounts);
        f.deal(
            "d" + i,
            account,
            String.valueOf(1000 + random.nextInt(200_000)),
            CURRENCIES[random.nextInt(CURRENCIES.length)],
            1 + random.nextInt(36),
            day(random.nextInt(200)));
        if (random.nextInt(5) > 0) {
          String first = "r" + random.nextInt(8);
          String second = "r" + random.nextInt(8);
          if (random.nextBoolean() && !first.equals(second)) {
            f.credit("d" + i, first, "0.333333").credit("d" + i, second, "0.666667");
          } else {
            f.credit("d" + i, first, "1.000000");
          }
        }
      }
      for (int i = 0; i < 30; i++) {
        f.payment(
            "pay" + i,
            "a" + random.nextInt(accounts),
            random.nextInt(5000) + "." + random.nextInt(100),
            CURRENCIES[random.nextInt(CURRENCIES.length)],
            day(random.nextInt(500)).plusSeconds(random.nextInt(86_400)));
      }
      for (int i = 0; i < 12; i++) {
        Instant at = day(random.nextInt(500));
        String paymentId = "pay" + random.nextInt(30);
        String amount = random.nextBoolean() ? "1000000" : String.valueOf(random.nextInt(3000));
        f.refund("f" + i, paymentId, amount, at);
      }
      for (int i = 0; i < 3; i++) {
        f.churn("a" + random.nextInt(accounts), day(random.nextInt(500)));
      }
      return new Scenario(f, f.attributions(), randomPlans(random));
    }

    private static PlansConfig randomPlans(Random random) {
      List<Plan> plans = new ArrayList<>();
      int i = 0;
      for (ReferrerType type : ReferrerType.values()) {
        plans.add(
            new Plan(
                "plan" + i++,
                Set.of(type),
                Set.of(),
                randomReward(random),
                randomTrigger(random),
                random.nextInt(3) * 15,
                random.nextBoolean() ? 30 + random.nextInt(90) : null));
      }
      return Fixture.config(plans.toArray(Plan[]::new));
    }

    private static Reward randomReward(Random random) {
      BigDecimal percent = BigDecimal.valueOf(1 + random.nextInt(3000), 2);
      BigDecimal cap = random.nextBoolean() ? BigDecimal.valueOf(100 + random.nextInt(3000)) : null;
      Integer months = random.nextBoolean() ? 1 + random.nextInt(12) : null;
      switch (random.nextInt(4)) {
        case 0:
          return new Reward.Flat(BigDecimal.valueOf(random.nextInt(100_000), 2));
        case 1:
          return new Reward.PercentOfFirstYearAcv(percent, cap);
        case 2:
          return new Reward.RecurringPercent(percent, months, cap);
        default:
          return new Reward.Tiered(
              List.of(
                  new Reward.Tier(1, percent),
                  new Reward.Tier(2, percent.add(BigDecimal.ONE)),
                  new Reward.Tier(4, percent.add(BigDecimal.TEN))),
              random.nextBoolean() ? Reward.Basis.ACV : Reward.Basis.PAYMENTS,
              months,
              cap);
      }
    }

    private static Trigger randomTrigger(Random random) {
      switch (random.nextInt(3)) {
        case 0:
          return new Trigger.ClosedWon();
        case 1:
          return new Trigger.FirstPayment();
        default:
          return new Trigger.Retained(random.nextInt(60));
      }
    }

    List<CommissionEntry> compute() {
      return new CommissionEngine(plans).compute(fixture.dataset(), attributions, AS_OF);
    }

    /** The same records and attributions, every list in another order. */
    Scenario shuffled(Random random) {
      CanonicalDataset data = fixture.dataset();
      Fixture copy = new Fixture();
      copy.referrers.addAll(shuffle(data.referrers(), random));
      copy.referrals.addAll(shuffle(data.referrals(), random));
      copy.deals.addAll(shuffle(data.deals(), random));
      copy.payments.addAll(shuffle(data.payments(), random));
      copy.refunds.addAll(shuffle(data.refunds(), random));
      copy.churns.addAll(shuffle(data.churns(), random));
      List<Attribution> attributions = new ArrayList<>();
      for (Attribution a : shuffle(this.attributions, random)) {
        attributions.add(
            new Attribution(
                a.dealId(), a.accountId(), a.model(), shuffle(a.credits(), random), a.trail()));
      }
      return new Scenario(copy, attributions, plans);
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
      List<T> copy = new ArrayList<>(list);
      Collections.shuffle(copy, random);
      return copy;
    }
  }
}

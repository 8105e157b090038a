package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryIds;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryIdsTest {
  @Test
  void isRcFollowedByThirtyTwoHexCharactersOfSha256OverTheJoinedParts() {
    // Expected value from `printf 'a|b' | sha256sum`, first 32 hex characters.
    assertThat(EntryIds.of("a", "b")).isEqualTo("rc_0eab8a0a3380abf4c7d1fb0b43b66aaf");
  }

  @Test
  void differentPartsGiveDifferentIdsAndTheSamePartsTheSameId() {
    assertThat(EntryIds.of("plan", "r1", EntryIds.deal("x"), "ACCRUAL"))
        .isEqualTo(EntryIds.of("plan", "r1", EntryIds.deal("x"), "ACCRUAL"))
        .isNotEqualTo(EntryIds.of("plan", "r1", EntryIds.payment("x"), "ACCRUAL"))
        .isNotEqualTo(EntryIds.of("plan", "r2", EntryIds.deal("x"), "ACCRUAL"));
  }

  @Test
  void recomputingTheLedgerGivesTheSameIds() {
    Plan plan =
        plan(
            "recurring",
            new Reward.RecurringPercent(new BigDecimal("10"), null, null),
            new Trigger.ClosedWon());
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .credit("d1", "r1", "1.000000")
            .payment("p1", "a1", "1000", "USD", day(2))
            .refund("f1", "p1", "100", day(3));

    List<String> first = f.compute(day(10), plan).stream().map(CommissionEntry::id).toList();
    List<String> again = f.compute(day(20), plan).stream().map(CommissionEntry::id).toList();

    assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(again);
  }
}

package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Withdrawal ids are already stored in ledgers: their format must never change. The literal is
 * SHA-256 of {@code "<accrual id>|WITHDRAWN"}, first 32 hex characters, prefixed {@code rc_}.
 */
class WithdrawalIdTest {

  @Test
  void withdrawalIdKeepsItsStoredFormat() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    CommissionEntry accrual =
        new CommissionEntry(
            "rc_0eab8a0a3380abf4c7d1fb0b43b66aaf",
            "p1",
            "r1",
            "plan",
            "d1",
            null,
            EntryKind.ACCRUAL,
            new BigDecimal("10.00"),
            "USD",
            t,
            t,
            EntryStatus.PAYABLE,
            "");

    assertThat(LedgerReconciler.withdrawalId(accrual))
        .isEqualTo("rc_6f354eb0f6f180b6d7b317fbceff4dc4");
  }
}

package dev.refsync.core.plans;

/**
 * When an accrual is earned (DESIGN 5). In YAML: {@code CLOSED_WON}, {@code FIRST_PAYMENT} or
 * {@code {type: RETAINED, days: 90}}.
 */
public sealed interface Trigger permits Trigger.ClosedWon, Trigger.FirstPayment, Trigger.Retained {

  /** At contract signature: the deal's {@code closedAt}. */
  record ClosedWon() implements Trigger {}

  /** At the account's first payment on or after the deal's {@code closedAt}. */
  record FirstPayment() implements Trigger {}

  /** At that first payment plus {@code days}, only if the account has not churned by then. */
  record Retained(int days) implements Trigger {}
}

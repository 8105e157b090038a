package dev.refsync.core.model;

/**
 * Where an entry stands at the evaluation time: {@code HELD} before {@code payableAt}, {@code
 * PAYABLE} from then on, {@code PAID} once a payout was recorded (DESIGN 5).
 */
public enum EntryStatus {
  HELD,
  PAYABLE,
  PAID
}

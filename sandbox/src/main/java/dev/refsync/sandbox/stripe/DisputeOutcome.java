package dev.refsync.sandbox.stripe;

/** How the bank decided a dispute; {@code LOST} means the funds are gone for good. */
public enum DisputeOutcome {
  WON,
  LOST
}

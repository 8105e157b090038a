package dev.refsync.core.model;

/** Why a candidate referral was not credited on a deal (DESIGN 4, rule 2). */
public enum RejectionReason {
  SELF_REFERRAL,
  EXISTING_CUSTOMER,
  OUTSIDE_WINDOW
}

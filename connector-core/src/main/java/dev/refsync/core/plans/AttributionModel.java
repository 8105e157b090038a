package dev.refsync.core.plans;

/** How credit is shared among the candidates that survive the rejection rules (DESIGN 4.3). */
public enum AttributionModel {
  LAST_REFERRAL,
  FIRST_REFERRAL,
  SPLIT_EVEN,
  TIME_DECAY
}

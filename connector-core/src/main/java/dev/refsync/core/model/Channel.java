package dev.refsync.core.model;

/** How a referral reached the company (DESIGN 3). */
public enum Channel {
  LINK,
  CODE,
  FORM,
  INTRO_EMAIL,
  DEAL_REGISTRATION,
  OTHER
}

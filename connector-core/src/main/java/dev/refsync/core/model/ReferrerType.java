package dev.refsync.core.model;

/** Who a referrer is to the company running the program (DESIGN 3). */
public enum ReferrerType {
  CUSTOMER,
  PARTNER,
  EMPLOYEE
}

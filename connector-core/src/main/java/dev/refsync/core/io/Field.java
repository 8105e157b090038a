package dev.refsync.core.io;

import java.util.HashMap;
import java.util.Map;

/** The scalar fields an events line may carry (DESIGN 3, camelCase). */
enum Field {
  KIND("kind"),
  ID("id"),
  TYPE("type"),
  NAME("name"),
  EMAIL("email"),
  TIER("tier"),
  ACCOUNT_ID("accountId"),
  REFERRER_ID("referrerId"),
  CONTACT_EMAIL("contactEmail"),
  COMPANY_DOMAIN("companyDomain"),
  COMPANY_NAME("companyName"),
  CHANNEL("channel"),
  SUBMITTED_AT("submittedAt"),
  STAGE("stage"),
  AMOUNT("amount"),
  CURRENCY("currency"),
  TERM_MONTHS("termMonths"),
  CREATED_AT("createdAt"),
  CLOSED_AT("closedAt"),
  DEAL_ID("dealId"),
  PAID_AT("paidAt"),
  SUBSCRIPTION_ID("subscriptionId"),
  PAYMENT_ID("paymentId"),
  AT("at");

  private static final Map<String, Field> BY_JSON_NAME = new HashMap<>();

  static {
    for (Field f : values()) {
      BY_JSON_NAME.put(f.jsonName, f);
    }
  }

  final String jsonName;

  Field(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field with that JSON name, or null for a name that is not a scalar field. */
  static Field byJsonName(String name) {
    return BY_JSON_NAME.get(name);
  }
}

package dev.refsync.core.io;

import java.util.HashMap;
import java.util.Map;

/** The scalar fields an events line may carry (DESIGN 3, camelCase). */
enum Field {
  KIND("kind", true),
  ID("id", false),
  TYPE("type", false),
  NAME("name", false),
  EMAIL("email", false),
  TIER("tier", true),
  ACCOUNT_ID("accountId", true),
  REFERRER_ID("referrerId", true),
  CONTACT_EMAIL("contactEmail", false),
  COMPANY_DOMAIN("companyDomain", false),
  COMPANY_NAME("companyName", false),
  CHANNEL("channel", false),
  SUBMITTED_AT("submittedAt", false),
  STAGE("stage", false),
  AMOUNT("amount", false),
  CURRENCY("currency", true),
  TERM_MONTHS("termMonths", false),
  CREATED_AT("createdAt", false),
  CLOSED_AT("closedAt", false),
  DEAL_ID("dealId", true),
  PAID_AT("paidAt", false),
  SUBSCRIPTION_ID("subscriptionId", true),
  PAYMENT_ID("paymentId", true),
  AT("at", false);

  private static final Map<String, Field> BY_JSON_NAME = new HashMap<>();

  static {
    for (Field f : values()) {
      BY_JSON_NAME.put(f.jsonName, f);
    }
  }

  final String jsonName;

  /**
   * Whether every record that reads this field keeps the {@link Interner}'s canonical instance (ids
   * other records refer to in bulk, codes, the kind): the parser then interns the value straight
   * from its buffer instead of making a string per line only to drop it.
   */
  final boolean interned;

  Field(String jsonName, boolean interned) {
    this.jsonName = jsonName;
    this.interned = interned;
  }

  /** The field with that JSON name, or null for a name that is not a scalar field. */
  static Field byJsonName(String name) {
    return BY_JSON_NAME.get(name);
  }
}

package dev.refsync.core.io;

import java.util.HashMap;
import java.util.Map;

/** The scalar fields an events line may carry (DESIGN 3, camelCase). */
enum Field {
  KIND("kind", Form.INTERNED),
  ID("id", Form.TEXT),
  TYPE("type", Form.TEXT),
  NAME("name", Form.TEXT),
  EMAIL("email", Form.TEXT),
  TIER("tier", Form.INTERNED),
  ACCOUNT_ID("accountId", Form.INTERNED),
  REFERRER_ID("referrerId", Form.INTERNED),
  CONTACT_EMAIL("contactEmail", Form.TEXT),
  COMPANY_DOMAIN("companyDomain", Form.TEXT),
  COMPANY_NAME("companyName", Form.TEXT),
  CHANNEL("channel", Form.TEXT),
  SUBMITTED_AT("submittedAt", Form.INSTANT),
  STAGE("stage", Form.TEXT),
  AMOUNT("amount", Form.AMOUNT),
  CURRENCY("currency", Form.INTERNED),
  TERM_MONTHS("termMonths", Form.TEXT),
  CREATED_AT("createdAt", Form.INSTANT),
  CLOSED_AT("closedAt", Form.INSTANT),
  DEAL_ID("dealId", Form.INTERNED),
  PAID_AT("paidAt", Form.INSTANT),
  SUBSCRIPTION_ID("subscriptionId", Form.INTERNED),
  PAYMENT_ID("paymentId", Form.INTERNED),
  AT("at", Form.INSTANT);

  private static final Map<String, Field> BY_JSON_NAME = new HashMap<>();

  static {
    for (Field f : values()) {
      BY_JSON_NAME.put(f.jsonName, f);
    }
  }

  /**
   * How the parser takes a string value of a field from its buffer. Values that records share or
   * type are not turned into a string per line only to be dropped: a million lines would otherwise
   * allocate a string for every amount and timestamp.
   */
  enum Form {
    /** Kept as a new string. */
    TEXT,
    /**
     * Every record that reads it keeps the {@link Interner}'s canonical instance (ids other records
     * refer to in bulk, codes, the kind): interned straight from the buffer. A {@link RawEvent}
     * holds such a field only as the canonical instance ({@link StringValues}), so the record
     * factory uses it as it is.
     */
    INTERNED,
    /** A time: typed from the buffer when it has the common UTC form, else kept as text. */
    INSTANT,
    /** An amount: taken from the {@link DecimalCache} when that text was read before. */
    AMOUNT
  }

  final String jsonName;
  final Form form;

  Field(String jsonName, Form form) {
    this.jsonName = jsonName;
    this.form = form;
  }

  /** The field with that JSON name, or null for a name that is not a scalar field. */
  static Field byJsonName(String name) {
    return BY_JSON_NAME.get(name);
  }
}

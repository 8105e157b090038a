package dev.refsync.mappings.spec;

import static dev.refsync.mappings.spec.ValueType.ATTRIBUTION_MODEL;
import static dev.refsync.mappings.spec.ValueType.CHANNEL;
import static dev.refsync.mappings.spec.ValueType.DECIMAL;
import static dev.refsync.mappings.spec.ValueType.ENTRY_KIND;
import static dev.refsync.mappings.spec.ValueType.ENTRY_STATUS;
import static dev.refsync.mappings.spec.ValueType.INSTANT;
import static dev.refsync.mappings.spec.ValueType.INTEGER;
import static dev.refsync.mappings.spec.ValueType.REFERRER_TYPE;
import static dev.refsync.mappings.spec.ValueType.STAGE;
import static dev.refsync.mappings.spec.ValueType.TEXT;
import static dev.refsync.mappings.spec.ValueType.TEXT_SET;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes each canonical record (DESIGN 3) and each write-back target (DESIGN 8) has. The
 * JSON Schema lists the same names for editors; {@code CanonicalAttributesSchemaTest} keeps the two
 * in step.
 */
public final class CanonicalAttributes {
  private static final Map<RecordKind, Map<String, Attribute>> RECORDS =
      new EnumMap<>(RecordKind.class);
  private static final Map<WriteBackKind, Map<String, Attribute>> WRITE_BACK =
      new EnumMap<>(WriteBackKind.class);

  static {
    RECORDS.put(
        RecordKind.REFERRER,
        of(
            req("id", TEXT),
            req("type", REFERRER_TYPE),
            opt("name", TEXT),
            opt("email", TEXT),
            opt("tier", TEXT),
            opt("accountId", TEXT)));
    RECORDS.put(
        RecordKind.REFERRAL,
        of(
            req("id", TEXT),
            req("referrerId", TEXT),
            opt("contactEmail", TEXT),
            opt("companyDomain", TEXT),
            opt("companyName", TEXT),
            opt("accountId", TEXT),
            opt("channel", CHANNEL),
            req("submittedAt", INSTANT)));
    RECORDS.put(
        RecordKind.ACCOUNT, of(req("id", TEXT), opt("name", TEXT), opt("domains", TEXT_SET)));
    RECORDS.put(
        RecordKind.CONTACT,
        of(
            req("id", TEXT),
            opt("accountId", TEXT),
            opt("email", TEXT),
            opt("name", TEXT),
            opt("roles", TEXT_SET)));
    RECORDS.put(
        RecordKind.DEAL,
        of(
            req("id", TEXT),
            opt("accountId", TEXT),
            opt("amount", DECIMAL),
            opt("currency", TEXT),
            opt("termMonths", INTEGER),
            req("stage", STAGE),
            opt("createdAt", INSTANT),
            opt("closedAt", INSTANT)));
    RECORDS.put(
        RecordKind.PAYMENT,
        of(
            req("id", TEXT),
            req("accountId", TEXT),
            opt("dealId", TEXT),
            req("amount", DECIMAL),
            req("currency", TEXT),
            req("paidAt", INSTANT),
            opt("subscriptionId", TEXT)));
    RECORDS.put(
        RecordKind.REFUND,
        of(req("id", TEXT), req("paymentId", TEXT), req("amount", DECIMAL), req("at", INSTANT)));
    RECORDS.put(RecordKind.CHURN, of(req("accountId", TEXT), req("at", INSTANT)));

    WRITE_BACK.put(
        WriteBackKind.DEAL,
        of(
            opt("referralId", TEXT),
            opt("referrerId", TEXT),
            opt("referrerName", TEXT),
            opt("referrerType", REFERRER_TYPE),
            opt("channel", CHANNEL),
            opt("referralDate", INSTANT),
            opt("model", ATTRIBUTION_MODEL),
            opt("share", DECIMAL),
            opt("summary", TEXT)));
    WRITE_BACK.put(
        WriteBackKind.COMMISSION,
        of(
            req("id", TEXT),
            opt("referrerId", TEXT),
            opt("referralId", TEXT),
            opt("planId", TEXT),
            opt("dealId", TEXT),
            opt("dealRef", TEXT),
            opt("paymentId", TEXT),
            opt("kind", ENTRY_KIND),
            opt("amount", DECIMAL),
            opt("currency", TEXT),
            opt("earnedAt", INSTANT),
            opt("payableAt", INSTANT),
            opt("status", ENTRY_STATUS),
            opt("explanation", TEXT)));
    WRITE_BACK.put(
        WriteBackKind.CUSTOMER,
        of(
            opt("referralId", TEXT),
            opt("referrerId", TEXT),
            opt("referrerName", TEXT),
            opt("channel", CHANNEL),
            opt("referralDate", INSTANT)));
  }

  private CanonicalAttributes() {}

  /** The attributes of a canonical record, in declaration order. */
  public static Map<String, Attribute> of(RecordKind kind) {
    return RECORDS.get(kind);
  }

  /** The attributes of a write-back target, in declaration order. */
  public static Map<String, Attribute> of(WriteBackKind kind) {
    return WRITE_BACK.get(kind);
  }

  private static Map<String, Attribute> of(Attribute... attributes) {
    Map<String, Attribute> map = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      map.put(a.name(), a);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static Attribute req(String name, ValueType type) {
    return new Attribute(name, type, true);
  }

  private static Attribute opt(String name, ValueType type) {
    return new Attribute(name, type, false);
  }
}

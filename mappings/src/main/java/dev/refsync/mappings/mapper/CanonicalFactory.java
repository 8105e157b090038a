package dev.refsync.mappings.mapper;

import dev.refsync.core.model.Account;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.ExternalRef;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.model.Refund;
import dev.refsync.mappings.spec.RecordKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the canonical record of DESIGN 3 from mapped attribute values. Required attributes have
 * been checked by the mapper before this runs. {@code source} is null when the vendor record had no
 * id.
 */
final class CanonicalFactory {
  private CanonicalFactory() {}

  static Record build(RecordKind kind, Map<String, Object> v, ExternalRef source) {
    return switch (kind) {
      case REFERRER ->
          new Referrer(
              s(v, "id"),
              (ReferrerType) v.get("type"),
              s(v, "name"),
              s(v, "email"),
              s(v, "tier"),
              s(v, "accountId"));
      case REFERRAL ->
          new Referral(
              s(v, "id"),
              s(v, "referrerId"),
              s(v, "contactEmail"),
              s(v, "companyDomain"),
              s(v, "companyName"),
              s(v, "accountId"),
              (Channel) v.get("channel"),
              t(v, "submittedAt"),
              source);
      case ACCOUNT -> new Account(s(v, "id"), s(v, "name"), set(v, "domains"), refs(source));
      case CONTACT ->
          new Contact(s(v, "id"), s(v, "accountId"), s(v, "email"), s(v, "name"), set(v, "roles"));
      case DEAL -> deal(v, source);
      case PAYMENT ->
          new Payment(
              s(v, "id"),
              s(v, "accountId"),
              s(v, "dealId"),
              d(v, "amount"),
              s(v, "currency"),
              t(v, "paidAt"),
              s(v, "subscriptionId"));
      case REFUND -> new Refund(s(v, "id"), s(v, "paymentId"), d(v, "amount"), t(v, "at"));
      case CHURN -> new Churn(s(v, "accountId"), t(v, "at"));
    };
  }

  /**
   * DESIGN 3: {@code closedAt} is null while open (a CRM's close date on an open deal is a plan).
   */
  private static Deal deal(Map<String, Object> v, ExternalRef source) {
    DealStage stage = (DealStage) v.get("stage");
    Integer term = (Integer) v.get("termMonths");
    return new Deal(
        s(v, "id"),
        s(v, "accountId"),
        d(v, "amount"),
        s(v, "currency"),
        term == null ? Deal.DEFAULT_TERM_MONTHS : term,
        stage,
        t(v, "createdAt"),
        stage == DealStage.OPEN ? null : t(v, "closedAt"),
        refs(source));
  }

  /** The vendor reference, when the record carried an id. */
  private static List<ExternalRef> refs(ExternalRef source) {
    return source == null ? List.of() : List.of(source);
  }

  private static String s(Map<String, Object> v, String key) {
    return (String) v.get(key);
  }

  private static BigDecimal d(Map<String, Object> v, String key) {
    return (BigDecimal) v.get(key);
  }

  private static Instant t(Map<String, Object> v, String key) {
    return (Instant) v.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> set(Map<String, Object> v, String key) {
    return (Set<String>) v.get(key);
  }
}

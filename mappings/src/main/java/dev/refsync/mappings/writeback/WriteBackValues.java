package dev.refsync.mappings.writeback;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import java.util.HashMap;
import java.util.Map;

/**
 * The canonical values written back (DESIGN 8), keyed by the attribute names of the mapping file's
 * {@code writeBack} targets. Absent values are left out and clear the vendor field.
 */
public final class WriteBackValues {
  private WriteBackValues() {}

  /** The referral fields of an opportunity / deal, for one credited referral. */
  public static Map<String, Object> forDeal(
      Attribution attribution, Credit credit, Referral referral, Referrer referrer) {
    Map<String, Object> v = new HashMap<>();
    v.put("referralId", referral.id());
    v.put("referrerId", referrer.id());
    v.put("referrerName", referrer.name());
    v.put("referrerType", referrer.type());
    v.put("channel", referral.channel());
    v.put("referralDate", referral.submittedAt());
    v.put("model", attribution.model());
    v.put("share", credit.share());
    v.put("summary", summary(attribution, credit));
    return v;
  }

  /** A commission record; {@code dealRef} is the deal's id in the CRM being written. */
  public static Map<String, Object> forCommission(CommissionEntry entry, String dealRef) {
    Map<String, Object> v = new HashMap<>();
    v.put("id", entry.id());
    v.put("referrerId", entry.referrerId());
    v.put("referralId", entry.referralId());
    v.put("planId", entry.planId());
    v.put("dealId", entry.dealId());
    v.put("dealRef", dealRef);
    v.put("paymentId", entry.paymentId());
    v.put("kind", entry.kind());
    v.put("amount", entry.amount());
    v.put("currency", entry.currency());
    v.put("earnedAt", entry.earnedAt());
    v.put("payableAt", entry.payableAt());
    v.put("status", entry.status());
    v.put("explanation", entry.explanation());
    return v;
  }

  /** Stripe customer metadata: which referral brought this customer. */
  public static Map<String, Object> forCustomer(Referral referral, Referrer referrer) {
    Map<String, Object> v = new HashMap<>();
    v.put("referralId", referral.id());
    v.put("referrerId", referrer.id());
    v.put("referrerName", referrer.name());
    v.put("channel", referral.channel());
    v.put("referralDate", referral.submittedAt());
    return v;
  }

  /** One line a rep can read: "LAST_REFERRAL, share 1.000000: <the deciding rule>". */
  static String summary(Attribution attribution, Credit credit) {
    String line = attribution.model() + ", share " + credit.share().toPlainString();
    return attribution.trail().isEmpty()
        ? line
        : line + ": " + attribution.trail().get(attribution.trail().size() - 1);
  }
}

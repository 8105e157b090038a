package dev.refsync.core.io;

import dev.refsync.core.model.Account;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Refund;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Second pass of {@link EventsReader}: rejects records that refer to a record that does not exist
 * or was itself rejected, kind by kind in {@link EventKind} order so a rejection cascades to every
 * record depending on it, each naming the line it depended on.
 */
final class ReferenceResolver {
  /** One reference a record makes: the field, the kind referred to, and the id by row. */
  private record Ref(String field, EventKind target, IntFunction<String> id) {}

  private final Map<EventKind, IdIndex> indexes;
  private final List<LineProblem> problems;

  ReferenceResolver(Map<EventKind, IdIndex> indexes, List<LineProblem> problems) {
    this.indexes = indexes;
    this.problems = problems;
  }

  /** The records whose references all resolve, by kind. */
  @SuppressWarnings("unchecked")
  Map<EventKind, List<?>> resolve(Map<EventKind, Accepted<?>> accepted, AcceptedPayments payments) {
    Map<EventKind, List<?>> out = new EnumMap<>(EventKind.class);
    out.put(EventKind.ACCOUNT, ((Accepted<Account>) accepted.get(EventKind.ACCOUNT)).toList());
    Accepted<Referrer> referrers = (Accepted<Referrer>) accepted.get(EventKind.REFERRER);
    out.put(
        EventKind.REFERRER,
        referrers.toList(
            keep(
                referrers,
                EventKind.REFERRER,
                referrers.field(Referrer::id),
                List.of(
                    new Ref(
                        "accountId", EventKind.ACCOUNT, referrers.field(Referrer::accountId))))));
    Accepted<Referral> referrals = (Accepted<Referral>) accepted.get(EventKind.REFERRAL);
    out.put(
        EventKind.REFERRAL,
        referrals.toList(
            keep(
                referrals,
                EventKind.REFERRAL,
                referrals.field(Referral::id),
                List.of(
                    new Ref(
                        "referrerId", EventKind.REFERRER, referrals.field(Referral::referrerId)),
                    new Ref(
                        "accountId", EventKind.ACCOUNT, referrals.field(Referral::accountId))))));
    Accepted<Contact> contacts = (Accepted<Contact>) accepted.get(EventKind.CONTACT);
    out.put(
        EventKind.CONTACT,
        contacts.toList(
            keep(
                contacts,
                EventKind.CONTACT,
                contacts.field(Contact::id),
                List.of(
                    new Ref("accountId", EventKind.ACCOUNT, contacts.field(Contact::accountId))))));
    Accepted<Deal> deals = (Accepted<Deal>) accepted.get(EventKind.DEAL);
    out.put(
        EventKind.DEAL,
        deals.toList(
            keep(
                deals,
                EventKind.DEAL,
                deals.field(Deal::id),
                List.of(new Ref("accountId", EventKind.ACCOUNT, deals.field(Deal::accountId))))));
    out.put(
        EventKind.PAYMENT,
        payments.table(
            keep(
                payments,
                EventKind.PAYMENT,
                payments::id,
                List.of(
                    new Ref("accountId", EventKind.ACCOUNT, payments::accountId),
                    new Ref("dealId", EventKind.DEAL, payments::dealId)))));
    Accepted<Refund> refunds = (Accepted<Refund>) accepted.get(EventKind.REFUND);
    List<Refund> resolvedRefunds =
        refunds.toList(
            keep(
                refunds,
                EventKind.REFUND,
                refunds.field(Refund::id),
                List.of(
                    new Ref("paymentId", EventKind.PAYMENT, refunds.field(Refund::paymentId)))));
    out.put(EventKind.REFUND, withinPaymentAmounts(resolvedRefunds, payments));
    Accepted<Churn> churns = (Accepted<Churn>) accepted.get(EventKind.CHURN);
    out.put(
        EventKind.CHURN,
        churns.toList(
            keep(
                churns,
                EventKind.CHURN,
                null,
                List.of(new Ref("accountId", EventKind.ACCOUNT, churns.field(Churn::accountId))))));
    return out;
  }

  /**
   * Which rows to keep: those whose references all resolve. A row that is not kept is reported and,
   * when its kind has ids, recorded as rejected in its own index, so what depends on it cascades.
   */
  private boolean[] keep(Rows rows, EventKind kind, IntFunction<String> idOf, List<Ref> refs) {
    boolean[] kept = new boolean[rows.size()];
    IdIndex own = idOf == null ? null : indexes.get(kind);
    // Consecutive lines usually refer to the same (interned) account or deal, and a record never
    // refers to its own kind, so the target index cannot change during this loop: remember the
    // last target of each reference and what it resolved to, by identity.
    String[] lastTarget = new String[refs.size()];
    long[] lastAt = new long[refs.size()];
    for (int row = 0; row < kept.length; row++) {
      long line = rows.line(row);
      boolean ok = true;
      for (int r = 0; r < refs.size(); r++) {
        Ref ref = refs.get(r);
        String target = ref.id().apply(row);
        if (target != null) {
          if (target != lastTarget[r]) {
            lastTarget[r] = target;
            lastAt[r] = indexes.get(ref.target()).get(target);
          }
          String problem = problem(kind, ref, target, lastAt[r]);
          if (problem != null) {
            problems.add(new LineProblem(line, problem));
            ok = false;
          }
        }
      }
      kept[row] = ok;
      if (!ok && own != null) {
        own.put(idOf.apply(row), -line);
      }
    }
    return kept;
  }

  /** Why the reference to {@code target}, recorded at {@code at} in its index, fails; or null. */
  private static String problem(EventKind kind, Ref ref, String target, long at) {
    if (at > 0) {
      // Resolved, the case of nearly every reference: build no message text for it.
      return null;
    }
    String what = ref.target().jsonName() + " '" + target + "'";
    if (at < 0) {
      return kind.jsonName()
          + " depends on "
          + what
          + " (field "
          + ref.field()
          + "), which was rejected at line "
          + (-at)
          + "; fix that line first";
    }
    return kind.jsonName()
        + " refers to unknown "
        + what
        + " (field "
        + ref.field()
        + "); add a "
        + ref.target().jsonName()
        + " line with that id or correct the reference";
  }

  /**
   * Refunds of one payment may not return more than was paid: DESIGN 5 reverses commissions in
   * proportion {@code refund / payment}, and a proportion above 1 would claw back more than was
   * ever earned. The refund that would cross the payment's amount is rejected.
   */
  private List<Refund> withinPaymentAmounts(List<Refund> refunds, AcceptedPayments payments) {
    if (refunds.isEmpty()) {
      return refunds;
    }
    // A refund kept so far refers to a payment whose line is recorded as accepted and resolved
    // (ReferenceResolver#keep records a dropped payment's line as negative), so the payment is
    // found by its line: no pass over the million payments for a few thousand refunds.
    IdIndex paymentLines = indexes.get(EventKind.PAYMENT);
    Map<String, BigDecimal> remaining = new HashMap<>();
    for (Refund r : refunds) {
      remaining.computeIfAbsent(r.paymentId(), id -> payments.amountAtLine(paymentLines.get(id)));
    }
    IdIndex refundLines = indexes.get(EventKind.REFUND);
    List<Refund> kept = new ArrayList<>(refunds.size());
    for (Refund r : refunds) {
      BigDecimal left = remaining.get(r.paymentId());
      if (r.amount().compareTo(left) > 0) {
        long line = refundLines.get(r.id());
        problems.add(
            new LineProblem(
                line,
                "refund amount "
                    + r.amount().toPlainString()
                    + " exceeds what is left of payment '"
                    + r.paymentId()
                    + "' ("
                    + left.toPlainString()
                    + " after earlier refunds); correct the amount"));
        refundLines.put(r.id(), -line);
      } else {
        remaining.put(r.paymentId(), left.subtract(r.amount()));
        kept.add(r);
      }
    }
    return kept;
  }
}

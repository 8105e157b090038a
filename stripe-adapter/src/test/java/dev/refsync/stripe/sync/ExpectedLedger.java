package dev.refsync.stripe.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ledger totals DESIGN 5 prescribes for {@code stripe-plans.yaml}, computed from the emulator's
 * own state (its invoices, invoice payments, refunds, disputes and subscriptions) and the CRM
 * world, without any of the adapter's or the engine's code.
 *
 * <ul>
 *   <li>partner-recurring: 25 % of each paid invoice of a partner-referred customer from the deal's
 *       close until the first such payment + 12 months; each refund or lost dispute of such an
 *       invoice reverses the accrual in proportion (amount / invoice amount);
 *   <li>customer-flat: 500 on the first payment after the close; reversed in full once when that
 *       payment is fully refunded (or lost in a dispute) or the customer churns (its subscription
 *       canceled, no other one still billing) within 240 days of it.
 * </ul>
 */
final class ExpectedLedger {
  static final String RECURRING = "partner-recurring";
  static final String FLAT = "customer-flat";
  private static final Set<String> LIVE = Set.of("active", "trialing", "past_due");

  /** Count and total per (plan, kind), e.g. {@code partner-recurring CLAWBACK}. */
  record Line(int count, BigDecimal total) {
    Line {
      total = total.setScale(2, RoundingMode.UNNECESSARY);
    }

    Line plus(Line other) {
      return new Line(count + other.count, total.add(other.total));
    }
  }

  final Map<String, Line> lines = new TreeMap<>();
  int refundClawbacks;
  int disputeClawbacks;
  int churnClawbacks;

  private record Paid(String id, String customer, BigDecimal amount, Instant paidAt) {}

  private record Reversal(String id, BigDecimal amount, boolean dispute) {}

  ExpectedLedger(JsonNode state, CrmWorld crm) {
    Map<String, List<Paid>> paidByCustomer = new HashMap<>();
    state
        .get("invoices")
        .forEach(
            inv -> {
              if ("paid".equals(inv.path("status").asText())) {
                paidByCustomer
                    .computeIfAbsent(inv.get("customer").asText(), k -> new ArrayList<>())
                    .add(
                        new Paid(
                            inv.get("id").asText(),
                            inv.get("customer").asText(),
                            major(inv.get("amount_paid").asLong()),
                            Instant.ofEpochSecond(
                                inv.get("status_transitions").get("paid_at").asLong())));
              }
            });
    Map<String, String> invoiceByIntent = new HashMap<>();
    state
        .get("invoice_payments")
        .forEach(
            p ->
                invoiceByIntent.put(
                    p.get("payment").get("payment_intent").asText(), p.get("invoice").asText()));
    Map<String, List<Reversal>> reversalsByInvoice = new HashMap<>();
    state
        .get("refunds")
        .forEach(
            r -> {
              String status = r.path("status").asText();
              if (status.equals("succeeded") || status.equals("pending")) {
                reversal(invoiceByIntent, reversalsByInvoice, r, false);
              }
            });
    state
        .get("disputes")
        .forEach(
            d -> {
              if ("lost".equals(d.path("status").asText())) {
                reversal(invoiceByIntent, reversalsByInvoice, d, true);
              }
            });
    Map<String, List<JsonNode>> subscriptionsByCustomer = new HashMap<>();
    state
        .get("subscriptions")
        .forEach(
            s ->
                subscriptionsByCustomer
                    .computeIfAbsent(s.get("customer").asText(), k -> new ArrayList<>())
                    .add(s));

    for (CrmWorld.Customer c : crm.byCustomer.values()) {
      if (c.referrer() == null) {
        continue;
      }
      List<Paid> paid =
          paidByCustomer.getOrDefault(c.customerId(), List.of()).stream()
              .filter(p -> !p.paidAt().isBefore(crm.closedAt(c)))
              .sorted((a, b) -> a.paidAt().compareTo(b.paidAt()))
              .toList();
      if (paid.isEmpty()) {
        continue;
      }
      Paid first = paid.get(0);
      if (c.referrer() == CrmWorld.PARTNER) {
        Instant end = first.paidAt().atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        for (Paid p : paid) {
          if (!p.paidAt().isBefore(end)) {
            continue;
          }
          BigDecimal accrual = cents(p.amount().multiply(new BigDecimal("0.25")));
          add(RECURRING, EntryKind.ACCRUAL, accrual);
          List<Reversal> reversals = reversalsByInvoice.getOrDefault(p.id(), List.of());
          if (reversals.size() > 1) {
            throw new IllegalStateException("expected at most one reversal per invoice: " + p);
          }
          for (Reversal r : reversals) {
            BigDecimal back =
                cents(accrual.multiply(r.amount()).divide(p.amount(), 20, RoundingMode.HALF_EVEN));
            add(RECURRING, EntryKind.CLAWBACK, back.negate());
            if (r.dispute()) {
              disputeClawbacks++;
            } else {
              refundClawbacks++;
            }
          }
        }
      } else {
        BigDecimal reward = new BigDecimal("500.00");
        add(FLAT, EntryKind.ACCRUAL, reward);
        BigDecimal reversed =
            reversalsByInvoice.getOrDefault(first.id(), List.of()).stream()
                .map(Reversal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean fullRefund = reversed.compareTo(first.amount()) >= 0;
        Instant windowEnd = first.paidAt().plus(Duration.ofDays(240));
        boolean churned =
            churnAt(subscriptionsByCustomer.getOrDefault(c.customerId(), List.of()))
                .filter(at -> !at.isBefore(first.paidAt()) && !at.isAfter(windowEnd))
                .isPresent();
        if (fullRefund || churned) {
          add(FLAT, EntryKind.CLAWBACK, reward.negate());
          if (!fullRefund) {
            churnClawbacks++;
          }
        }
      }
    }
  }

  /** The ledger's own lines, for comparison. */
  static Map<String, Line> of(List<CommissionEntry> ledger) {
    Map<String, Line> out = new TreeMap<>();
    for (CommissionEntry e : ledger) {
      out.merge(e.planId() + " " + e.kind(), new Line(1, e.amount()), Line::plus);
    }
    return out;
  }

  /** A customer churns when a subscription was canceled and none of the others still bills. */
  private static Optional<Instant> churnAt(List<JsonNode> subscriptions) {
    if (subscriptions.stream().anyMatch(s -> LIVE.contains(s.path("status").asText()))) {
      return Optional.empty();
    }
    return subscriptions.stream()
        .filter(s -> "canceled".equals(s.path("status").asText()))
        .map(s -> Instant.ofEpochSecond(s.get("ended_at").asLong()))
        .min(Instant::compareTo);
  }

  private static void reversal(
      Map<String, String> invoiceByIntent,
      Map<String, List<Reversal>> out,
      JsonNode object,
      boolean dispute) {
    String invoice = invoiceByIntent.get(object.path("payment_intent").asText());
    if (invoice != null) {
      out.computeIfAbsent(invoice, k -> new ArrayList<>())
          .add(
              new Reversal(
                  object.get("id").asText(), major(object.get("amount").asLong()), dispute));
    }
  }

  private void add(String plan, EntryKind kind, BigDecimal amount) {
    lines.merge(plan + " " + kind, new Line(1, amount), Line::plus);
  }

  private static BigDecimal major(long minor) {
    return BigDecimal.valueOf(minor, 2);
  }

  private static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_EVEN);
  }
}

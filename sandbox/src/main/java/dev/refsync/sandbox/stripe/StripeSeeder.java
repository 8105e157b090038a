package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.SeededRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds {@link StripeSeedSpec#months()} of account history ending at the clock's now, through the
 * same operations the API uses, so every object and event carries its historic {@code created}. Per
 * customer: created, subscribed a minute later, one invoice paid an hour after each period starts;
 * chosen customers cancel inside a later period; refunds and lost disputes land a few days after
 * the charge they reverse (never after now).
 */
final class StripeSeeder {

  /** The customer metadata key that links a Stripe customer to its CRM account. */
  static final String ACCOUNT_ID_KEY = "refsync_account_id";

  private final StripeBilling billing;
  private final Clock clock;

  StripeSeeder(StripeBilling billing, Clock clock) {
    this.billing = billing;
    this.clock = clock;
  }

  StripeSeedResult seed(StripeSeedSpec spec) {
    SeededRandom random = new SeededRandom(spec.seed());
    Instant now = clock.instant();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spec.customers(); i++) {
      order.add(i);
    }
    random.shuffle(order);
    Set<Integer> churners = new HashSet<>(order.subList(0, spec.cancellations()));
    List<Integer> reversed = order.subList(0, spec.refunds() + spec.lostDisputes());
    random.shuffle(reversed);

    List<String> customers = new ArrayList<>();
    List<String> subscriptions = new ArrayList<>();
    List<String> canceled = new ArrayList<>();
    List<List<PaidInvoice>> paidByCustomer = new ArrayList<>();
    List<PaidInvoice> paid = new ArrayList<>();
    Set<String> domains = new HashSet<>();
    for (int i = 0; i < spec.customers(); i++) {
      Instant start =
          now.atZone(ZoneOffset.UTC)
              .minusMonths(spec.months())
              .toInstant()
              .plus(Duration.ofMinutes(random.between(60, 27 * 24 * 60)));
      String customerId = customer(random, i, domains, start);
      customers.add(customerId);
      String product = "prod_" + random.pick(List.of("Starter", "Growth", "Scale"));
      StripeBilling.Plan plan =
          new StripeBilling.Plan(random.between(5, 200) * 1_000L, "usd", product, "month");
      Instant subscribed = start.plus(Duration.ofMinutes(1));
      String subscriptionId =
          billing.createSubscription(customerId, plan, null, subscribed).get("id").asText();
      subscriptions.add(subscriptionId);
      int periods = spec.months();
      if (churners.contains(i)) {
        periods = random.between(Math.max(1, spec.months() / 2), spec.months());
      }
      List<PaidInvoice> customerPaid = new ArrayList<>();
      for (int k = 0; k < periods; k++) {
        Instant at =
            subscribed.atZone(ZoneOffset.UTC).plusMonths(k).toInstant().plus(Duration.ofHours(1));
        if (at.isAfter(now)) {
          break;
        }
        customerPaid.add(billing.payInvoice(subscriptionId, at));
      }
      paid.addAll(customerPaid);
      paidByCustomer.add(customerPaid);
      if (churners.contains(i) && !customerPaid.isEmpty()) {
        Instant lastPaid =
            Instant.ofEpochSecond(
                billing
                    .get(StripeStore.Kind.INVOICE, last(customerPaid).invoiceId(), "id")
                    .get("created")
                    .asLong());
        billing.cancelSubscription(
            subscriptionId,
            null,
            random.pick(List.of("too_expensive", "switched_service", "unused", "missing_features")),
            notAfter(lastPaid.plus(Duration.ofDays(random.between(2, 25))), now));
        canceled.add(subscriptionId);
      }
    }

    List<String> refunds = new ArrayList<>();
    List<String> disputes = new ArrayList<>();
    for (int r = 0; r < reversed.size(); r++) {
      List<PaidInvoice> candidates = paidByCustomer.get(reversed.get(r));
      if (candidates.isEmpty()) {
        continue;
      }
      PaidInvoice target = random.pick(candidates);
      Instant charged =
          Instant.ofEpochSecond(
              billing
                  .get(StripeStore.Kind.CHARGE, target.chargeId(), "id")
                  .get("created")
                  .asLong());
      Instant at = notAfter(charged.plus(Duration.ofDays(random.between(1, 10))), now);
      if (r < spec.refunds()) {
        Long amount = refunds.size() % 2 == 0 ? null : partial(random, target.amount());
        refunds.add(
            billing
                .refund(target.chargeId(), amount, "requested_by_customer", null, at)
                .get("id")
                .asText());
      } else {
        String disputeId =
            billing
                .openDispute(target.chargeId(), target.amount(), "fraudulent", at)
                .get("id")
                .asText();
        billing.closeDispute(
            disputeId, DisputeOutcome.LOST, notAfter(at.plus(Duration.ofDays(21)), now));
        disputes.add(disputeId);
      }
    }
    return new StripeSeedResult(customers, subscriptions, canceled, paid, refunds, disputes);
  }

  private String customer(SeededRandom random, int index, Set<String> domains, Instant at) {
    String company = random.word();
    String domain = company + ".com";
    for (int n = 2; !domains.add(domain); n++) {
      domain = company + n + ".com";
    }
    String first = random.firstName();
    String last = random.lastName();
    ObjectNode metadata = null;
    if (index % 3 != 2) {
      metadata = Json.object();
      metadata.put(ACCOUNT_ID_KEY, String.format(Locale.ROOT, "acc_%05d", index + 1));
    }
    return billing
        .createCustomer(
            new StripeBilling.CustomerFields(
                (first + "." + last).toLowerCase(Locale.ROOT) + "@" + domain,
                first + " " + last,
                capitalize(domain.substring(0, domain.length() - 4)),
                null,
                metadata),
            at)
        .get("id")
        .asText();
  }

  /** A partial refund of 10–90 % of the amount, in whole minor units. */
  private static long partial(SeededRandom random, long amount) {
    return Math.max(1, amount * random.between(10, 90) / 100);
  }

  private static Instant notAfter(Instant t, Instant now) {
    return t.isAfter(now) ? now : t;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}

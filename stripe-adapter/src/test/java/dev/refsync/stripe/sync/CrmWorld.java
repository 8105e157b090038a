package dev.refsync.stripe.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.sync.PullStep;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CRM side Stripe alone does not have, stored as a CRM connection's snapshots would be: one
 * account per Stripe customer (the id its metadata names, else a CRM id and only the e-mail domain
 * to link by), and for every fourth customer a partner referral and a won deal, for the next one a
 * customer referral and a won deal. Deals close when the customer is created, before its first
 * invoice.
 */
final class CrmWorld {
  static final String CONNECTION = "crm-main";
  static final Referrer PARTNER =
      new Referrer(
          "partner-1",
          ReferrerType.PARTNER,
          "Northwind Partners",
          "ally@partnerhub.io",
          "GOLD",
          null);
  static final Referrer FAN =
      new Referrer(
          "customer-1", ReferrerType.CUSTOMER, "Happy Customer Co", "fan@happyco.io", null, null);

  /** A Stripe customer and what the CRM knows of it. */
  record Customer(
      String customerId, String accountId, Instant created, Referrer referrer, String referralId) {}

  final Map<String, Customer> byCustomer = new TreeMap<>();
  private final Map<String, String> emails = new TreeMap<>();

  CrmWorld(JsonNode emulatorState) {
    List<JsonNode> customers = new ArrayList<>();
    emulatorState.get("customers").forEach(customers::add);
    customers.sort((a, b) -> a.get("id").asText().compareTo(b.get("id").asText()));
    for (int i = 0; i < customers.size(); i++) {
      JsonNode c = customers.get(i);
      String id = c.get("id").asText();
      JsonNode named = c.path("metadata").path("refsync_account_id");
      String account = named.isTextual() ? named.asText() : "crm_" + id;
      Referrer referrer = i % 4 == 0 ? PARTNER : i % 4 == 1 ? FAN : null;
      byCustomer.put(
          id,
          new Customer(
              id,
              account,
              Instant.ofEpochSecond(c.get("created").asLong()),
              referrer,
              referrer == null ? null : "ref_" + account));
    }
    customers.forEach(c -> emails.put(c.get("id").asText(), c.get("email").asText()));
  }

  Instant closedAt(Customer c) {
    return c.created();
  }

  /** Stores the CRM records through the pull step's webhook path (no cursor moves). */
  void ingest(PullStep pull, Instant at) {
    List<PulledRecord> records = new ArrayList<>();
    records.add(PulledRecord.live("referrers", PARTNER.id(), at, List.of(PARTNER)));
    records.add(PulledRecord.live("referrers", FAN.id(), at, List.of(FAN)));
    for (Customer c : byCustomer.values()) {
      String email = emails.get(c.customerId());
      String domain = email.substring(email.indexOf('@') + 1);
      records.add(
          PulledRecord.live(
              "companies",
              c.accountId(),
              at,
              List.of(new Account(c.accountId(), domain, Set.of(domain), List.of()))));
      if (c.referrer() == null) {
        continue;
      }
      records.add(
          PulledRecord.live(
              "referrals",
              c.referralId(),
              at,
              List.of(
                  new Referral(
                      c.referralId(),
                      c.referrer().id(),
                      null,
                      null,
                      null,
                      c.accountId(),
                      Channel.LINK,
                      c.created().minus(Duration.ofDays(10)),
                      null))));
      String deal = "deal_" + c.accountId();
      records.add(
          PulledRecord.live(
              "deals",
              deal,
              at,
              List.of(
                  new Deal(
                      deal,
                      c.accountId(),
                      new BigDecimal("12000.00"),
                      "USD",
                      12,
                      DealStage.CLOSED_WON,
                      c.created().minus(Duration.ofDays(5)),
                      closedAt(c),
                      List.of()))));
    }
    pull.ingest(CONNECTION, records, List.of());
  }
}

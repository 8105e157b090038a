package dev.refsync.deploy.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.deploy.demo.DemoSandboxes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Refsync wrote into the three sandboxes, read from their own state dumps (the shapes {@link
 * dev.refsync.deploy.demo.DemoReport} reads too), never from Refsync's store.
 *
 * @param hubspotCommissions {@code referral_commission} records per {@code refsync_id}: a count
 *     above one is a duplicate
 * @param salesforceCommissions {@code Referral_Commission__c} records per {@code Refsync_Id__c}
 * @param hubspotDealReferrals deal id to its {@code refsync_referral_id}, for deals that carry one
 * @param opportunityReferrals opportunity id to its {@code Referral_Id__c}, where set
 * @param customerReferrals Stripe customer id to its {@code refsync_referral_id} metadata, where
 *     set
 */
record SandboxContents(
    Map<String, Integer> hubspotCommissions,
    Map<String, Integer> salesforceCommissions,
    Map<String, String> hubspotDealReferrals,
    Map<String, String> opportunityReferrals,
    Map<String, String> customerReferrals) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static SandboxContents read(DemoSandboxes sandboxes) {
    JsonNode hubspot = parse(sandboxes.hubspot.stateDump()).path("objects");
    Map<String, Integer> hubspotCommissions = new TreeMap<>();
    for (JsonNode commission : hubspot.path("referral_commission")) {
      hubspotCommissions.merge(
          commission.path("properties").path("refsync_id").asText(""), 1, Integer::sum);
    }
    Map<String, String> deals = new TreeMap<>();
    for (JsonNode deal : hubspot.path("deals")) {
      putIfSet(
          deals,
          deal.path("id").asText(),
          deal.path("properties").path("refsync_referral_id").asText(""));
    }

    JsonNode salesforce = parse(sandboxes.salesforce.stateDump()).path("records");
    Map<String, Integer> salesforceCommissions = new TreeMap<>();
    for (JsonNode commission : salesforce.path("Referral_Commission__c")) {
      salesforceCommissions.merge(commission.path("Refsync_Id__c").asText(""), 1, Integer::sum);
    }
    Map<String, String> opportunities = new TreeMap<>();
    for (JsonNode opportunity : salesforce.path("Opportunity")) {
      putIfSet(
          opportunities,
          opportunity.path("Id").asText(),
          opportunity.path("Referral_Id__c").asText(""));
    }

    Map<String, String> customers = new TreeMap<>();
    for (JsonNode customer : parse(sandboxes.stripe.stateDump()).path("customers")) {
      putIfSet(
          customers,
          customer.path("id").asText(),
          customer.path("metadata").path("refsync_referral_id").asText(""));
    }
    return new SandboxContents(
        hubspotCommissions, salesforceCommissions, deals, opportunities, customers);
  }

  /** Every write Refsync makes has landed: the figures the crash test waits for. */
  boolean holdsAtLeast(ReferenceSync.Expected expected) {
    return hubspotCommissions.keySet().containsAll(expected.hubspotEntries().keySet())
        && salesforceCommissions.keySet().containsAll(expected.salesforceEntries().keySet())
        && hubspotDealReferrals.keySet().containsAll(expected.hubspotDeals())
        && opportunityReferrals.keySet().containsAll(expected.opportunities())
        && customerReferrals.keySet().containsAll(expected.customers());
  }

  /** How many of Refsync's writes have landed, of every kind together. */
  int written() {
    return hubspotCommissions.size()
        + salesforceCommissions.size()
        + hubspotDealReferrals.size()
        + opportunityReferrals.size()
        + customerReferrals.size();
  }

  /** A one-line progress figure for failure messages. */
  String summary(ReferenceSync.Expected expected) {
    return "HubSpot commissions %d/%d, Salesforce commissions %d/%d, HubSpot deals %d/%d,"
            .formatted(
                hubspotCommissions.size(),
                expected.hubspotEntries().size(),
                salesforceCommissions.size(),
                expected.salesforceEntries().size(),
                hubspotDealReferrals.size(),
                expected.hubspotDeals().size())
        + " opportunities %d/%d, Stripe customers %d/%d"
            .formatted(
                opportunityReferrals.size(),
                expected.opportunities().size(),
                customerReferrals.size(),
                expected.customers().size());
  }

  private static void putIfSet(Map<String, String> into, String id, String value) {
    if (!value.isEmpty()) {
      into.put(id, value);
    }
  }

  private static JsonNode parse(String dump) {
    try {
      return JSON.readTree(dump);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.refsync.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.param.CustomerUpdateParams;
import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import dev.refsync.sandbox.salesforce.CustomFieldSpec;
import dev.refsync.sandbox.salesforce.CustomObjectSpec;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deterministic referral program {@code refsync demo} seeds into the sandboxes, as an admin and
 * RevOps would have set it up: partners of several tiers, customers and an employee as referrers;
 * hundreds of accounts with several stakeholders each; deals in HubSpot and opportunities in
 * Salesforce, some referred; twelve months of Stripe invoices with refunds, a lost dispute and
 * cancellations, part of the customers linked to referred CRM accounts by metadata. Everything the
 * CRMs hold is written through the vendors' own APIs or the sandboxes' seeders, never into
 * Refsync's store.
 */
public final class DemoWorld {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TIERS = List.of("PLATINUM", "GOLD", "SILVER");

  /** What was seeded, for the summary. */
  public record Seeded(
      int hubspotCompanies,
      int hubspotReferrals,
      int salesforceAccounts,
      int salesforceReferrals,
      int stripeCustomers,
      int linkedCustomers) {}

  /**
   * How much the world holds. Referrers, tiers and the share of referred accounts stay the same at
   * every size; only the counts grow.
   *
   * @param companies HubSpot companies, and as many Salesforce accounts
   * @param contacts stakeholders in each CRM (four per company in the demo)
   * @param deals HubSpot deals, and as many Salesforce opportunities
   * @param leads Salesforce leads
   * @param customers Stripe customers, each with twelve months of invoices
   */
  public record Size(int companies, int contacts, int deals, int leads, int customers) {
    public Size {
      if (companies < 20 || contacts < companies || deals < 1 || leads < 0 || customers < 1) {
        throw new IllegalArgumentException(
            "a demo world needs at least 20 companies (10 are referrers), a contact per company,"
                + " a deal and a customer: "
                + this);
      }
    }

    /** What {@code refsync demo} seeds. */
    public static Size demo() {
      return new Size(120, 480, 240, 30, 240);
    }
  }

  private DemoWorld() {}

  /** Seeds the {@linkplain Size#demo() demo-sized} world. */
  public static Seeded seed(DemoSandboxes sandboxes, long seed, Clock clock) {
    return seed(sandboxes, seed, clock, Size.demo());
  }

  public static Seeded seed(DemoSandboxes sandboxes, long seed, Clock clock, Size size) {
    Instant referredAt = clock.instant().minus(Duration.ofDays(370));
    List<String> referredAccounts = new ArrayList<>();
    int hubspotReferrals = seedHubSpot(sandboxes, seed, size, clock, referredAt, referredAccounts);
    int salesforceReferrals = seedSalesforce(sandboxes, seed, size, referredAt, referredAccounts);
    sandboxes.stripe.seed(StripeSeedSpec.yearOfHistory(seed, size.customers()));
    int linked = linkStripeCustomers(sandboxes, referredAccounts);
    return new Seeded(
        size.companies(),
        hubspotReferrals,
        size.companies(),
        salesforceReferrals,
        size.customers(),
        linked);
  }

  /**
   * HubSpot: the seeded portal, the properties RevOps adds for referrers and referrals, partners
   * (with tiers), customers and an employee marked as referrers, and one stakeholder of every third
   * company with a won deal marked as referred.
   */
  private static int seedHubSpot(
      DemoSandboxes sandboxes,
      long seed,
      Size size,
      Clock clock,
      Instant referredAt,
      List<String> referredAccounts) {
    SeedResult seeded =
        sandboxes.hubspot.seed(new SeedSpec(seed, size.companies(), size.contacts(), size.deals()));
    HubSpotClient admin =
        HubSpotClient.create(
            HubSpotConfig.defaults(Secret.of(DemoSandboxes.HUBSPOT_TOKEN))
                .withBaseUrl(sandboxes.hubspot.baseUri()),
            clock);
    admin.createProperty("companies", text("refsync_referrer_type", "companyinformation"));
    admin.createProperty("companies", text("refsync_referrer_tier", "companyinformation"));
    admin.createProperty("contacts", text("refsync_referred_by", "contactinformation"));
    admin.createProperty("contacts", text("refsync_referral_channel", "contactinformation"));
    admin.createProperty(
        "contacts",
        new PropertyDefinition(
            "refsync_referred_at",
            "Referred at",
            "datetime",
            "date",
            "contactinformation",
            "When the referral was made",
            null,
            null));
    List<String> companies = seeded.companyIds();
    List<String> referrers = companies.subList(0, 10);
    List<UpsertInput> referrerUpdates = new ArrayList<>();
    for (int i = 0; i < referrers.size(); i++) {
      Map<String, String> p = new LinkedHashMap<>();
      if (i < 7) {
        p.put("refsync_referrer_type", "partner");
        p.put("refsync_referrer_tier", TIERS.get(i % TIERS.size()));
      } else if (i < 9) {
        p.put("refsync_referrer_type", "customer");
      } else {
        p.put("refsync_referrer_type", "employee");
      }
      referrerUpdates.add(new UpsertInput(referrers.get(i), p));
    }
    admin.batchUpdate("companies", referrerUpdates);

    JsonNode state = state(sandboxes.hubspot.stateDump());
    Map<String, String> contactCompany = primaryCompany(state, "contacts");
    Map<String, List<String>> contactsOf = new HashMap<>();
    contactCompany.forEach(
        (contact, company) ->
            contactsOf.computeIfAbsent(company, k -> new ArrayList<>()).add(contact));
    Map<String, String> dealCompany = primaryCompany(state, "deals");
    List<String> wonCompanies = new ArrayList<>();
    for (JsonNode deal : state.path("objects").path("deals")) {
      String company = dealCompany.get(deal.path("id").asText());
      if ("closedwon".equals(deal.path("properties").path("dealstage").asText())
          && company != null
          && !referrers.contains(company)
          && contactsOf.containsKey(company)
          && !wonCompanies.contains(company)) {
        wonCompanies.add(company);
      }
    }
    List<UpsertInput> referred = new ArrayList<>();
    for (int i = 0; i < wonCompanies.size(); i += 2) {
      String company = wonCompanies.get(i);
      referredAccounts.add(company);
      referred.add(
          new UpsertInput(
              contactsOf.get(company).get(0),
              Map.of(
                  "refsync_referred_by",
                  referrers.get(referred.size() % referrers.size()),
                  "refsync_referral_channel",
                  referred.size() % 3 == 0 ? "deal_registration" : "link",
                  "refsync_referred_at",
                  Long.toString(referredAt.toEpochMilli()))));
    }
    for (int i = 0; i < referred.size(); i += 100) {
      admin.batchUpdate("contacts", referred.subList(i, Math.min(referred.size(), i + 100)));
    }
    return referred.size();
  }

  /**
   * Salesforce: the seeded org (a quarter of its accounts are partners), the Referral__c object
   * RevOps keeps referrals in, and a referral on every third other account.
   */
  private static int seedSalesforce(
      DemoSandboxes sandboxes,
      long seed,
      Size size,
      Instant referredAt,
      List<String> referredAccounts) {
    var sf = sandboxes.salesforce;
    SalesforceSeedResult seeded =
        sf.seed(
            new SalesforceSeedSpec(
                seed, size.companies(), size.contacts(), size.leads(), size.deals()));
    sf.defineCustomObject(CustomObjectSpec.of("Referral__c", "Referral", "Referrals"));
    sf.defineCustomField(
        CustomFieldSpec.lookup("Referral__c.Referrer__c", "Referrer", "Account", "Referrer__r"));
    sf.defineCustomField(
        CustomFieldSpec.lookup("Referral__c.Account__c", "Account", "Account", "Account__r"));
    sf.defineCustomField(CustomFieldSpec.text("Referral__c.Contact_Email__c", "Contact Email", 80));
    sf.defineCustomField(
        CustomFieldSpec.text("Referral__c.Company_Domain__c", "Company Domain", 255));
    sf.defineCustomField(CustomFieldSpec.text("Referral__c.Company_Name__c", "Company Name", 255));
    sf.defineCustomField(CustomFieldSpec.text("Referral__c.Channel__c", "Channel", 40));
    sf.defineCustomField(
        CustomFieldSpec.of("Referral__c.Submitted_At__c", "Submitted At", "DateTime"));
    sf.defineCustomField(
        CustomFieldSpec.lookup("Lead.Referred_By__c", "Referred By", "Account", "Referred_By__r"));
    List<String> accounts = seeded.accountIds();
    int referrals = 0;
    for (int i = 1; i < accounts.size(); i++) {
      if (i % 4 == 0 || i % 3 != 1) {
        continue;
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("Name", "Referral " + i);
      v.put("Referrer__c", accounts.get((i / 4) * 4));
      v.put("Account__c", accounts.get(i));
      v.put("Company_Name__c", "Account " + i);
      v.put("Channel__c", i % 2 == 0 ? "Link" : "Partner Referral");
      v.put("Submitted_At__c", referredAt);
      sf.insert("Referral__c", v);
      referredAccounts.add(accounts.get(i));
      referrals++;
    }
    return referrals;
  }

  /**
   * Finance links Stripe customers to CRM accounts through the {@code refsync_account_id} metadata
   * key: the first customers are linked to the referred accounts, over the Stripe API.
   */
  private static int linkStripeCustomers(DemoSandboxes sandboxes, List<String> referredAccounts) {
    StripeClient stripe =
        StripeClient.builder()
            .setApiKey(DemoSandboxes.STRIPE_KEY)
            .setApiBase(sandboxes.stripe.baseUri().toString())
            .build();
    List<String> customers = new ArrayList<>();
    for (JsonNode customer : state(sandboxes.stripe.stateDump()).path("customers")) {
      customers.add(customer.path("id").asText());
    }
    customers.sort(String::compareTo);
    int linked = Math.min(customers.size(), referredAccounts.size());
    for (int i = 0; i < linked; i++) {
      CustomerUpdateParams params =
          CustomerUpdateParams.builder()
              .putMetadata("refsync_account_id", referredAccounts.get(i))
              .build();
      String customer = customers.get(i);
      for (int attempt = 1; ; attempt++) {
        try {
          stripe.v1().customers().update(customer, params);
          break;
        } catch (RateLimitException e) {
          // Test mode allows 25 requests a second (VENDOR-FACTS); wait for the window to roll.
          if (attempt == 10) {
            throw new IllegalStateException("Stripe kept rate limiting the demo set-up", e);
          }
          pause(Duration.ofMillis(250L * attempt));
        } catch (StripeException e) {
          throw new IllegalStateException("could not link demo customer " + customer, e);
        }
      }
    }
    return linked;
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while seeding the demo", e);
    }
  }

  private static PropertyDefinition text(String name, String group) {
    return new PropertyDefinition(name, name, "string", "text", group, name, null, null);
  }

  /**
   * The primary company of each contact or deal, from the sandbox's association dump: entries are
   * keyed {@code fromTypeId/fromId->toTypeId} with the HubSpot-defined primary type ids 1 (contact
   * to company) and 5 (deal to company).
   */
  private static Map<String, String> primaryCompany(JsonNode state, String from) {
    int primaryType = from.equals("contacts") ? 1 : 5;
    Map<String, String> out = new HashMap<>();
    for (JsonNode a : state.path("associations")) {
      for (JsonNode t : a.path("types")) {
        if (t.path("typeId").asInt() == primaryType) {
          String key = a.path("from").asText();
          out.put(
              key.substring(key.indexOf('/') + 1, key.indexOf("->")),
              a.path("toObjectId").asText());
        }
      }
    }
    return out;
  }

  static JsonNode state(String dump) {
    try {
      return JSON.readTree(dump);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

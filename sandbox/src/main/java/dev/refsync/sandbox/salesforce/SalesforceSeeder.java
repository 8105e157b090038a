package dev.refsync.sandbox.salesforce;

import dev.refsync.sandbox.core.SeededRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes deterministic accounts (unique {@code Website}s, a quarter of them {@code Type =
 * 'Partner'}), contacts, leads, opportunities (every stage incl. Closed Won / Closed Lost, {@code
 * Amount} with 2 decimals, {@code CloseDate}, {@code AccountId}) and contact roles straight into
 * the store: no HTTP, no limits.
 */
final class SalesforceSeeder {

  private static final List<String> INDUSTRIES =
      List.of("Technology", "Finance", "Healthcare", "Retail", "Manufacturing");

  private final SalesforceStore store;

  SalesforceSeeder(SalesforceStore store) {
    this.store = store;
  }

  SalesforceSeedResult seed(SalesforceSeedSpec spec) {
    return store.read(() -> run(spec));
  }

  private SalesforceSeedResult run(SalesforceSeedSpec spec) {
    SeededRandom rnd = new SeededRandom(spec.seed());
    SalesforceSchema schema = store.schema();
    Instant now = store.now();
    int total = spec.accounts() + spec.contacts() + spec.leads() + spec.opportunities() * 3;
    Stamps stamps = new Stamps(now, total, spec.sharedModstamp());

    List<String> accounts = new ArrayList<>();
    List<String> websites = new ArrayList<>();
    for (int i = 0; i < spec.accounts(); i++) {
      String word = rnd.word();
      // Each account its own registrable domain, as real companies have (see HubSpotSeeder).
      String domain = word + (i + 1) + ".com";
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("Name", capitalize(word) + " " + (i + 1));
      v.put("Website", "https://www." + domain);
      v.put("Type", i % 4 == 0 ? "Partner" : rnd.pick(List.of("Prospect", "Customer - Direct")));
      v.put("Industry", rnd.pick(INDUSTRIES));
      websites.add(domain);
      accounts.add(insert(schema, "Account", v, stamps));
    }
    List<String> contacts = new ArrayList<>();
    Map<String, List<String>> contactsByAccount = new HashMap<>();
    for (int i = 0; i < spec.contacts(); i++) {
      int a = i < spec.accounts() ? i : rnd.between(0, spec.accounts() - 1);
      String first = rnd.firstName();
      String last = rnd.lastName();
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("FirstName", first);
      v.put("LastName", last);
      v.put("Email", email(first, last, i, websites.get(a)));
      v.put("AccountId", accounts.get(a));
      String id = insert(schema, "Contact", v, stamps);
      contacts.add(id);
      contactsByAccount.computeIfAbsent(accounts.get(a), k -> new ArrayList<>()).add(id);
    }
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < spec.leads(); i++) {
      String first = rnd.firstName();
      String last = rnd.lastName();
      String company = capitalize(rnd.word()) + " Labs " + (i + 1);
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("FirstName", first);
      v.put("LastName", last);
      v.put("Company", company);
      v.put("Email", email(first, last, i, "lead" + (i + 1) + ".org"));
      v.put("LeadSource", rnd.pick(SalesforceSchema.LEAD_SOURCES));
      v.put("Status", rnd.pick(SalesforceSchema.LEAD_STATUSES.subList(0, 2)));
      leads.add(insert(schema, "Lead", v, stamps));
    }
    List<String> opportunities = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (int i = 0; i < spec.opportunities(); i++) {
      String account = accounts.get(rnd.between(0, accounts.size() - 1));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("Name", "Deal " + (i + 1));
      v.put("AccountId", account);
      v.put("StageName", SalesforceSchema.STAGES.get(i % SalesforceSchema.STAGES.size()));
      v.put("Amount", rnd.amount(1_000, 100_000, 2));
      v.put("CloseDate", today.minusDays(rnd.between(0, 180)));
      v.put("Type", rnd.pick(List.of("New Business", "Renewal")));
      v.put("LeadSource", rnd.pick(SalesforceSchema.LEAD_SOURCES));
      String opportunity = insert(schema, "Opportunity", v, stamps);
      opportunities.add(opportunity);
      List<String> candidates = contactsByAccount.getOrDefault(account, List.of());
      int roleCount = Math.min(candidates.size(), rnd.between(1, 2));
      for (int r = 0; r < roleCount; r++) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("OpportunityId", opportunity);
        role.put("ContactId", candidates.get(r));
        role.put("Role", r == 0 ? "Decision Maker" : "Influencer");
        role.put("IsPrimary", r == 0);
        roles.add(insert(schema, "OpportunityContactRole", role, stamps));
      }
    }
    return new SalesforceSeedResult(accounts, contacts, leads, opportunities, roles);
  }

  private String insert(
      SalesforceSchema schema, String type, Map<String, Object> values, Stamps stamps) {
    Instant at = stamps.next();
    return store.insert(schema.type(type).orElseThrow(), values, at, at);
  }

  private static String email(String first, String last, int i, String domain) {
    return (first + "." + last + (i + 1)).toLowerCase(Locale.ROOT).replace("-", "") + "@" + domain;
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Hands out audit timestamps: all equal, or one second apart ending at {@code now}. */
  private static final class Stamps {
    private final Instant now;
    private final boolean shared;
    private long remaining;

    Stamps(Instant now, int total, boolean shared) {
      this.now = now;
      this.shared = shared;
      this.remaining = total;
    }

    Instant next() {
      if (shared) {
        return now;
      }
      remaining = Math.max(0, remaining - 1);
      return now.minusSeconds(remaining);
    }
  }
}

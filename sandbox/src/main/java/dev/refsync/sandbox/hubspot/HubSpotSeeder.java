package dev.refsync.sandbox.hubspot;

import dev.refsync.sandbox.core.SeededRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a deterministic portal straight into the store (no HTTP, no rate limits). */
final class HubSpotSeeder {

  static final String REFERRER = "Referrer";
  static final String DECISION_MAKER = "Decision maker";

  private final HubSpotStore store;

  HubSpotSeeder(HubSpotStore store) {
    this.store = store;
  }

  SeedResult seed(SeedSpec spec) {
    SeededRandom random = new SeededRandom(spec.seed());
    int eventMark = store.eventMark();
    AssociationStore assoc = store.associations();
    AssociationLabel referrer = label(ObjectTypeDef.DEALS, ObjectTypeDef.CONTACTS, REFERRER);
    AssociationLabel decisionMaker =
        label(ObjectTypeDef.DEALS, ObjectTypeDef.CONTACTS, DECISION_MAKER);
    AssociationLabel contactPrimary = assoc.label("HUBSPOT_DEFINED", 1).orElseThrow();
    AssociationLabel dealPrimary = assoc.label("HUBSPOT_DEFINED", 5).orElseThrow();

    List<Map<String, String>> companies = new ArrayList<>();
    for (int i = 0; i < spec.companies(); i++) {
      String word = random.word();
      Map<String, String> p = new LinkedHashMap<>();
      p.put("name", capitalize(word) + " " + (i + 1));
      // The index keeps domains unique however often a word repeats.
      // A registrable domain of its own (not a subdomain of example.com, which every company
      // would share once normalized), so account-level matching by domain tells them apart.
      p.put("domain", word + "-" + (i + 1) + ".com");
      p.put(
          "industry",
          random.pick(
              List.of(
                  "COMPUTER_SOFTWARE", "FINANCIAL_SERVICES", "RETAIL", "HOSPITAL_HEALTH_CARE")));
      companies.add(p);
    }
    List<CrmObject> companyRecords = store.createAll(ObjectTypeDef.COMPANIES, companies);

    List<Map<String, String>> contacts = new ArrayList<>();
    List<CrmObject> contactCompany = new ArrayList<>();
    for (int i = 0; i < spec.contacts(); i++) {
      CrmObject company = random.pick(companyRecords);
      String first = random.firstName();
      String last = random.lastName();
      Map<String, String> p = new LinkedHashMap<>();
      p.put("firstname", first);
      p.put("lastname", last);
      p.put(
          "email",
          (first + "." + last + "." + (i + 1)).toLowerCase(Locale.ROOT)
              + "@"
              + company.property("domain"));
      p.put("company", company.property("name"));
      contacts.add(p);
      contactCompany.add(company);
    }
    List<CrmObject> contactRecords = store.createAll(ObjectTypeDef.CONTACTS, contacts);
    Map<Long, List<CrmObject>> contactsByCompany = new HashMap<>();
    for (int i = 0; i < contactRecords.size(); i++) {
      assoc.associate(contactPrimary, contactRecords.get(i).id(), contactCompany.get(i).id());
      contactsByCompany
          .computeIfAbsent(contactCompany.get(i).id(), k -> new ArrayList<>())
          .add(contactRecords.get(i));
    }

    Instant today = store.now().truncatedTo(ChronoUnit.DAYS);
    List<Map<String, String>> deals = new ArrayList<>();
    List<CrmObject> dealCompany = new ArrayList<>();
    for (int i = 0; i < spec.deals(); i++) {
      CrmObject company = random.pick(companyRecords);
      Map<String, String> p = new LinkedHashMap<>();
      p.put("dealname", company.property("name") + " - " + random.word() + " " + (i + 1));
      p.put("amount", random.amount(1_000, 250_000, 2).toPlainString());
      p.put("dealstage", random.pick(BuiltInTypes.DEAL_STAGES));
      p.put("pipeline", "default");
      p.put("deal_currency_code", "USD");
      p.put("closedate", HubSpotTimes.format(today.minus(Duration.ofDays(random.between(0, 365)))));
      deals.add(p);
      dealCompany.add(company);
    }
    List<CrmObject> dealRecords = store.createAll(ObjectTypeDef.DEALS, deals);
    for (int i = 0; i < dealRecords.size(); i++) {
      long dealId = dealRecords.get(i).id();
      CrmObject company = dealCompany.get(i);
      assoc.associate(dealPrimary, dealId, company.id());
      List<CrmObject> people = contactsByCompany.getOrDefault(company.id(), contactRecords);
      CrmObject first = random.pick(people);
      assoc.associate(referrer, dealId, first.id());
      if (people.size() > 1 && random.chance(0.5)) {
        CrmObject second = random.pick(people);
        if (second.id() != first.id()) {
          assoc.associate(decisionMaker, dealId, second.id());
        }
      }
    }
    // Seeding is setup, not activity a webhook subscriber should hear about.
    store.discardEventsAfter(eventMark);
    return new SeedResult(ids(companyRecords), ids(contactRecords), ids(dealRecords));
  }

  private AssociationLabel label(String from, String to, String name) {
    return store
        .associations()
        .labelNamed(from, to, name)
        .orElseGet(() -> store.associations().defineUserLabel(from, to, name));
  }

  private static List<String> ids(List<CrmObject> records) {
    return records.stream().map(o -> Long.toString(o.id())).toList();
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.refsync.sandbox.core.Json;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Contacts, companies and deals with the default properties Refsync touches, named and typed as in
 * a new HubSpot portal ("Default contact/company/deal properties" in HubSpot's knowledge base).
 */
final class BuiltInTypes {

  static final List<String> DEAL_STAGES =
      List.of(
          "appointmentscheduled",
          "qualifiedtobuy",
          "presentationscheduled",
          "decisionmakerboughtin",
          "contractsent",
          "closedwon",
          "closedlost");

  private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
  private static final Set<String> BUILT_IN_NAMES =
      Set.of(
          "hs_object_id",
          "createdate",
          "hs_lastmodifieddate",
          "lastmodifieddate",
          "email",
          "firstname",
          "lastname",
          "company",
          "phone",
          "name",
          "domain",
          "industry",
          "dealname",
          "amount",
          "dealstage",
          "pipeline",
          "closedate",
          "deal_currency_code");

  private BuiltInTypes() {}

  static boolean isBuiltIn(String typeId, String name) {
    return !typeId.startsWith("2-") && BUILT_IN_NAMES.contains(name);
  }

  static void install(HubSpotStore store) {
    store.addType(
        new ObjectTypeDef(
            ObjectTypeDef.CONTACTS,
            "contacts",
            "contact",
            "contact",
            List.of(
                "createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"),
            "lastmodifieddate",
            List.of()));
    store.addType(
        new ObjectTypeDef(
            ObjectTypeDef.COMPANIES,
            "companies",
            "company",
            "company",
            List.of("createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"),
            "hs_lastmodifieddate",
            List.of()));
    store.addType(
        new ObjectTypeDef(
            ObjectTypeDef.DEALS,
            "deals",
            "deal",
            "deal",
            List.of(
                "amount",
                "closedate",
                "createdate",
                "dealname",
                "dealstage",
                "hs_lastmodifieddate",
                "hs_object_id",
                "pipeline"),
            "hs_lastmodifieddate",
            List.of()));

    group(store, ObjectTypeDef.CONTACTS, "contactinformation", "Contact information");
    group(store, ObjectTypeDef.COMPANIES, "companyinformation", "Company information");
    group(store, ObjectTypeDef.DEALS, "dealinformation", "Deal information");

    for (String t : List.of(ObjectTypeDef.CONTACTS, ObjectTypeDef.COMPANIES, ObjectTypeDef.DEALS)) {
      String g = groupOf(t);
      systemProperties(store, t, g);
    }
    store.addProperty(
        ObjectTypeDef.CONTACTS,
        readOnly("lastmodifieddate", "Last Modified Date", "datetime", "contactinformation"));
    // Email is the contact identity HubSpot deduplicates on and accepts as idProperty.
    store.addProperty(
        ObjectTypeDef.CONTACTS,
        plain("email", "Email", "string", "text", "contactinformation", true, empty()));
    store.addProperty(
        ObjectTypeDef.CONTACTS,
        plain("firstname", "First Name", "string", "text", "contactinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.CONTACTS,
        plain("lastname", "Last Name", "string", "text", "contactinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.CONTACTS,
        plain("company", "Company Name", "string", "text", "contactinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.CONTACTS,
        plain(
            "phone",
            "Phone Number",
            "string",
            "phonenumber",
            "contactinformation",
            false,
            empty()));
    store.addProperty(
        ObjectTypeDef.COMPANIES,
        plain("name", "Company name", "string", "text", "companyinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.COMPANIES,
        plain(
            "domain",
            "Company Domain Name",
            "string",
            "text",
            "companyinformation",
            false,
            empty()));
    store.addProperty(
        ObjectTypeDef.COMPANIES,
        plain("industry", "Industry", "string", "text", "companyinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.DEALS,
        plain("dealname", "Deal Name", "string", "text", "dealinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.DEALS,
        plain("amount", "Amount", "number", "number", "dealinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.DEALS,
        plain("closedate", "Close Date", "datetime", "date", "dealinformation", false, empty()));
    store.addProperty(
        ObjectTypeDef.DEALS,
        plain(
            "pipeline",
            "Pipeline",
            "enumeration",
            "select",
            "dealinformation",
            false,
            options(List.of("default"))));
    store.addProperty(
        ObjectTypeDef.DEALS,
        plain(
            "dealstage",
            "Deal Stage",
            "enumeration",
            "radio",
            "dealinformation",
            false,
            options(DEAL_STAGES)));
    store.addProperty(
        ObjectTypeDef.DEALS,
        plain(
            "deal_currency_code",
            "Currency",
            "enumeration",
            "select",
            "dealinformation",
            false,
            options(List.of("USD", "EUR", "GBP", "CAD", "AUD", "JPY"))));
  }

  /** hs_object_id, createdate and hs_lastmodifieddate, which every type has. */
  static void systemProperties(HubSpotStore store, String typeId, String group) {
    store.addProperty(typeId, readOnly("hs_object_id", "Record ID", "number", group));
    store.addProperty(
        typeId, plain("createdate", "Create Date", "datetime", "date", group, false, empty()));
    store.addProperty(
        typeId, readOnly("hs_lastmodifieddate", "Last Modified Date", "datetime", group));
  }

  static String groupOf(String typeId) {
    return switch (typeId) {
      case ObjectTypeDef.CONTACTS -> "contactinformation";
      case ObjectTypeDef.COMPANIES -> "companyinformation";
      default -> "dealinformation";
    };
  }

  private static void group(HubSpotStore store, String typeId, String name, String label) {
    store.addGroup(typeId, name, label, -1);
  }

  static PropertyDef plain(
      String name,
      String label,
      String type,
      String fieldType,
      String group,
      boolean unique,
      JsonNode options) {
    return new PropertyDef(name, label, type, fieldType, group, "", unique, false, options, EPOCH);
  }

  private static PropertyDef readOnly(String name, String label, String type, String group) {
    return new PropertyDef(
        name,
        label,
        type,
        "datetime".equals(type) ? "date" : "number",
        group,
        "",
        false,
        true,
        empty(),
        EPOCH);
  }

  private static ArrayNode empty() {
    return Json.array();
  }

  private static ArrayNode options(List<String> values) {
    ArrayNode arr = Json.array();
    for (int i = 0; i < values.size(); i++) {
      arr.addObject()
          .put("label", values.get(i))
          .put("value", values.get(i))
          .put("displayOrder", i)
          .put("hidden", false);
    }
    return arr;
  }
}

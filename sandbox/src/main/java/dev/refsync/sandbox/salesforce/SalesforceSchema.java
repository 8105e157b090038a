package dev.refsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The org's sObject types: the standard objects Refsync reads and writes (Account, Contact, Lead,
 * Opportunity, OpportunityContactRole) with the fields it uses, plus custom objects and fields
 * provisioned through the Metadata API or {@link SalesforceEmulator#defineCustomObject}. Not
 * thread-safe: {@link SalesforceStore} guards it.
 */
final class SalesforceSchema {

  static final List<String> ACCOUNT_TYPES =
      List.of(
          "Prospect",
          "Customer - Direct",
          "Customer - Channel",
          "Channel Partner / Reseller",
          "Installation Partner",
          "Technology Partner",
          "Partner",
          "Other");
  static final List<String> STAGES =
      List.of(
          "Prospecting",
          "Qualification",
          "Needs Analysis",
          "Value Proposition",
          "Proposal/Price Quote",
          "Negotiation/Review",
          "Closed Won",
          "Closed Lost");
  static final List<String> LEAD_SOURCES =
      List.of("Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other");
  static final List<String> LEAD_STATUSES =
      List.of(
          "Open - Not Contacted",
          "Working - Contacted",
          "Closed - Converted",
          "Closed - Not Converted");
  static final List<String> CONTACT_ROLES =
      List.of(
          "Business User",
          "Decision Maker",
          "Economic Buyer",
          "Economic Decision Maker",
          "Evaluator",
          "Executive Sponsor",
          "Influencer",
          "Technical Buyer",
          "Other");

  /** The first custom key prefix handed out; Salesforce's custom prefixes start with {@code a0}. */
  private static final String CUSTOM_PREFIX_DIGITS = SalesforceIds.BASE62;

  private final Map<String, SObjectDef> types = new LinkedHashMap<>();
  private int nextCustomPrefix = CUSTOM_PREFIX_DIGITS.indexOf('X');

  SalesforceSchema() {
    addStandard(account());
    addStandard(contact());
    addStandard(lead());
    addStandard(opportunity());
    addStandard(contactRole());
  }

  Optional<SObjectDef> type(String name) {
    return Optional.ofNullable(types.get(name.toLowerCase(Locale.ROOT)));
  }

  Optional<SObjectDef> typeForPrefix(String keyPrefix) {
    return types.values().stream().filter(t -> t.keyPrefix().equals(keyPrefix)).findFirst();
  }

  List<SObjectDef> types() {
    return new ArrayList<>(types.values());
  }

  /** Adds a custom object with its name field and the system fields; the caller checked names. */
  SObjectDef addCustomObject(
      String apiName, String label, String labelPlural, boolean autoNumberName) {
    String prefix = "a0" + CUSTOM_PREFIX_DIGITS.charAt(nextCustomPrefix);
    nextCustomPrefix = (nextCustomPrefix + 1) % CUSTOM_PREFIX_DIGITS.length();
    SObjectDef def = withSystemFields(new SObjectDef(apiName, label, labelPlural, prefix, true));
    FieldDef name = FieldDef.text("Name", label + " Name", FieldType.STRING, 80, false);
    def.add(autoNumberName ? name.readOnly() : name);
    types.put(apiName.toLowerCase(Locale.ROOT), def);
    return def;
  }

  private void addStandard(SObjectDef def) {
    types.put(def.name().toLowerCase(Locale.ROOT), def);
  }

  private static SObjectDef withSystemFields(SObjectDef def) {
    return def.add(FieldDef.system("Id", def.label() + " ID", FieldType.ID))
        .add(FieldDef.system("IsDeleted", "Deleted", FieldType.BOOLEAN))
        .add(FieldDef.system("CreatedDate", "Created Date", FieldType.DATETIME))
        .add(FieldDef.system("LastModifiedDate", "Last Modified Date", FieldType.DATETIME))
        .add(FieldDef.system("SystemModstamp", "System Modstamp", FieldType.DATETIME));
  }

  private static SObjectDef account() {
    return withSystemFields(new SObjectDef("Account", "Account", "Accounts", "001", false))
        .add(FieldDef.text("Name", "Account Name", FieldType.STRING, 255, true))
        .add(FieldDef.picklist("Type", "Account Type", false, ACCOUNT_TYPES))
        .add(FieldDef.text("Website", "Website", FieldType.URL, 255, false))
        .add(FieldDef.text("Industry", "Industry", FieldType.STRING, 255, false))
        .add(FieldDef.text("Phone", "Account Phone", FieldType.PHONE, 40, false))
        .add(FieldDef.text("BillingCountry", "Billing Country", FieldType.STRING, 80, false))
        .add(FieldDef.number("AnnualRevenue", "Annual Revenue", FieldType.CURRENCY, 18, 0))
        .add(FieldDef.text("Description", "Account Description", FieldType.TEXTAREA, 32000, false));
  }

  private static SObjectDef contact() {
    return withSystemFields(new SObjectDef("Contact", "Contact", "Contacts", "003", false))
        .add(FieldDef.text("FirstName", "First Name", FieldType.STRING, 40, false))
        .add(FieldDef.text("LastName", "Last Name", FieldType.STRING, 80, true))
        .add(FieldDef.text("Name", "Full Name", FieldType.STRING, 121, false).readOnly())
        .add(FieldDef.text("Email", "Email", FieldType.EMAIL, 80, false))
        .add(FieldDef.text("Title", "Title", FieldType.STRING, 128, false))
        .add(FieldDef.text("Phone", "Business Phone", FieldType.PHONE, 40, false))
        .add(FieldDef.picklist("LeadSource", "Lead Source", false, LEAD_SOURCES))
        .add(FieldDef.reference("AccountId", "Account ID", "Account", "Account", false));
  }

  private static SObjectDef lead() {
    return withSystemFields(new SObjectDef("Lead", "Lead", "Leads", "00Q", false))
        .add(FieldDef.text("FirstName", "First Name", FieldType.STRING, 40, false))
        .add(FieldDef.text("LastName", "Last Name", FieldType.STRING, 80, true))
        .add(FieldDef.text("Name", "Full Name", FieldType.STRING, 121, false).readOnly())
        .add(FieldDef.text("Company", "Company", FieldType.STRING, 255, true))
        .add(FieldDef.text("Email", "Email", FieldType.EMAIL, 80, false))
        .add(FieldDef.text("Website", "Website", FieldType.URL, 255, false))
        .add(FieldDef.picklist("LeadSource", "Lead Source", false, LEAD_SOURCES))
        .add(FieldDef.picklist("Status", "Lead Status", false, LEAD_STATUSES))
        .add(FieldDef.plain("IsConverted", "Converted", FieldType.BOOLEAN, false))
        .add(FieldDef.plain("ConvertedDate", "Converted Date", FieldType.DATE, false))
        .add(
            FieldDef.reference(
                "ConvertedAccountId", "Converted Account ID", "Account", "ConvertedAccount", false))
        .add(
            FieldDef.reference(
                "ConvertedContactId", "Converted Contact ID", "Contact", "ConvertedContact", false))
        .add(
            FieldDef.reference(
                "ConvertedOpportunityId",
                "Converted Opportunity ID",
                "Opportunity",
                "ConvertedOpportunity",
                false));
  }

  private static SObjectDef opportunity() {
    return withSystemFields(
            new SObjectDef("Opportunity", "Opportunity", "Opportunities", "006", false))
        .add(FieldDef.text("Name", "Name", FieldType.STRING, 120, true))
        .add(FieldDef.picklist("StageName", "Stage", true, STAGES))
        .add(FieldDef.number("Amount", "Amount", FieldType.CURRENCY, 18, 2))
        .add(FieldDef.plain("CloseDate", "Close Date", FieldType.DATE, true))
        .add(FieldDef.reference("AccountId", "Account ID", "Account", "Account", false))
        .add(
            FieldDef.picklist(
                "Type", "Opportunity Type", false, List.of("New Business", "Renewal")))
        .add(FieldDef.picklist("LeadSource", "Lead Source", false, LEAD_SOURCES))
        .add(FieldDef.number("Probability", "Probability (%)", FieldType.PERCENT, 3, 0))
        .add(FieldDef.plain("IsClosed", "Closed", FieldType.BOOLEAN, false).readOnly())
        .add(FieldDef.plain("IsWon", "Won", FieldType.BOOLEAN, false).readOnly());
  }

  private static SObjectDef contactRole() {
    return withSystemFields(
            new SObjectDef(
                "OpportunityContactRole",
                "Opportunity Contact Role",
                "Opportunity Contact Roles",
                "00K",
                false))
        .add(
            FieldDef.reference(
                "OpportunityId", "Opportunity ID", "Opportunity", "Opportunity", true))
        .add(FieldDef.reference("ContactId", "Contact ID", "Contact", "Contact", true))
        .add(FieldDef.picklist("Role", "Role", false, CONTACT_ROLES))
        .add(FieldDef.plain("IsPrimary", "Primary", FieldType.BOOLEAN, false));
  }
}

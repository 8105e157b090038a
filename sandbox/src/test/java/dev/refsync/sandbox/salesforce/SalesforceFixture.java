package dev.refsync.sandbox.salesforce;

import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Shared credentials and a started org for the integration tests. */
final class SalesforceFixture implements AutoCloseable {

  static final String USERNAME = "integration@refsync.example";
  static final String PASSWORD = "p4ssw0rd+token";
  static final String CLIENT_ID = "3MVG9emulatorClientId";
  static final String CLIENT_SECRET = "emulator-client-secret";
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final SalesforceEmulator sf;
  final SalesforceTestClient api;

  SalesforceFixture() {
    this(c -> c);
  }

  SalesforceFixture(UnaryOperator<SalesforceConfig> customize) {
    MutableClock c = clock;
    sf =
        SalesforceEmulator.start(
            customize.apply(
                SalesforceConfig.defaults(USERNAME, PASSWORD, CLIENT_ID, CLIENT_SECRET, c)));
    api = new SalesforceTestClient(sf.baseUri(), sf.issueSession());
  }

  SalesforceTestClient anonymous() {
    return new SalesforceTestClient(sf.baseUri(), null);
  }

  /**
   * Provisions Referral_Commission__c with its external id and lookup, and the Opportunity field.
   */
  void provisionCommissionObject() {
    sf.defineCustomObject(
        CustomObjectSpec.of(
            "Referral_Commission__c", "Referral Commission", "Referral Commissions"));
    sf.defineCustomField(
        CustomFieldSpec.text("Referral_Commission__c.Refsync_Id__c", "Refsync Id", 64)
            .asUniqueExternalId());
    sf.defineCustomField(
        CustomFieldSpec.number("Referral_Commission__c.Amount__c", "Amount", "Currency", 16, 2));
    sf.defineCustomField(
        CustomFieldSpec.lookup(
            "Referral_Commission__c.Opportunity__c", "Opportunity", "Opportunity", "Opportunity"));
    sf.defineCustomField(CustomFieldSpec.text("Opportunity.Referral_Id__c", "Referral Id", 80));
  }

  @Override
  public void close() {
    sf.close();
  }
}

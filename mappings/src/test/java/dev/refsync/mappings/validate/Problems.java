package dev.refsync.mappings.validate;

import java.util.List;

/** Validates a YAML text in tests and returns the problems as printed lines. */
final class Problems {
  private Problems() {}

  static List<String> of(String yaml) {
    return new MappingValidator()
        .validate("m.yaml", yaml).problems().stream().map(Problem::toString).toList();
  }

  /** A small valid Salesforce mapping; tests replace parts of it. */
  static final String VALID =
      """
      version: 1
      system: salesforce
      records:
        deal:
          - object: Opportunity
            stages:
              closedWon: [Closed Won]
              closedLost: [Closed Lost]
            fields:
              id: {from: Id}
              amount: {from: Amount, convert: decimal}
              stage: {from: StageName}
              closedAt: {from: CloseDate, convert: date, zone: UTC}
      writeBack:
        deal:
          object: Opportunity
          fields:
            referralId: {to: Referral_Id__c}
            referralDate: {to: Referral_Date__c, convert: datetime}
      """;
}

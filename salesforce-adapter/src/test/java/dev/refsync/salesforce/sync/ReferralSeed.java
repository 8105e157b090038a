package dev.refsync.salesforce.sync;

import dev.refsync.sandbox.salesforce.SalesforceEmulator;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referrals on top of a seeded org: a {@code Referral__c} from a partner (every fourth seeded
 * account is {@code Type = 'Partner'}) for every {@code step}-th other account, submitted long
 * before any seeded close date, and a few leads referred by a partner.
 */
final class ReferralSeed {
  private ReferralSeed() {}

  /**
   * @return the ids of the Referral__c records
   */
  static List<String> referrals(
      SalesforceEmulator sf, SalesforceSeedResult seeded, Instant now, int step) {
    List<String> accounts = seeded.accountIds();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i < accounts.size(); i++) {
      if (i % 4 == 0 || i % step != 1 % step) {
        continue;
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("Name", "Referral " + i);
      v.put("Referrer__c", accounts.get((i / 4) * 4));
      v.put("Account__c", accounts.get(i));
      v.put("Company_Name__c", "Account " + i);
      v.put("Channel__c", "Link");
      v.put("Submitted_At__c", now.minus(Duration.ofDays(200)));
      ids.add(sf.insert("Referral__c", v));
    }
    return ids;
  }

  /** Leads referred by the first partner: read as referrals through {@code Referred_By__c}. */
  static List<String> referredLeads(SalesforceEmulator sf, SalesforceSeedResult seeded, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("LastName", "Referred " + i);
      v.put("Company", "Referred Co " + i);
      v.put("Email", "buyer" + i + "@referred" + i + ".example.net");
      v.put("LeadSource", "Partner Referral");
      v.put("Referred_By__c", seeded.accountIds().get(0));
      ids.add(sf.insert("Lead", v));
    }
    return ids;
  }
}

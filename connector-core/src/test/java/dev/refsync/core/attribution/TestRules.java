package dev.refsync.core.attribution;

import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.AttributionRules;
import java.math.BigDecimal;
import java.util.Set;

/** Attribution rules for tests: the defaults of DESIGN 4 with one thing changed at a time. */
final class TestRules {
  private TestRules() {}

  static AttributionRules defaults() {
    return AttributionRules.defaults();
  }

  static AttributionRules model(AttributionModel model) {
    AttributionRules d = AttributionRules.defaults();
    return new AttributionRules(
        model,
        d.windowDays(),
        d.enterpriseWindowDays(),
        d.enterpriseAcvThreshold(),
        d.halfLifeDays(),
        d.excludeExistingCustomers(),
        d.selfReferralAllowDomains());
  }

  static AttributionRules excludeExistingCustomers(boolean exclude) {
    AttributionRules d = AttributionRules.defaults();
    return new AttributionRules(
        d.model(),
        d.windowDays(),
        d.enterpriseWindowDays(),
        d.enterpriseAcvThreshold(),
        d.halfLifeDays(),
        exclude,
        d.selfReferralAllowDomains());
  }

  static AttributionRules enterpriseThreshold(BigDecimal threshold) {
    AttributionRules d = AttributionRules.defaults();
    return new AttributionRules(
        d.model(),
        d.windowDays(),
        d.enterpriseWindowDays(),
        threshold,
        d.halfLifeDays(),
        d.excludeExistingCustomers(),
        d.selfReferralAllowDomains());
  }

  static AttributionRules allowSelfReferralFrom(String... domains) {
    AttributionRules d = AttributionRules.defaults();
    return new AttributionRules(
        d.model(),
        d.windowDays(),
        d.enterpriseWindowDays(),
        d.enterpriseAcvThreshold(),
        d.halfLifeDays(),
        d.excludeExistingCustomers(),
        Set.of(domains));
  }

  static AttributionRules timeDecay(double halfLifeDays) {
    AttributionRules d = AttributionRules.defaults();
    return new AttributionRules(
        AttributionModel.TIME_DECAY,
        d.windowDays(),
        d.enterpriseWindowDays(),
        d.enterpriseAcvThreshold(),
        halfLifeDays,
        d.excludeExistingCustomers(),
        d.selfReferralAllowDomains());
  }
}

package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitsAndRetryIT {
  private static final String SOQL = "SELECT Id FROM Account";
  private EmulatedOrg org;

  @AfterEach
  void stop() {
    org.close();
  }

  @Test
  void aSpentDailyAllocationIsQuotaExhaustionWithNoRetryStorm() {
    org = new EmulatedOrg(c -> c.withDailyApiRequests(3));
    org.sf.seed(new SalesforceSeedSpec(1, 2, 0, 0, 0));
    for (int i = 0; i < 3; i++) {
      org.rest.query(SOQL);
    }
    assertThat(org.rest.apiUsage()).contains(new ApiUsage(3, 3));

    assertThatThrownBy(() -> org.rest.query(SOQL))
        .isInstanceOfSatisfying(
            QuotaExhaustedException.class,
            e -> {
              assertThat(e.vendorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
              assertThat(e.httpStatus()).isEqualTo(403);
            });
    assertThat(org.count("query")).isEqualTo(4);
    assertThat(org.count("oauth.token")).isEqualTo(1);
  }

  @Test
  void aBurstOfServerErrorsIsRetriedWithBackoff() {
    org = new EmulatedOrg();
    org.sf.seed(new SalesforceSeedSpec(1, 2, 0, 0, 0));
    org.sf.faults().failNext(3, 503, "query");

    QueryPage page = org.rest.query(SOQL);

    assertThat(page.records()).hasSize(2);
    assertThat(org.count("query")).isEqualTo(4);
  }

  @Test
  void serverErrorsOutlastingTheAttemptsReachTheCaller() {
    org = new EmulatedOrg();
    org.sf.faults().failNext(10, 500, "query");

    assertThatThrownBy(() -> org.rest.query(SOQL))
        .isInstanceOfSatisfying(
            UpstreamServerException.class,
            e -> assertThat(e.vendorCode()).isEqualTo("UNKNOWN_EXCEPTION"));
    assertThat(org.count("query")).isEqualTo(4);
  }

  @Test
  void aDroppedConnectionIsRetried() {
    org = new EmulatedOrg();
    org.sf.seed(new SalesforceSeedSpec(1, 2, 0, 0, 0));
    // JDK HttpClient silently re-sends an idempotent GET once; three resets outlast that.
    org.sf.faults().resetNext(3, "query");

    assertThat(org.rest.query(SOQL).records()).hasSize(2);
  }
}

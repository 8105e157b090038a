package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.AuthenticationException;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestSessionExpiryIT {
  private static final String SOQL = "SELECT Id, Name FROM Account ORDER BY Id";
  private final EmulatedOrg org = new EmulatedOrg();

  @BeforeEach
  void seed() {
    org.sf.seed(new SalesforceSeedSpec(7, 5, 0, 0, 0));
  }

  @AfterEach
  void stop() {
    org.close();
  }

  @Test
  void aSessionExpiredMidSequenceIsReMintedOnceAndTheCallSucceeds() {
    assertThat(org.rest.query(SOQL).records()).hasSize(5);

    org.sf.expireAllSessions();
    QueryPage again = org.rest.query(SOQL);

    assertThat(again.records()).hasSize(5);
    assertThat(org.count("oauth.token")).isEqualTo(2);
    assertThat(org.count("query")).isEqualTo(3);
  }

  @Test
  void aSecondInvalidSessionForOneRequestIsAnAuthenticationFailure() {
    org.sf.faults().failNext(2, 401, "query");

    assertThatThrownBy(() -> org.rest.query(SOQL))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.vendorCode()).isEqualTo("INVALID_SESSION_ID"))
        .hasMessageContaining("freshly minted token");
    assertThat(org.count("oauth.token")).isEqualTo(2);
    assertThat(org.count("query")).isEqualTo(2);
  }
}

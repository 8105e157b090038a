package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceSessionIT {

  private SalesforceFixture f;

  @BeforeEach
  void start() {
    f = new SalesforceFixture(c -> c.withSessionLifetime(Duration.ofMinutes(30)));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void aTokenExpiresAfterTheSessionLifetimeOnTheClock() {
    f.clock.advance(Duration.ofMinutes(29));
    assertThat(f.api.get(SalesforceTestClient.V + "/limits").status()).isEqualTo(200);

    f.clock.advance(Duration.ofMinutes(1));
    var r = f.api.get(SalesforceTestClient.V + "/limits");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get(0).path("errorCode").asText()).isEqualTo("INVALID_SESSION_ID");
    assertThat(r.json().get(0).path("message").asText()).isEqualTo("Session expired or invalid");
  }

  @Test
  void expireAllSessionsRevokesEveryTokenAndANewOneWorks() {
    f.sf.expireAllSessions();

    assertThat(f.api.get(SalesforceTestClient.V + "/limits").status()).isEqualTo(401);
    assertThat(
            new SalesforceTestClient(f.sf.baseUri(), f.sf.issueSession())
                .get(SalesforceTestClient.V + "/limits")
                .status())
        .isEqualTo(200);
  }

  @Test
  void missingOrUnknownTokensAre401AndSpendNoApiRequests() {
    long before = f.sf.apiRequestsRemaining();

    var none = f.anonymous().query("SELECT Id FROM Account");
    var forged =
        new SalesforceTestClient(f.sf.baseUri(), "00D!forged").query("SELECT Id FROM Account");

    assertThat(none.status()).isEqualTo(401);
    assertThat(forged.status()).isEqualTo(401);
    assertThat(f.sf.apiRequestsRemaining()).isEqualTo(before);
  }
}

package dev.refsync.salesforce.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.AuthenticationException;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.salesforce.support.TestKeys;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JwtBearerAuthenticatorIT {
  private final EmulatedOrg org = new EmulatedOrg();

  @AfterEach
  void stop() {
    org.close();
  }

  @Test
  void mintsASessionForTheInstanceWithTheJwtBearerGrant() {
    SalesforceSession session = org.auth.session();

    assertThat(session.instanceUrl()).isEqualTo(org.sf.baseUri());
    assertThat(session.issuedAt()).isEqualTo(EmulatedOrg.START);
    assertThat(session.accessToken().reveal()).isNotBlank();
    assertThat(session.toString()).doesNotContain(session.accessToken().reveal());
    assertThat(org.count("oauth.token")).isEqualTo(1);
  }

  @Test
  void reusesTheSessionUntilTheTokenLifetimeThenReMints() {
    SalesforceSession first = org.auth.session();
    org.clock.advance(Duration.ofMinutes(59));
    assertThat(org.auth.session()).isSameAs(first);

    org.clock.advance(Duration.ofMinutes(1));
    SalesforceSession second = org.auth.session();

    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThat(org.count("oauth.token")).isEqualTo(2);
  }

  @Test
  void renewMintsOnlyForTheSessionThatWasRejected() {
    SalesforceSession rejected = org.auth.session();
    SalesforceSession renewed = org.auth.renew(rejected);

    assertThat(org.auth.renew(rejected)).isSameAs(renewed);
    assertThat(org.count("oauth.token")).isEqualTo(2);
  }

  @Test
  void aKeyTheAppDoesNotHoldIsAnAuthenticationFailureWithSalesforcesDescription() {
    SalesforceConfig wrongKey =
        SalesforceConfig.defaults(
            org.sf.baseUri(),
            EmulatedOrg.CLIENT_ID,
            EmulatedOrg.USERNAME,
            TestKeys.pem(TestKeys.rsa()));
    JwtBearerAuthenticator auth =
        new JwtBearerAuthenticator(wrongKey, org.http, org.clock, org.json);

    assertThatThrownBy(auth::session)
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.vendorCode()).isEqualTo("invalid_grant");
              assertThat(e.httpStatus()).isEqualTo(400);
            })
        .hasMessageContaining("invalid_grant")
        .hasMessageContaining("invalid assertion")
        .hasMessageNotContaining("PRIVATE KEY")
        .hasMessageNotContaining(wrongKey.privateKey().reveal().substring(40, 80));
  }

  @Test
  void aWrongAudienceIsRefused() {
    JwtBearerAuthenticator auth =
        new JwtBearerAuthenticator(
            org.config.withJwtAudience("https://test.salesforce.com"),
            org.http,
            org.clock,
            org.json);

    assertThatThrownBy(auth::session)
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("audience");
  }
}

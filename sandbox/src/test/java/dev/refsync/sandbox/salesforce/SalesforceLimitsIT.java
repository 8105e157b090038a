package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceLimitsIT {

  private static final String V = SalesforceTestClient.V;
  private SalesforceFixture f;

  @BeforeEach
  void start() {
    f =
        new SalesforceFixture(
            c -> c.withDailyApiRequests(3).withSessionLifetime(Duration.ofDays(2)));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void everyResponseCarriesUsageAndTheFourthRequestIsRequestLimitExceeded() {
    var first = f.api.query("SELECT Id FROM Account");
    var second = f.api.query("SELECT Nope FROM Account");
    var limits = f.api.get(V + "/limits");
    var refused = f.api.query("SELECT Id FROM Account");

    assertThat(first.header("Sforce-Limit-Info")).isEqualTo("api-usage=1/3");
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.header("Sforce-Limit-Info")).isEqualTo("api-usage=2/3");
    assertThat(limits.json().path("DailyApiRequests").path("Max").asLong()).isEqualTo(3);
    assertThat(limits.json().path("DailyApiRequests").path("Remaining").asLong()).isZero();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Sforce-Limit-Info")).isEqualTo("api-usage=3/3");
    assertThat(refused.json().get(0).path("errorCode").asText())
        .isEqualTo("REQUEST_LIMIT_EXCEEDED");
    assertThat(refused.json().get(0).path("message").asText())
        .isEqualTo("TotalRequests Limit exceeded.");
  }

  @Test
  void theAllocationIsARolling24Hours() {
    f.api.query("SELECT Id FROM Account");
    f.clock.advance(Duration.ofHours(12));
    f.api.query("SELECT Id FROM Account");
    f.api.query("SELECT Id FROM Account");
    assertThat(f.api.query("SELECT Id FROM Account").status()).isEqualTo(403);

    f.clock.advance(Duration.ofHours(12));

    var r = f.api.query("SELECT Id FROM Account");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Sforce-Limit-Info")).isEqualTo("api-usage=3/3");
  }

  @Test
  void aCollectionsCallOfManyRecordsCostsOneRequest() {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      records
          .append(i == 0 ? "" : ",")
          .append("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A")
          .append(i)
          .append("\"}");
    }
    var r = f.api.post(V + "/composite/sobjects", "{\"records\":[" + records + "]}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Sforce-Limit-Info")).isEqualTo("api-usage=1/3");
  }

  @Test
  void injectedServerErrorsUseSalesforcesBodyAndResetsDropTheConnection() {
    f.sf.faults().failNext(1, 503, SalesforceEndpoints.QUERY);
    var unavailable = f.api.query("SELECT Id FROM Account");
    f.sf.faults().resetNext(1, SalesforceEndpoints.COLLECTIONS_CREATE);

    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.json().get(0).path("errorCode").asText())
        .isEqualTo("SERVER_UNAVAILABLE");
    Assertions.assertThatThrownBy(
            () ->
                f.api.post(
                    V + "/composite/sobjects",
                    "{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A\"}]}"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(f.sf.requestCounts())
        .containsEntry(SalesforceEndpoints.QUERY, 1L)
        .containsEntry(SalesforceEndpoints.COLLECTIONS_CREATE, 1L);
  }
}

package dev.refsync.salesforce.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesforceErrorMapperTest {
  private final SalesforceErrorMapper mapper = new SalesforceErrorMapper(new ObjectMapper());

  private ConnectorApiException map(int status, String code, String message) {
    return mapper.map(
        "query",
        status,
        "[{\"message\":\""
            + message
            + "\",\"errorCode\":\""
            + code
            + "\",\"fields\":[\"Amount\"]}]",
        Optional.empty());
  }

  @Test
  void invalidSessionIsAnAuthenticationFailure() {
    ConnectorApiException e = map(401, "INVALID_SESSION_ID", "Session expired or invalid");

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.vendorCode()).isEqualTo("INVALID_SESSION_ID");
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.system()).isEqualTo("SALESFORCE");
  }

  @Test
  void requestLimitExceededIsQuotaExhaustion() {
    ConnectorApiException e = map(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");

    assertThat(e).isInstanceOf(QuotaExhaustedException.class);
    assertThat(((QuotaExhaustedException) e).resetsAt()).isNull();
    assertThat(e.getMessage()).contains("TotalRequests Limit exceeded.");
  }

  @Test
  void lockContentionIsAnUpstreamFailure() {
    assertThat(map(400, "UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access"))
        .isInstanceOf(UpstreamServerException.class);
  }

  @Test
  void serverErrorsAreUpstreamFailuresEvenWithoutAnErrorArray() {
    assertThat(map(503, "SERVER_UNAVAILABLE", "Server temporarily unavailable"))
        .isInstanceOf(UpstreamServerException.class);
    ConnectorApiException html =
        mapper.map("query", 502, "<html>Bad Gateway</html>", Optional.empty());
    assertThat(html).isInstanceOf(UpstreamServerException.class);
    assertThat(html.vendorCode()).isNull();
    assertThat(html.getMessage()).contains("HTTP 502").contains("Bad Gateway");
  }

  @Test
  void noResponseIsAnUpstreamFailure() {
    IOException reset = new ConnectException("Connection refused");

    ConnectorApiException e = mapper.mapIo("query", reset);

    assertThat(e).isInstanceOf(UpstreamServerException.class).hasCause(reset);
    assertThat(e.httpStatus()).isZero();
  }

  @Test
  void duplicateValidationFieldAndQueryErrorsAreInvalidRequests() {
    for (String code :
        new String[] {
          "DUPLICATE_VALUE",
          "FIELD_CUSTOM_VALIDATION_EXCEPTION",
          "REQUIRED_FIELD_MISSING",
          "INVALID_FIELD",
          "MALFORMED_QUERY"
        }) {
      ConnectorApiException e = map(400, code, "bad");
      assertThat(e).as(code).isInstanceOf(InvalidRequestException.class);
      assertThat(e.vendorCode()).isEqualTo(code);
      assertThat(e.getMessage()).contains(code + ": bad [Amount]");
    }
  }

  @Test
  void otherForbiddenAnswersAreInvalidRequests() {
    assertThat(map(403, "INSUFFICIENT_ACCESS", "no access"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() {
    ConnectorApiException e = mapper.map("query", 429, "[]", Optional.of(Duration.ofSeconds(7)));

    assertThat(e).isInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void collectionResultErrorsNameTheirCodeStatusCode() throws Exception {
    SalesforceError error =
        SalesforceErrorMapper.error(
            new ObjectMapper()
                .readTree(
                    "{\"statusCode\":\"DUPLICATE_VALUE\",\"message\":\"dup\",\"fields\":[\"Refsync_Id__c\"]}"));

    assertThat(error)
        .isEqualTo(
            new SalesforceError("DUPLICATE_VALUE", "dup", java.util.List.of("Refsync_Id__c")));
  }
}

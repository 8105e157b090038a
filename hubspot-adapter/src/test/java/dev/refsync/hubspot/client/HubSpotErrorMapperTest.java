package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class HubSpotErrorMapperTest {
  private static final String TOKEN = "pat-na1-secret-token";
  private static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final HubSpotErrorMapper mapper =
      new HubSpotErrorMapper(new ObjectMapper(), clock, ZoneId.of("UTC"), TOKEN);

  private static String rateLimitBody(String policy) {
    return "{\"status\":\"error\",\"message\":\"You have reached your limit.\","
        + "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c-429\",\"policyName\":\""
        + policy
        + "\"}";
  }

  private static RateHeaders headers(String... namesAndValues) {
    return RateHeaders.of(Headers.of(namesAndValues));
  }

  @Test
  void unauthorizedIsAnAuthenticationFailureWithCategoryAndCorrelationId() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.get",
            401,
            headers(),
            "{\"status\":\"error\",\"message\":\"The access token provided is not valid.\","
                + "\"correlationId\":\"c-1\",\"category\":\"INVALID_AUTHENTICATION\"}");

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.vendorCode()).isEqualTo("INVALID_AUTHENTICATION");
    assertThat(e.getMessage()).contains("objects.get", "not valid", "c-1");
  }

  @Test
  void forbiddenIsAnAuthenticationFailure() {
    assertThat(mapper.fromResponse("schemas.create", 403, headers(), "{}"))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void dailyIsQuotaExhaustedUntilTheNextMidnightOfThePortalZone() {
    HubSpotErrorMapper berlin =
        new HubSpotErrorMapper(new ObjectMapper(), clock, ZoneId.of("Europe/Berlin"), TOKEN);

    ConnectorApiException e =
        berlin.fromResponse("objects.list", 429, headers(), rateLimitBody("DAILY"));

    assertThat(e).isInstanceOf(QuotaExhaustedException.class);
    // 22:30 UTC is 23:30 in Berlin on 10 March; Berlin's midnight is 23:00 UTC.
    assertThat(((QuotaExhaustedException) e).resetsAt())
        .isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
  }

  @Test
  void dailyResetsAtUtcMidnightWhenTheZoneIsUtc() {
    ConnectorApiException e =
        mapper.fromResponse("objects.list", 429, headers(), rateLimitBody("DAILY"));

    assertThat(((QuotaExhaustedException) e).resetsAt())
        .isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
  }

  @Test
  void retryAfterSecondsWinsOverTheWindowHeader() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.list",
            429,
            headers("Retry-After", "3", "X-HubSpot-RateLimit-Interval-Milliseconds", "10000"),
            rateLimitBody("TEN_SECONDLY_ROLLING"));

    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.list",
            429,
            headers("Retry-After", "Tue, 10 Mar 2026 22:30:07 GMT"),
            rateLimitBody("TEN_SECONDLY_ROLLING"));

    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void withoutRetryAfterTheReportedWindowIsWaited() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.list",
            429,
            headers("X-HubSpot-RateLimit-Interval-Milliseconds", "2500"),
            rateLimitBody("TEN_SECONDLY_ROLLING"));

    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofMillis(2500));
    assertThat(e.getMessage()).contains("TEN_SECONDLY_ROLLING", "c-429");
  }

  @Test
  void withoutHeadersTenSecondlyWaitsTenSeconds() {
    ConnectorApiException e =
        mapper.fromResponse("objects.list", 429, headers(), rateLimitBody("TEN_SECONDLY_ROLLING"));

    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void withoutHeadersSecondlyWaitsOneSecond() {
    ConnectorApiException e =
        mapper.fromResponse("objects.search", 429, headers(), rateLimitBody("SECONDLY"));

    assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void lockedWaitsAtLeastTwoSeconds() {
    ConnectorApiException shortHint =
        mapper.fromResponse("objects.batch.upsert", 423, headers("Retry-After", "1"), "{}");
    ConnectorApiException longHint =
        mapper.fromResponse("objects.batch.upsert", 423, headers("Retry-After", "5"), "{}");

    assertThat(((RateLimitedException) shortHint).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(((RateLimitedException) longHint).retryAfter()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void serverErrorsAreUpstreamFailures() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.batch.upsert",
            503,
            headers(),
            "{\"status\":\"error\",\"message\":\"Service Unavailable\",\"category\":\"INTERNAL_ERROR\"}");

    assertThat(e).isInstanceOf(UpstreamServerException.class);
    assertThat(e.httpStatus()).isEqualTo(503);
  }

  @Test
  void otherClientErrorsAreInvalidRequestsWithHubSpotsMessage() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.search",
            400,
            headers(),
            "{\"status\":\"error\",\"message\":\"Paging past 10,000 results is not supported.\","
                + "\"category\":\"VALIDATION_ERROR\",\"correlationId\":\"c-400\"}");

    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.vendorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(e.getMessage()).contains("Paging past 10,000 results", "c-400");
  }

  @Test
  void aNonJsonErrorBodyIsQuotedInTheMessage() {
    ConnectorApiException e = mapper.fromResponse("objects.get", 502, headers(), "Bad Gateway");

    assertThat(e).isInstanceOf(UpstreamServerException.class);
    assertThat(e.getMessage()).contains("Bad Gateway");
  }

  @Test
  void ioFailuresAreUpstreamFailuresWithoutStatus() {
    UpstreamServerException e =
        mapper.fromIo("objects.batch.upsert", new SocketTimeoutException("timeout"));

    assertThat(e.httpStatus()).isZero();
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void theTokenIsScrubbedFromAnyEchoedText() {
    ConnectorApiException e =
        mapper.fromResponse(
            "objects.get",
            401,
            headers(),
            "{\"message\":\"Token " + TOKEN + " is not valid\",\"correlationId\":\"c-2\"}");

    assertThat(e.getMessage()).doesNotContain(TOKEN).contains("****");
  }
}

package dev.refsync.hubspot.client;

import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;

/**
 * The HubSpot adapter's single retry decision (DESIGN 11). DAILY quota is PERMANENT for in-line
 * retries: VENDOR-FACTS "never retry DAILY before the day rolls"; the cycle stops and resumes
 * later.
 */
public final class HubSpotErrorClassifier implements ErrorClassifier {

  @Override
  public RetryDecision classify(Throwable failure) {
    if (failure instanceof QuotaExhaustedException) {
      return RetryDecision.PERMANENT;
    }
    if (failure instanceof RateLimitedException) {
      return RetryDecision.RATE_LIMITED;
    }
    if (failure instanceof UpstreamServerException || failure instanceof IOException) {
      return RetryDecision.RETRYABLE;
    }
    // AuthenticationException, InvalidRequestException and anything unknown: retrying the same
    // request cannot help, so it is dead-lettered or stops the cycle with HubSpot's message.
    return RetryDecision.PERMANENT;
  }
}

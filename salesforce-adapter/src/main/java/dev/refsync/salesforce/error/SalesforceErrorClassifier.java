package dev.refsync.salesforce.error;

import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Salesforce adapter's one retry decision (DESIGN 11). Call failures arrive already mapped by
 * {@link SalesforceErrorMapper}; per-record collection errors are classified by code.
 */
public final class SalesforceErrorClassifier implements ErrorClassifier {

  @Override
  public RetryDecision classify(Throwable failure) {
    if (failure instanceof UpstreamServerException
        || failure instanceof IOException
        || failure instanceof UncheckedIOException) {
      return RetryDecision.RETRYABLE;
    }
    // The daily allocation comes back with its rolling window: stop the cycle and resume later.
    if (failure instanceof QuotaExhaustedException || failure instanceof RateLimitedException) {
      return RetryDecision.RATE_LIMITED;
    }
    // AuthenticationException reaches a caller only after the client re-minted once, so the
    // configuration is wrong; InvalidRequestException is the request's own fault.
    return RetryDecision.PERMANENT;
  }

  /**
   * A failed record of an sObject Collections write: only lock contention is worth another try;
   * {@code DUPLICATE_VALUE}, validation and field errors never are (VENDOR-FACTS).
   */
  public RetryDecision classifyRecord(SalesforceError error) {
    return SalesforceErrorMapper.UNABLE_TO_LOCK_ROW.equals(error.errorCode())
        ? RetryDecision.RETRYABLE
        : RetryDecision.PERMANENT;
  }
}

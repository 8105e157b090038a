package dev.refsync.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An account stopped paying: its subscription was canceled and not replaced (DESIGN 3).
 *
 * @param accountId the company that churned
 * @param at when
 */
public record Churn(String accountId, Instant at) {
  public Churn {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(at, "at");
  }
}

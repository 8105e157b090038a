package dev.refsync.stripe.sync;

import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PushFailure;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.stripe.error.StripeErrorClassifier;
import dev.refsync.stripe.push.MetadataPushResult;
import dev.refsync.stripe.push.StripeCustomerMetadataPush;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pushes customer metadata writes ({@link CustomerMetadataWrite}) one customer per request (Stripe
 * has no batch update: batch size 1) through {@link StripeCustomerMetadataPush}, which writes only
 * what differs under a deterministic {@code Idempotency-Key}.
 *
 * <p>A row Stripe refuses (unknown customer, a metadata limit, a bad request) becomes a {@link
 * PushFailure} carrying Stripe's code and message and the classifier's decision. A rate limit and a
 * refused key are not the row's fault: they are thrown, so the push step stops this pass and keeps
 * the row without spending an attempt (rate limit) or leaves it pending (authentication).
 */
public final class StripePusher implements OutboxPusher {
  private final String connection;
  private final StripeCustomerMetadataPush push;
  private final StripeErrorClassifier classifier = new StripeErrorClassifier();

  StripePusher(String connection, StripeCustomerMetadataPush push) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.push = Objects.requireNonNull(push, "push");
  }

  @Override
  public String connection() {
    return connection;
  }

  @Override
  public List<String> targetTypes() {
    return List.of(CustomerMetadataWrite.TARGET_TYPE);
  }

  @Override
  public int batchSize(String targetType) {
    return 1;
  }

  @Override
  public PushOutcome push(String targetType, List<OutboxRow> rows) {
    List<OutboxRow> accepted = new ArrayList<>();
    List<PushFailure> failed = new ArrayList<>();
    for (OutboxRow row : rows) {
      CustomerMetadataWrite write;
      try {
        write = CustomerMetadataWrite.parse(row.id(), row.item().payload());
      } catch (IllegalArgumentException e) {
        failed.add(new PushFailure(row, e.getMessage(), RetryDecision.PERMANENT));
        continue;
      }
      try {
        MetadataPushResult result = push.push(write.customerId(), write.metadata());
        if (result instanceof MetadataPushResult.Refused refused) {
          failed.add(
              new PushFailure(
                  row,
                  "Stripe customer "
                      + write.customerId()
                      + " metadata refused before sending: "
                      + refused.reason(),
                  RetryDecision.PERMANENT));
        } else {
          accepted.add(row);
        }
      } catch (ConnectorApiException e) {
        RetryDecision decision = classifier.classify(e);
        if (decision == RetryDecision.RATE_LIMITED || e instanceof AuthenticationException) {
          throw e;
        }
        failed.add(new PushFailure(row, e.getMessage(), decision));
      }
    }
    return new PushOutcome(accepted, failed);
  }

  @Override
  public ErrorClassifier classifier() {
    return classifier;
  }
}

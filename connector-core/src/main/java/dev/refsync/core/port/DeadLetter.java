package dev.refsync.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be processed, kept with the reason so that nothing is dropped (DESIGN 9).
 *
 * @param system the vendor system, e.g. {@code HUBSPOT}
 * @param objectType the vendor object, e.g. {@code deals} or {@code Opportunity}
 * @param recordId the vendor record id; may be null when the record had none
 * @param payload the record as received, so it can be retried
 * @param error what went wrong, naming the field and value where there is one
 * @param at when it was dead-lettered
 */
public record DeadLetter(
    String system, String objectType, String recordId, String payload, String error, Instant at) {
  public DeadLetter {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(at, "at");
  }
}

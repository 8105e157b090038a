package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Times and amounts the parser types straight from its buffer give the same records and the same
 * problems as typing their text: a field repeated in a line keeps its last value either way.
 */
class EventsReaderTypedFieldsTest {
  private static final String ACCOUNT = "{\"kind\":\"account\",\"id\":\"a1\",\"name\":\"Acme\"}";

  private static String payment(String id, String fields) {
    return "{\"kind\":\"payment\",\"id\":\""
        + id
        + "\",\"accountId\":\"a1\",\"currency\":\"USD\","
        + fields
        + "}";
  }

  @Test
  void aTypedTimeRepeatedWithBadTextIsRejected() {
    EventsReadResult result =
        Events.read(
            ACCOUNT,
            payment(
                "p1", "\"amount\":\"1.00\",\"paidAt\":\"2026-02-05T00:00:00Z\",\"paidAt\":\"x\""));

    assertThat(result.dataset().payments()).isEmpty();
    assertThat(result.problems())
        .extracting(LineProblem::message)
        .containsExactly(
            "field 'paidAt' is not an ISO-8601 instant: \"x\"; write UTC times like"
                + " \"2026-06-30T00:00:00Z\"");
  }

  @Test
  void badTextRepeatedWithATypedTimeIsAccepted() {
    EventsReadResult result =
        Events.read(
            ACCOUNT,
            payment(
                "p1", "\"amount\":\"1.00\",\"paidAt\":\"x\",\"paidAt\":\"2026-02-05T00:00:00Z\""));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().payments())
        .extracting(Payment::paidAt)
        .containsExactly(Instant.parse("2026-02-05T00:00:00Z"));
  }

  @Test
  void aCachedAmountRepeatedWithANegativeOneIsRejected() {
    EventsReadResult result =
        Events.read(
            ACCOUNT,
            payment("p1", "\"amount\":\"150.14\",\"paidAt\":\"2026-02-05T00:00:00Z\""),
            payment(
                "p2",
                "\"amount\":\"150.14\",\"amount\":\"-1\",\"paidAt\":\"2026-02-05T00:00:00Z\""));

    assertThat(result.dataset().payments()).extracting(Payment::id).containsExactly("p1");
    assertThat(result.problems()).extracting(LineProblem::line).containsExactly(3L);
  }

  @Test
  void timesOutsideTheCommonFormStillParse() {
    EventsReadResult result =
        Events.read(
            ACCOUNT,
            payment("p1", "\"amount\":\"1.00\",\"paidAt\":\" 2026-02-05T00:00:00Z \""),
            payment("p2", "\"amount\":\"1.00\",\"paidAt\":\"2026-02-05T02:00:00+02:00\""),
            payment("p3", "\"amount\":\"1.00\",\"paidAt\":\"2024-02-29T10:00:00.5Z\""));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().payments())
        .extracting(Payment::paidAt)
        .containsExactly(
            Instant.parse("2026-02-05T00:00:00Z"),
            Instant.parse("2026-02-05T00:00:00Z"),
            Instant.parse("2024-02-29T10:00:00.5Z"));
  }

  @Test
  void aTypedClosedAtCountsAsPresentAndABadOneAsPresentButInvalid() {
    String deal =
        "{\"kind\":\"deal\",\"id\":\"%s\",\"accountId\":\"a1\",\"amount\":\"12000.00\","
            + "\"currency\":\"USD\",\"stage\":\"CLOSED_WON\",\"closedAt\":\"%s\"}";
    EventsReadResult result =
        Events.read(
            ACCOUNT,
            String.format(deal, "d1", "2026-01-31T00:00:00Z"),
            String.format(deal, "d2", "2023-02-29T00:00:00Z"));

    assertThat(result.dataset().deals())
        .extracting(Deal::id, Deal::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("d1", new BigDecimal("12000.00")));
    assertThat(result.problems())
        .extracting(LineProblem::message)
        .containsExactly(
            "field 'closedAt' is not an ISO-8601 instant: \"2023-02-29T00:00:00Z\"; write UTC times"
                + " like \"2026-06-30T00:00:00Z\"");
  }
}

package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Refund;
import org.junit.jupiter.api.Test;

/** References to unknown or rejected records, checked after every line is read. */
class EventsReaderReferencesTest {

  @Test
  void referenceToAnUnknownRecordIsRejectedWithItsLine() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"a1\"}",
            "{\"kind\":\"contact\",\"id\":\"c1\",\"accountId\":\"a1\"}",
            "{\"kind\":\"contact\",\"id\":\"c2\",\"accountId\":\"nope\"}");

    assertThat(result.dataset().contacts()).extracting(Contact::id).containsExactly("c1");
    assertThat(result.problems())
        .containsExactly(
            new LineProblem(
                3,
                "contact refers to unknown account 'nope' (field accountId); add a account line"
                    + " with that id or correct the reference"));
  }

  @Test
  void recordsMayAppearBeforeWhatTheyReferTo() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"contact\",\"id\":\"c1\",\"accountId\":\"a1\"}",
            "{\"kind\":\"account\",\"id\":\"a1\"}");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().contacts()).hasSize(1);
  }

  @Test
  void rejectionCascadesAlongTheChainNamingTheLineDependedOn() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"a1\"}",
            "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"ghost\",\"amount\":\"10\","
                + "\"currency\":\"USD\",\"stage\":\"OPEN\"}",
            "{\"kind\":\"payment\",\"id\":\"p1\",\"accountId\":\"a1\",\"dealId\":\"d1\","
                + "\"amount\":\"10\",\"currency\":\"USD\",\"paidAt\":\"2026-01-01T00:00:00Z\"}",
            "{\"kind\":\"refund\",\"id\":\"f1\",\"paymentId\":\"p1\",\"amount\":\"10\","
                + "\"at\":\"2026-01-02T00:00:00Z\"}");

    assertThat(result.dataset().deals()).isEmpty();
    assertThat(result.dataset().payments()).isEmpty();
    assertThat(result.dataset().refunds()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            new LineProblem(
                2,
                "deal refers to unknown account 'ghost' (field accountId); add a account line"
                    + " with that id or correct the reference"),
            new LineProblem(
                3,
                "payment depends on deal 'd1' (field dealId), which was rejected at line 2;"
                    + " fix that line first"),
            new LineProblem(
                4,
                "refund depends on payment 'p1' (field paymentId), which was rejected at line 3;"
                    + " fix that line first"));
  }

  @Test
  void lineRejectedForItsOwnFieldsAlsoCascades() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"NOBODY\"}",
            "{\"kind\":\"referral\",\"id\":\"r1\",\"referrerId\":\"p1\","
                + "\"companyDomain\":\"acme.com\",\"submittedAt\":\"2026-01-01T00:00:00Z\"}");

    assertThat(result.dataset().referrals()).isEmpty();
    assertThat(result.problems())
        .extracting(LineProblem::line, LineProblem::message)
        .last()
        .isEqualTo(
            org.assertj.core.groups.Tuple.tuple(
                2L,
                "referral depends on referrer 'p1' (field referrerId), which was rejected at"
                    + " line 1; fix that line first"));
  }

  @Test
  void everyOptionalReferenceIsChecked() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"CUSTOMER\",\"accountId\":\"x\"}",
            "{\"kind\":\"referrer\",\"id\":\"p2\",\"type\":\"CUSTOMER\"}",
            "{\"kind\":\"referral\",\"id\":\"r1\",\"referrerId\":\"p2\",\"accountId\":\"y\","
                + "\"submittedAt\":\"2026-01-01T00:00:00Z\"}",
            "{\"kind\":\"churn\",\"accountId\":\"z\",\"at\":\"2026-01-01T00:00:00Z\"}",
            "{\"kind\":\"refund\",\"id\":\"f1\",\"paymentId\":\"q\",\"amount\":\"1\","
                + "\"at\":\"2026-01-02T00:00:00Z\"}");

    assertThat(result.problems())
        .extracting(LineProblem::line, LineProblem::message)
        .extracting(t -> t.toList().get(0) + " " + t.toList().get(1).toString().split(" \\(")[0])
        .containsExactly(
            "1 referrer refers to unknown account 'x'",
            "3 referral refers to unknown account 'y'",
            "4 churn refers to unknown account 'z'",
            "5 refund refers to unknown payment 'q'");
    assertThat(result.dataset().referrers()).hasSize(1);
  }

  @Test
  void refundsMayNotReturnMoreThanWasPaid() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"a1\"}",
            "{\"kind\":\"payment\",\"id\":\"p1\",\"accountId\":\"a1\",\"amount\":\"100.00\","
                + "\"currency\":\"USD\",\"paidAt\":\"2026-01-01T00:00:00Z\"}",
            "{\"kind\":\"refund\",\"id\":\"f1\",\"paymentId\":\"p1\",\"amount\":\"60\","
                + "\"at\":\"2026-01-02T00:00:00Z\"}",
            "{\"kind\":\"refund\",\"id\":\"f2\",\"paymentId\":\"p1\",\"amount\":\"50\","
                + "\"at\":\"2026-01-03T00:00:00Z\"}");

    assertThat(result.dataset().refunds()).extracting(Refund::id).containsExactly("f1");
    assertThat(result.problems())
        .containsExactly(
            new LineProblem(
                4,
                "refund amount 50 exceeds what is left of payment 'p1' (40.00 after earlier"
                    + " refunds); correct the amount"));
  }
}

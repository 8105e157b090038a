package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Account;
import org.junit.jupiter.api.Test;

/** Each class of bad line is reported with its line number; the good lines around it survive. */
class EventsReaderLineErrorsTest {

  private static final String GOOD_1 = "{\"kind\":\"account\",\"id\":\"a1\"}";
  private static final String GOOD_2 = "{\"kind\":\"account\",\"id\":\"a2\"}";

  private static EventsReadResult betweenGoodLines(String bad) {
    EventsReadResult result = Events.read(GOOD_1, bad, GOOD_2);
    assertThat(result.dataset().accounts()).extracting(Account::id).containsExactly("a1", "a2");
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    return result;
  }

  private static String onlyMessage(EventsReadResult result) {
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0).message();
  }

  @Test
  void invalidJson() {
    String message = onlyMessage(betweenGoodLines("{\"kind\":\"account\",\"id\":"));

    assertThat(message).startsWith("invalid JSON: ").contains("one JSON object per line");
  }

  @Test
  void lineThatIsNotAnObject() {
    assertThat(onlyMessage(betweenGoodLines("[1,2]")))
        .startsWith("invalid JSON: each line must be one JSON object");
  }

  @Test
  void twoObjectsOnOneLine() {
    assertThat(onlyMessage(betweenGoodLines(GOOD_1.replace("a1", "a3") + " {}")))
        .contains("unexpected content after the object");
  }

  @Test
  void unknownKindListsTheAllowedKinds() {
    assertThat(onlyMessage(betweenGoodLines("{\"kind\":\"opportunity\",\"id\":\"o1\"}")))
        .isEqualTo(
            "unknown kind \"opportunity\"; use one of account, referrer, referral, contact, deal,"
                + " payment, refund, churn");
  }

  @Test
  void missingKind() {
    assertThat(onlyMessage(betweenGoodLines("{\"id\":\"o1\"}"))).startsWith("missing field 'kind'");
  }

  @Test
  void missingId() {
    assertThat(onlyMessage(betweenGoodLines("{\"kind\":\"account\",\"name\":\"x\"}")))
        .isEqualTo("account is missing required field 'id'; add it to the line");
  }

  @Test
  void everyMissingRequiredFieldIsReportedAtOnce() {
    EventsReadResult result = betweenGoodLines("{\"kind\":\"payment\",\"id\":\"p1\"}");

    assertThat(result.problems())
        .extracting(LineProblem::message)
        .containsExactly(
            "payment is missing required field 'accountId'; add it to the line",
            "payment is missing required field 'amount'; add it to the line",
            "payment is missing required field 'currency'; add it to the line",
            "payment is missing required field 'paidAt'; add it to the line");
  }

  @Test
  void unparsableAmountQuotesTheValue() {
    String message =
        onlyMessage(
            betweenGoodLines(
                "{\"kind\":\"payment\",\"id\":\"p1\",\"accountId\":\"a1\",\"amount\":\"1,200.00\","
                    + "\"currency\":\"USD\",\"paidAt\":\"2026-01-01T00:00:00Z\"}"));

    assertThat(message)
        .startsWith("field 'amount' is not a decimal number: \"1,200.00\"")
        .contains("like \"1200.00\"");
  }

  @Test
  void amountOutOfRange() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"refund\",\"id\":\"f1\",\"paymentId\":\"p\",\"amount\":1e999999999,"
                        + "\"at\":\"2026-01-01T00:00:00Z\"}")))
        .isEqualTo(
            "field 'amount' is out of range: \"1e999999999\"; amounts have at most 15 integer"
                + " digits and 10 decimals");
  }

  @Test
  void negativeAmount() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"payment\",\"id\":\"p1\",\"accountId\":\"a1\",\"amount\":\"-5\","
                        + "\"currency\":\"USD\",\"paidAt\":\"2026-01-01T00:00:00Z\"}")))
        .contains("is negative: \"-5\"");
  }

  @Test
  void unparsableTimeQuotesTheValue() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"churn\",\"accountId\":\"a1\",\"at\":\"2026-02-30\"}")))
        .isEqualTo(
            "field 'at' is not an ISO-8601 instant: \"2026-02-30\"; write UTC times like"
                + " \"2026-06-30T00:00:00Z\"");
  }

  @Test
  void impossibleDateInFullInstantForm() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"churn\",\"accountId\":\"a1\",\"at\":\"2026-02-30T00:00:00Z\"}")))
        .startsWith("field 'at' is not an ISO-8601 instant: \"2026-02-30T00:00:00Z\"");
  }

  @Test
  void invalidEnumValueListsTheAllowedValues() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"a1\",\"amount\":\"1\","
                        + "\"currency\":\"USD\",\"stage\":\"WON\"}")))
        .isEqualTo(
            "field 'stage' has invalid value \"WON\"; use one of OPEN, CLOSED_WON, CLOSED_LOST");
  }

  @Test
  void invalidReferrerType() {
    assertThat(
            onlyMessage(
                betweenGoodLines("{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"VENDOR\"}")))
        .isEqualTo(
            "field 'type' has invalid value \"VENDOR\"; use one of CUSTOMER, PARTNER, EMPLOYEE");
  }

  @Test
  void unknownCurrencyCode() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"a1\",\"amount\":\"1\","
                        + "\"currency\":\"USX\",\"stage\":\"OPEN\"}")))
        .startsWith("field 'currency' is not an ISO 4217 currency code: \"USX\"");
  }

  @Test
  void closedDealWithoutClosedAt() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"a1\",\"amount\":\"1\","
                        + "\"currency\":\"USD\",\"stage\":\"CLOSED_WON\"}")))
        .isEqualTo("deal in stage CLOSED_WON is missing 'closedAt'; add when it was won or lost");
  }

  @Test
  void nonPositiveTermMonths() {
    assertThat(
            onlyMessage(
                betweenGoodLines(
                    "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"a1\",\"amount\":\"1\","
                        + "\"currency\":\"USD\",\"stage\":\"OPEN\",\"termMonths\":0}")))
        .startsWith("field 'termMonths' must be a positive whole number of months: \"0\"");
  }

  @Test
  void referralThatCanNeverMatch() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"CUSTOMER\"}",
            "{\"kind\":\"referral\",\"id\":\"r1\",\"referrerId\":\"p1\","
                + "\"submittedAt\":\"2026-01-01T00:00:00Z\"}");

    assertThat(result.problems())
        .containsExactly(
            new LineProblem(
                2,
                "referral has none of contactEmail, companyDomain, accountId, so it can never"
                    + " match an account; add at least one"));
  }

  @Test
  void fieldOfTheWrongJsonType() {
    assertThat(onlyMessage(betweenGoodLines("{\"kind\":\"account\",\"id\":{\"x\":1}}")))
        .isEqualTo("field 'id' must be a string, not an object");
  }

  @Test
  void formatsAsFileLineMessage() {
    assertThat(new LineProblem(7, "bad").format("events.jsonl")).isEqualTo("events.jsonl:7: bad");
  }
}

package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.ExternalRef;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.model.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsReaderValidLinesTest {

  private static final String[] ALL_KINDS = {
    "{\"kind\":\"account\",\"id\":\"a1\",\"name\":\"Acme\",\"domains\":[\"Acme.com\",\"acme.co.uk\"],"
        + "\"references\":[{\"system\":\"SALESFORCE\",\"id\":\"001A\"}]}",
    "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"PARTNER\",\"name\":\"Pat\","
        + "\"email\":\"pat@agency.com\",\"tier\":\"GOLD\"}",
    "{\"kind\":\"referral\",\"id\":\"r1\",\"referrerId\":\"p1\",\"contactEmail\":\"jo@acme.com\","
        + "\"channel\":\"INTRO_EMAIL\",\"submittedAt\":\"2026-01-02T03:04:05Z\","
        + "\"source\":{\"system\":\"HUBSPOT\",\"id\":\"77\"}}",
    "{\"kind\":\"contact\",\"id\":\"c1\",\"accountId\":\"a1\",\"email\":\"jo@acme.com\","
        + "\"roles\":[\"CHAMPION\",\"USER\"]}",
    "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"a1\",\"amount\":\"24000.00\","
        + "\"currency\":\"USD\",\"termMonths\":24,\"stage\":\"CLOSED_WON\","
        + "\"createdAt\":\"2026-01-10T00:00:00Z\",\"closedAt\":\"2026-02-01T12:00:00.5Z\"}",
    "{\"kind\":\"payment\",\"id\":\"pay1\",\"accountId\":\"a1\",\"dealId\":\"d1\","
        + "\"amount\":1000.10,\"currency\":\"USD\",\"paidAt\":\"2026-02-05T00:00:00Z\","
        + "\"subscriptionId\":\"sub_1\"}",
    "{\"kind\":\"refund\",\"id\":\"rf1\",\"paymentId\":\"pay1\",\"amount\":\"100.10\","
        + "\"at\":\"2026-02-06T00:00:00Z\"}",
    "{\"kind\":\"churn\",\"accountId\":\"a1\",\"at\":\"2026-05-01T00:00:00Z\"}"
  };

  @Test
  void readsEveryKindIntoItsCanonicalRecord() {
    EventsReadResult result = Events.read(ALL_KINDS);

    assertThat(result.problems()).isEmpty();
    assertThat(result.linesRead()).isEqualTo(8);
    CanonicalDataset d = result.dataset();
    assertThat(d.accounts())
        .containsExactly(
            new Account(
                "a1",
                "Acme",
                Set.of("acme.com", "acme.co.uk"),
                List.of(new ExternalRef("SALESFORCE", "001A"))));
    assertThat(d.referrers())
        .containsExactly(
            new Referrer("p1", ReferrerType.PARTNER, "Pat", "pat@agency.com", "GOLD", null));
    assertThat(d.referrals())
        .containsExactly(
            new Referral(
                "r1",
                "p1",
                "jo@acme.com",
                null,
                null,
                null,
                Channel.INTRO_EMAIL,
                Instant.parse("2026-01-02T03:04:05Z"),
                new ExternalRef("HUBSPOT", "77")));
    assertThat(d.contacts())
        .containsExactly(new Contact("c1", "a1", "jo@acme.com", null, Set.of("CHAMPION", "USER")));
    assertThat(d.deals())
        .containsExactly(
            new Deal(
                "d1",
                "a1",
                new BigDecimal("24000.00"),
                "USD",
                24,
                DealStage.CLOSED_WON,
                Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-02-01T12:00:00.5Z"),
                List.of()));
    assertThat(d.payments())
        .containsExactly(
            new Payment(
                "pay1",
                "a1",
                "d1",
                new BigDecimal("1000.10"),
                "USD",
                Instant.parse("2026-02-05T00:00:00Z"),
                "sub_1"));
    assertThat(d.refunds())
        .containsExactly(
            new Refund(
                "rf1", "pay1", new BigDecimal("100.10"), Instant.parse("2026-02-06T00:00:00Z")));
    assertThat(d.churns()).containsExactly(new Churn("a1", Instant.parse("2026-05-01T00:00:00Z")));
  }

  @Test
  void amountWrittenAsJsonNumberKeepsItsExactDecimalText() {
    EventsReadResult result = Events.read(ALL_KINDS);

    assertThat(result.dataset().payments().get(0).amount().toPlainString()).isEqualTo("1000.10");
  }

  @Test
  void termMonthsDefaultsToTwelveAndChannelToOther() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"a1\"}",
            "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"CUSTOMER\"}",
            "{\"kind\":\"referral\",\"id\":\"r1\",\"referrerId\":\"p1\",\"accountId\":\"a1\","
                + "\"submittedAt\":\"2026-01-02T00:00:00Z\"}",
            "{\"kind\":\"deal\",\"id\":\"d1\",\"accountId\":\"a1\",\"amount\":\"10\","
                + "\"currency\":\"JPY\",\"stage\":\"OPEN\"}");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().deals().get(0).termMonths()).isEqualTo(12);
    assertThat(result.dataset().referrals().get(0).channel()).isEqualTo(Channel.OTHER);
  }

  @Test
  void blankLinesAreSkippedButCounted() {
    EventsReadResult result =
        Events.readText(
            "\n  \n{\"kind\":\"account\",\"id\":\"a1\"}\r\n\t\n{\"kind\":\"account\",\"id\":\"a2\"}");

    assertThat(result.problems()).isEmpty();
    assertThat(result.linesRead()).isEqualTo(5);
    assertThat(result.dataset().accounts()).extracting(Account::id).containsExactly("a1", "a2");
  }

  @Test
  void leadingByteOrderMarkOfSpreadsheetExportsIsIgnored() {
    EventsReadResult result = Events.readText("\uFEFF{\"kind\":\"account\",\"id\":\"a1\"}\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().accounts()).extracting(Account::id).containsExactly("a1");
  }

  @Test
  void repeatedIdsShareOneStringInstance() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"acct-1\"}",
            "{\"kind\":\"contact\",\"id\":\"c1\",\"accountId\":\"acct-1\"}",
            "{\"kind\":\"contact\",\"id\":\"c2\",\"accountId\":\"acct-1\"}");

    List<Contact> contacts = result.dataset().contacts();
    assertThat(contacts.get(0).accountId()).isSameAs(contacts.get(1).accountId());
    assertThat(contacts.get(0).accountId()).isSameAs(result.dataset().accounts().get(0).id());
  }

  @Test
  void readsLinesLongerThanTheReadBuffer() {
    String longName = "x".repeat(200_000);
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"a1\",\"name\":\"" + longName + "\"}",
            "{\"kind\":\"account\",\"id\":\"a2\"}");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().accounts().get(0).name()).hasSize(200_000);
    assertThat(result.dataset().accounts().get(1).id()).isEqualTo("a2");
  }
}

package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Payment;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts repeated across lines are shared, without ever changing a value, its scale or a check.
 */
class EventsReaderRepeatedAmountsTest {
  private static final String ACCOUNT = "{\"kind\":\"account\",\"id\":\"a1\",\"name\":\"Acme\"}";

  private static String payment(String id, String amountJson) {
    return "{\"kind\":\"payment\",\"id\":\""
        + id
        + "\",\"accountId\":\"a1\",\"amount\":"
        + amountJson
        + ",\"currency\":\"USD\",\"paidAt\":\"2026-02-05T00:00:00Z\"}";
  }

  @Test
  void linesWithTheSameAmountTextShareOneValue() {
    List<Payment> payments =
        Events.read(ACCOUNT, payment("p1", "\"150.14\""), payment("p2", "\"150.14\""))
            .dataset()
            .payments();

    assertThat(payments).extracting(Payment::amount).containsOnly(new BigDecimal("150.14"));
    assertThat(payments.get(0).amount()).isSameAs(payments.get(1).amount());
  }

  @Test
  void equalValuesWrittenDifferentlyKeepTheirOwnScale() {
    List<Payment> payments =
        Events.read(
                ACCOUNT,
                payment("p1", "\"150.10\""),
                payment("p2", "\"150.1\""),
                payment("p3", "150.10"),
                payment("p4", "\" 150.10 \""))
            .dataset()
            .payments();

    assertThat(payments)
        .extracting(p -> p.amount().toPlainString())
        .containsExactly("150.10", "150.1", "150.10", "150.10");
  }

  @Test
  void aRejectedAmountIsRejectedOnEveryLine() {
    EventsReadResult result =
        Events.read(ACCOUNT, payment("p1", "\"-5.00\""), payment("p2", "\"-5.00\""));

    assertThat(result.dataset().payments()).isEmpty();
    assertThat(result.problems()).extracting(LineProblem::line).containsExactly(2L, 3L);
  }
}

package dev.refsync.core.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.PaymentTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An account's payments come out by paidAt then id, cut at the evaluation time, whatever order the
 * data set lists them in, and whether it holds them as records or as a {@link PaymentTable}.
 */
class ActivityIndexPaymentOrderTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant AS_OF = T0.plusSeconds(4 * 86_400L);

  private static final List<Payment> UNORDERED =
      List.of(
          payment("p3", "a1", 2),
          payment("p9", "a2", 1),
          payment("p1", "a1", 0),
          payment("p2", "a1", 2),
          payment("p7", "a1", 9),
          payment("p5", "a1", 1));

  @Test
  void recordsAreOrderedByTimeThenId() {
    assertThat(ids(index(UNORDERED).timeline("a1").paymentsOnOrAfter(T0)))
        .containsExactly("p1", "p5", "p2", "p3");
  }

  @Test
  void aTableGivesTheSameOrder() {
    PaymentTable.Builder builder = PaymentTable.builder();
    UNORDERED.forEach(builder::add);

    ActivityIndex index = index(builder.build());

    assertThat(ids(index.timeline("a1").paymentsOnOrAfter(T0)))
        .containsExactly("p1", "p5", "p2", "p3");
    assertThat(ids(index.timeline("a1").paymentsOnOrAfter(T0.plusSeconds(86_400L))))
        .containsExactly("p5", "p2", "p3");
    assertThat(index.timeline("a1").firstPaymentOnOrAfter(T0.plusSeconds(2 * 86_400L)))
        .isEqualTo(UNORDERED.get(3));
    assertThat(ids(index.timeline("a2").paymentsOnOrAfter(T0))).containsExactly("p9");
    assertThat(index.timeline("none").paymentsOnOrAfter(T0)).isEmpty();
  }

  private static ActivityIndex index(List<Payment> payments) {
    return ActivityIndex.of(
        new CanonicalDataset(
            List.of(), List.of(), List.of(), List.of(), List.of(), payments, List.of(), List.of()),
        AS_OF);
  }

  private static List<String> ids(List<Payment> payments) {
    return payments.stream().map(Payment::id).toList();
  }

  private static Payment payment(String id, String account, int day) {
    return new Payment(
        id, account, null, BigDecimal.TEN, "USD", T0.plusSeconds(day * 86_400L), null);
  }
}

package dev.refsync.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table reads back exactly the payments added: every field, nulls and scales included. */
class PaymentTableTest {
  private static final Instant T0 = Instant.parse("2024-02-23T00:47:41.123456789Z");

  @Test
  void readsBackEveryPaymentAcrossChunks() {
    List<Payment> payments = payments(40_000);
    PaymentTable.Builder builder = PaymentTable.builder();
    payments.forEach(builder::add);

    PaymentTable table = builder.build();

    assertThat(table).hasSize(payments.size()).isEqualTo(payments);
    for (int row : new int[] {0, 16_383, 16_384, 39_999}) {
      Payment p = payments.get(row);
      assertThat(table.id(row)).isEqualTo(p.id());
      assertThat(table.accountId(row)).isEqualTo(p.accountId());
      assertThat(table.epochSecond(row)).isEqualTo(p.paidAt().getEpochSecond());
      assertThat(table.nano(row)).isEqualTo(p.paidAt().getNano());
    }
  }

  @Test
  void amountsKeepTheirScale() {
    PaymentTable.Builder builder = PaymentTable.builder();
    builder.add(payment(0, new BigDecimal("1.0")));
    builder.add(payment(1, new BigDecimal("1.00")));

    PaymentTable table = builder.build();

    assertThat(table.get(0).amount()).hasToString("1.0");
    assertThat(table.get(1).amount()).hasToString("1.00");
  }

  @Test
  void idsReadBackExactlyWhateverTheyContain() {
    List<String> ids =
        List.of("pay-1", "café-2", "支払い-3", "lone-\uD800-surrogate", "x".repeat(70_000), "pay-6");
    PaymentTable.Builder builder = PaymentTable.builder();
    for (int i = 0; i < ids.size(); i++) {
      builder.add(new Payment(ids.get(i), "acc-1", null, BigDecimal.ONE, "USD", T0, null));
    }

    PaymentTable table = builder.build();

    assertThat(table).extracting(Payment::id).containsExactlyElementsOf(ids);
    assertThat(table.id(3)).isEqualTo(ids.get(3));
  }

  @Test
  void buildsOnlyTheKeptRows() {
    List<Payment> payments = payments(5);
    PaymentTable.Builder builder = PaymentTable.builder();
    payments.forEach(builder::add);

    PaymentTable table = builder.build(new boolean[] {true, false, true, false, true});

    assertThat(table).containsExactly(payments.get(0), payments.get(2), payments.get(4));
  }

  @Test
  void isAnImmutableList() {
    PaymentTable table = PaymentTable.builder().build();

    assertThat(table).isEmpty();
    assertThatThrownBy(() -> table.add(payment(0, BigDecimal.ONE)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> table.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static List<Payment> payments(int n) {
    List<Payment> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Payment(
              "pay-" + i,
              "acc-" + (i / 30),
              i % 7 == 0 ? null : "deal-" + (i / 12),
              new BigDecimal(i % 3 == 0 ? "150.14" : (i % 50) + ".5"),
              i % 11 == 0 ? null : (i % 2 == 0 ? "USD" : "EUR"),
              T0.plusSeconds(i * 86_400L).plusNanos(i),
              i % 5 == 0 ? null : "sub_" + (i / 24)));
    }
    return out;
  }

  private static Payment payment(int i, BigDecimal amount) {
    return new Payment("pay-" + i, "acc-1", null, amount, "USD", T0, null);
  }
}

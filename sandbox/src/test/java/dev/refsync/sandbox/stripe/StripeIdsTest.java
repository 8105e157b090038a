package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeIdsTest {

  @Test
  void idsAreUniquePrefixedAndFixedLength() {
    StripeIds ids = new StripeIds();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      all.add(ids.next("cus"));
    }
    assertThat(new HashSet<>(all)).hasSize(all.size());
    assertThat(all).allMatch(id -> id.matches("cus_[0-9A-Za-z]{14}"));
  }

  @Test
  void theSameSequenceOfCallsGivesTheSameIds() {
    StripeIds a = new StripeIds();
    StripeIds b = new StripeIds();
    for (int i = 0; i < 100; i++) {
      assertThat(a.next(i % 2 == 0 ? "ch" : "evt")).isEqualTo(b.next(i % 2 == 0 ? "ch" : "evt"));
    }
  }
}

package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The id index keeps each id's line, accepted (positive) or rejected (negative), through growth.
 */
class IdIndexTest {

  @Test
  void putIfAbsentKeepsTheFirstLineAndReturnsIt() {
    IdIndex index = new IdIndex();

    assertThat(index.putIfAbsent("pay-1", 3)).isZero();
    assertThat(index.putIfAbsent("pay-1", 9)).isEqualTo(3);
    assertThat(index.get("pay-1")).isEqualTo(3);
    assertThat(index.get("pay-2")).isZero();
  }

  @Test
  void putReplacesWithARejectedLine() {
    IdIndex index = new IdIndex();
    index.putIfAbsent("deal-7", 12);

    index.put("deal-7", -12);

    assertThat(index.get("deal-7")).isEqualTo(-12);
    assertThat(index.putIfAbsent("deal-7", 40)).isEqualTo(-12);
  }

  @Test
  void everyIdKeepsItsLineAsTheTableGrows() {
    IdIndex index = new IdIndex();
    int count = 200_000;
    for (int i = 1; i <= count; i++) {
      assertThat(index.putIfAbsent("pay-" + i, i % 2 == 0 ? i : -i)).isZero();
    }

    for (int i = 1; i <= count; i++) {
      assertThat(index.get("pay-" + i)).isEqualTo(i % 2 == 0 ? i : -i);
    }
    assertThat(index.get("pay-0")).isZero();
    assertThat(index.get("pay-" + (count + 1))).isZero();
  }
}

package dev.refsync.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every string reads back exactly, and matches only itself, across chunk boundaries. */
class CompactStringsTest {
  private static final List<String> SAMPLES =
      List.of(
          "pay-00000001",
          "",
          "café",
          "支払い-3",
          "lone-\uD800-surrogate",
          "\u00FF\u0100",
          "x".repeat(70_000),
          "pay-00000002");

  @Test
  void everyStringReadsBackExactly() {
    CompactStrings store = new CompactStrings();
    List<Integer> handles = new ArrayList<>();
    for (int round = 0; round < 2_000; round++) {
      for (String s : SAMPLES) {
        handles.add(store.add(s + round));
      }
    }

    for (int i = 0; i < handles.size(); i++) {
      String expected = SAMPLES.get(i % SAMPLES.size()) + (i / SAMPLES.size());
      assertThat(store.get(handles.get(i))).isEqualTo(expected);
      assertThat(store.matches(handles.get(i), expected)).isTrue();
    }
  }

  @Test
  void aStringMatchesNothingButItself() {
    CompactStrings store = new CompactStrings();
    int handle = store.add("pay-1\u0100");

    assertThat(store.matches(handle, "pay-1\u0100")).isTrue();
    assertThat(store.matches(handle, "pay-1\u0000")).isFalse();
    assertThat(store.matches(handle, "pay-1")).isFalse();
    assertThat(store.matches(handle, "pay-1\u0100x")).isFalse();
    assertThat(store.matches(store.add("abc"), "ab\u0163")).isFalse();
  }
}

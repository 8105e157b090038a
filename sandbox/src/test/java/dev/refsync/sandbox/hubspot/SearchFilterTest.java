package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.sandbox.core.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchFilterTest {

  private static final PropertyDef DATETIME =
      new PropertyDef(
          "d", "D", "datetime", "date", "g", "", false, false, Json.array(), Instant.EPOCH);
  private static final PropertyDef NUMBER =
      new PropertyDef(
          "n", "N", "number", "number", "g", "", false, false, Json.array(), Instant.EPOCH);

  private static final CrmObject RECORD =
      new CrmObject(
          1,
          "0-3",
          Map.of("d", "2026-01-01T00:00:00.500Z", "n", "10.0", "s", "ClosedWon"),
          Instant.EPOCH,
          Instant.EPOCH,
          null);

  @Test
  void datesCompareAsInstantsWhateverTheWireFormat() {
    String millis = Long.toString(Instant.parse("2026-01-01T00:00:00.500Z").toEpochMilli());

    assertThat(filter("d", "EQ", millis).matches(RECORD, Optional.of(DATETIME))).isTrue();
    assertThat(filter("d", "GT", "2025-12-31").matches(RECORD, Optional.of(DATETIME))).isTrue();
  }

  @Test
  void numbersCompareByValueNotText() {
    assertThat(filter("n", "EQ", "10").matches(RECORD, Optional.of(NUMBER))).isTrue();
    assertThat(filter("n", "GT", "9").matches(RECORD, Optional.of(NUMBER))).isTrue();
  }

  @Test
  void missingValuesMatchOnlyNegativeOperators() {
    assertThat(filter("absent", "EQ", "x").matches(RECORD, Optional.empty())).isFalse();
    assertThat(filter("absent", "NEQ", "x").matches(RECORD, Optional.empty())).isTrue();
    assertThat(filter("absent", "NOT_HAS_PROPERTY", "").matches(RECORD, Optional.empty())).isTrue();
  }

  @Test
  void betweenIsInclusive() {
    SearchFilter between = new SearchFilter("n", "BETWEEN", "10", "20", List.of());

    assertThat(between.matches(RECORD, Optional.of(NUMBER))).isTrue();
  }

  private static SearchFilter filter(String property, String op, String value) {
    return new SearchFilter(property, op, value, "", List.of());
  }
}

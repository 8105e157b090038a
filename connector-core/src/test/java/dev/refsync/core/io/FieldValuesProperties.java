package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast instant path must agree with {@link Instant#parse} on everything, valid or not. */
class FieldValuesProperties {

  @Property
  void fastPathAgreesWithInstantParse(
      @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant instant = Instant.ofEpochSecond(epochSecond, nanos);
    String text = instant.toString();

    assertThat(FieldValues.instant(text)).isEqualTo(Instant.parse(text));
  }

  @Property
  void everyCalendarDateAgreesWithInstantParse(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day) {
    String text = String.format("%04d-%02d-%02dT23:59:59.123Z", year, month, day);

    assertThat(FieldValues.instant(text)).isEqualTo(parsedOrNull(text));
  }

  private static Instant parsedOrNull(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Property
  void offsetsFallBackToTheJdkParser(@ForAll @IntRange(min = -12, max = 14) int hours) {
    String text = String.format("2026-03-01T10:00:00%+03d:00", hours);

    assertThat(FieldValues.instant(text)).isEqualTo(Instant.parse(text));
  }
}

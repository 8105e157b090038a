package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The output's time text is exactly {@link Instant#toString}, or refused outside 0000-9999. */
class InstantTextProperties {

  @Property
  void writesWhatInstantToStringWrites(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant instant = Instant.ofEpochSecond(epochSecond, nanos);
    char[] buf = new char[InstantText.MAX_LENGTH];

    int length = InstantText.write(instant, buf);

    assertThat(new String(buf, 0, length)).isEqualTo(instant.toString());
  }

  @Property
  void writesRoundedFractionsAndWholeSecondsLikeInstantToString(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999) int millis,
      @ForAll @IntRange(min = 0, max = 2) int unit) {
    int nanos = millis * (unit == 0 ? 0 : unit == 1 ? 1_000_000 : 1_000);
    Instant instant = Instant.ofEpochSecond(epochSecond, nanos);
    char[] buf = new char[InstantText.MAX_LENGTH];

    int length = InstantText.write(instant, buf);

    assertThat(new String(buf, 0, length)).isEqualTo(instant.toString());
  }

  @Property
  void refusesYearsOutsideFourDigits(
      @ForAll @LongRange(min = 253_402_300_800L, max = 31_556_889_864_403_199L) long after) {
    char[] buf = new char[InstantText.MAX_LENGTH];

    assertThat(InstantText.write(Instant.ofEpochSecond(after), buf)).isEqualTo(-1);
    assertThat(InstantText.write(Instant.ofEpochSecond(-62_167_219_201L), buf)).isEqualTo(-1);
  }
}

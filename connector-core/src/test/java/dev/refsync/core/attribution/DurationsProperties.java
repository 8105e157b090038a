package dev.refsync.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Durations read "N days" then, when not whole days, the rest as zero-padded HH:mm:ss. */
class DurationsProperties {

  @Property
  void daysThenZeroPaddedRest(
      @ForAll @LongRange(min = -400L * 86_400, max = 400L * 86_400) long seconds) {
    Duration d = Duration.ofSeconds(seconds).abs();
    long days = d.toDays();
    Duration rest = d.minusDays(days);
    String expected =
        (days == 1 ? "1 day" : days + " days")
            + (rest.isZero()
                ? ""
                : String.format(
                    Locale.ROOT,
                    " %02d:%02d:%02d",
                    rest.toHours(),
                    rest.toMinutesPart(),
                    rest.toSecondsPart()));

    assertThat(Durations.describe(Duration.ofSeconds(seconds))).isEqualTo(expected);
  }
}

package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SalesforceTimesTest {

  @Test
  void readsTheRestAndBulkShapes() {
    Instant t = Instant.parse("2026-03-01T10:00:00.120Z");
    assertThat(SalesforceTimes.parse("2026-03-01T10:00:00.120+0000")).isEqualTo(t);
    assertThat(SalesforceTimes.parse("2026-03-01T10:00:00.120Z")).isEqualTo(t);
    assertThat(SalesforceTimes.parse("2026-03-01T11:00:00.120+01:00")).isEqualTo(t);
  }

  @Test
  void writesFixedWidthLiteralsAndWholeSecondParameters() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(SalesforceTimes.soqlLiteral(t)).isEqualTo("2026-03-01T10:00:00.000Z");
    assertThat(SalesforceTimes.formatParameter(t.plusMillis(999)))
        .isEqualTo("2026-03-01T10:00:00+00:00");
  }

  @Test
  void aNonDateIsNamed() {
    assertThatThrownBy(() -> SalesforceTimes.parse("yesterday"))
        .hasMessageContaining("'yesterday'");
  }
}

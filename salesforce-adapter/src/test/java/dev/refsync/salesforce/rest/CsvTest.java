package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotedValuesKeepCommasQuotesAndLineBreaks() {
    String csv = "\"Id\",\"Name\"\n\"001\",\"Acme, \"\"Inc\"\"\"\r\n\"002\",\"two\nlines\"\n";

    List<Map<String, String>> rows = Csv.parse(csv);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("Id", "001").containsEntry("Name", "Acme, \"Inc\"");
    assertThat(rows.get(1)).containsEntry("Name", "two\nlines");
  }

  @Test
  void emptyValuesStayEmptyAndAHeaderAloneHasNoRows() {
    assertThat(Csv.parse("\"Id\",\"Email\"\n\"001\",\"\"\n").get(0)).containsEntry("Email", "");
    assertThat(Csv.parse("\"Id\"\n")).isEmpty();
    assertThat(Csv.parse("")).isEmpty();
  }

  @Test
  void aShortRowOrAnOpenQuoteIsRefused() {
    assertThatThrownBy(() -> Csv.parse("\"Id\",\"Name\"\n\"001\"\n"))
        .hasMessageContaining("line 2 has 1 values for 2 columns");
    assertThatThrownBy(() -> Csv.parse("\"Id\"\n\"001\n")).hasMessageContaining("quoted value");
  }
}

package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.store.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoqlTest {
  private static final List<String> FIELDS = List.of("Id", "SystemModstamp", "IsDeleted", "Name");

  @Test
  void theFirstPageHasNoFilter() {
    assertThat(Soql.page("Account", FIELDS, Optional.empty(), 2000))
        .isEqualTo(
            "SELECT Id, SystemModstamp, IsDeleted, Name FROM Account"
                + " ORDER BY SystemModstamp, Id LIMIT 2000");
  }

  @Test
  void laterPagesSkipRecordsUpToTheCursorIdAtTheCursorTime() {
    Cursor cursor = new Cursor(Instant.parse("2026-03-01T10:00:00.120Z"), "001000000000001AAA");

    assertThat(Soql.page("Account", FIELDS, Optional.of(cursor), 500))
        .isEqualTo(
            "SELECT Id, SystemModstamp, IsDeleted, Name FROM Account"
                + " WHERE SystemModstamp > 2026-03-01T10:00:00.120Z"
                + " OR (SystemModstamp = 2026-03-01T10:00:00.120Z AND Id > '001000000000001AAA')"
                + " ORDER BY SystemModstamp, Id LIMIT 500");
  }

  @Test
  void aCursorRewoundToATimeReadsEveryRecordOfThatTimeAgain() {
    Cursor rewound = new Cursor(Instant.parse("2026-01-01T00:00:00Z"), "");

    assertThat(Soql.page("Account", FIELDS, Optional.of(rewound), 2000))
        .isEqualTo(
            "SELECT Id, SystemModstamp, IsDeleted, Name FROM Account"
                + " WHERE SystemModstamp >= 2026-01-01T00:00:00.000Z"
                + " ORDER BY SystemModstamp, Id LIMIT 2000");
  }

  @Test
  void quotedValuesEscapeQuotesAndBackslashes() {
    assertThat(Soql.quote("O'Brien\\x")).isEqualTo("'O\\'Brien\\\\x'");
    assertThat(Soql.whereIn("Contact", List.of("Id"), "Id", List.of("a", "b")))
        .isEqualTo("SELECT Id FROM Contact WHERE Id IN ('a', 'b')");
  }
}

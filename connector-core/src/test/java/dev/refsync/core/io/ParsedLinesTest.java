package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines parsed on their own thread still arrive complete, in order, and failures end both sides.
 */
class ParsedLinesTest {
  private static final int LINES = ParsedLines.BATCH * 5 + 17;

  @Test
  void everyNonBlankLineArrivesInFileOrderWithItsNumber() throws IOException {
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= LINES; i++) {
      file.append(i % 100 == 0 ? "  " : "{\"kind\":\"churn\",\"accountId\":\"a-" + i + "\"}")
          .append('\n');
    }
    List<String> seen = new ArrayList<>();

    long read =
        ParsedLines.read(
            stream(file.toString()),
            parser(),
            (raw, parsed, line) -> seen.add(line + "=" + parsed + ":" + raw.get(Field.ACCOUNT_ID)));

    assertThat(read).isEqualTo(LINES);
    assertThat(seen).hasSize(LINES - LINES / 100);
    assertThat(seen.get(0)).isEqualTo("1=true:a-1");
    assertThat(seen.get(98)).isEqualTo("99=true:a-99");
    assertThat(seen.get(99)).isEqualTo("101=true:a-101");
    assertThat(seen.get(seen.size() - 1)).isEqualTo(LINES + "=true:a-" + LINES);
  }

  @Test
  void aStreamThatFailsMidwayFailsTheRead() {
    InputStream failing =
        new SequenceInputStream(
            stream("{\"kind\":\"churn\"}\n".repeat(ParsedLines.BATCH * 2)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("disk went away");
              }
            });
    List<Long> seen = new ArrayList<>();

    assertThatThrownBy(() -> ParsedLines.read(failing, parser(), (raw, p, line) -> seen.add(line)))
        .isInstanceOf(IOException.class)
        .hasMessage("disk went away");
    assertThat(parsingThreads()).isEmpty();
  }

  @Test
  void aCallerThatFailsStopsTheParsingThreadBeforeReturning() {
    String file = "{\"kind\":\"churn\"}\n".repeat(ParsedLines.BATCH * 20);

    assertThatThrownBy(
            () ->
                ParsedLines.read(
                    stream(file),
                    parser(),
                    (raw, parsed, line) -> {
                      if (line == ParsedLines.BATCH + 3) {
                        throw new IllegalStateException("consumer failed at line " + line);
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("consumer failed at line " + (ParsedLines.BATCH + 3));
    assertThat(parsingThreads()).isEmpty();
  }

  private static List<Thread> parsingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("refsync-events-parser"))
        .toList();
  }

  private static EventLineParser parser() {
    return new EventLineParser(new JsonFactory(), new Interner(), new DecimalCache());
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

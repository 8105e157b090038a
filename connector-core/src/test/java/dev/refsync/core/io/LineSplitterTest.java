package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines are found wherever their ends fall: within a word, across reads, across buffer growth. */
class LineSplitterTest {

  private static List<String> split(byte[] bytes, int readSize) throws IOException {
    List<String> lines = new ArrayList<>();
    InputStream in =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, readSize));
          }
        };
    long count =
        LineSplitter.split(
            in, (buf, off, len, n) -> lines.add(new String(buf, off, len, StandardCharsets.UTF_8)));
    assertThat(count).isEqualTo(lines.size());
    return lines;
  }

  @Test
  void everyNewlinePositionIsFound() {
    byte[] buf = new byte[40];
    Arrays.fill(buf, (byte) 'x');
    for (int at = 0; at < buf.length; at++) {
      byte[] one = buf.clone();
      one[at] = '\n';
      for (int from = 0; from <= at; from++) {
        assertThat(LineSplitter.indexOfNewline(one, from, one.length)).isEqualTo(at);
      }
      assertThat(LineSplitter.indexOfNewline(one, at + 1, one.length)).isEqualTo(-1);
      assertThat(LineSplitter.indexOfNewline(one, 0, at)).isEqualTo(-1);
    }
  }

  @Test
  void bytesThatOnlyResembleANewlineAreNotOne() {
    // 0x0B and 0x8A differ from '\n' by one bit, and a 0x0B just after a '\n' is the byte the
    // zero-byte test can falsely mark (the borrow of the real match runs into it).
    byte[] buf = {0x0B, (byte) 0x8A, 0x09, 0x0A, 0x0B, 0x0B, 0x0B, 0x0B, 0x0B, 0x0A};
    assertThat(LineSplitter.indexOfNewline(buf, 0, buf.length)).isEqualTo(3);
    assertThat(LineSplitter.indexOfNewline(buf, 4, buf.length)).isEqualTo(9);
  }

  @Test
  void randomLinesComeBackExactlyWhateverTheReadSize() throws IOException {
    Random random = new Random(7);
    List<String> expected = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      int length = random.nextInt(i % 100 == 0 ? 70_000 : 60);
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < length; k++) {
        line.append((char) ('a' + random.nextInt(26)));
      }
      expected.add(line.toString());
      text.append(line).append(i % 7 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    for (int readSize : new int[] {1, 7, 8, 9, 4096, 1 << 20}) {
      assertThat(split(bytes, readSize)).as("read size %d", readSize).isEqualTo(expected);
    }
  }

  @Test
  void aLastLineWithoutNewlineIsALine() throws IOException {
    assertThat(split("a\nbc".getBytes(StandardCharsets.UTF_8), 3)).containsExactly("a", "bc");
  }
}

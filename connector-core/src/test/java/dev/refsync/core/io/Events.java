package dev.refsync.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads events text in tests. */
final class Events {
  private Events() {}

  static EventsReadResult read(String... lines) {
    return readText(String.join("\n", lines) + "\n");
  }

  static EventsReadResult readText(String text) {
    try {
      return new EventsReader()
          .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

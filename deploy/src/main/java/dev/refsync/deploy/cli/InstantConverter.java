package dev.refsync.deploy.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses {@code --as-of}; a bad value is a usage error (exit 2) that shows the expected form. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not an ISO-8601 instant; write it like 2026-06-30T00:00:00Z");
    }
  }
}

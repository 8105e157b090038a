package dev.refsync.deploy.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes events lines (DESIGN 7) one at a time with Jackson's streaming generator, counting lines
 * per kind. Absent values are left out rather than written as null, as a CRM export would.
 */
final class EventLineWriter implements Closeable {
  private final JsonGenerator g;
  private final Map<String, Long> counts = new LinkedHashMap<>();

  EventLineWriter(OutputStream out) throws IOException {
    this.g = factory().createGenerator(out);
  }

  EventLineWriter(Writer out) throws IOException {
    this.g = factory().createGenerator(out);
  }

  private static JsonFactory factory() {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    factory.setRootValueSeparator(null);
    return factory;
  }

  EventLineWriter begin(String kind) throws IOException {
    counts.merge(kind, 1L, Long::sum);
    g.writeStartObject();
    g.writeStringField("kind", kind);
    return this;
  }

  EventLineWriter field(String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
    return this;
  }

  EventLineWriter field(String name, Instant value) throws IOException {
    return value == null ? this : field(name, value.toString());
  }

  EventLineWriter field(String name, BigDecimal value) throws IOException {
    return value == null ? this : field(name, value.toPlainString());
  }

  EventLineWriter field(String name, int value) throws IOException {
    g.writeNumberField(name, value);
    return this;
  }

  EventLineWriter strings(String name, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
    return this;
  }

  /** A {@code references} array holding one {@code {system, id}} object. */
  EventLineWriter references(String system, String id) throws IOException {
    g.writeArrayFieldStart("references");
    g.writeStartObject();
    g.writeStringField("system", system);
    g.writeStringField("id", id);
    g.writeEndObject();
    g.writeEndArray();
    return this;
  }

  /** A single {@code {system, id}} object such as a referral's {@code source}. */
  EventLineWriter ref(String name, String system, String id) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("system", system);
    g.writeStringField("id", id);
    g.writeEndObject();
    return this;
  }

  void end() throws IOException {
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /** Lines written per kind, in the order kinds first appeared. */
  Map<String, Long> counts() {
    return counts;
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}

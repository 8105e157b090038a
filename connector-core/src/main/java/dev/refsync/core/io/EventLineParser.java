package dev.refsync.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.refsync.core.model.ExternalRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads one events line into a {@link RawEvent} with Jackson's streaming parser: no tree, no
 * data-binding, and values taken as text so amounts written as JSON numbers never pass through
 * {@code double} (DESIGN 3).
 *
 * <p>A line is read the first of three ways that takes it whole:
 *
 * <ol>
 *   <li>{@link FlatLineScanner}, straight from the line's bytes, for the flat, ASCII, escape-free
 *       objects nearly every events file consists of;
 *   <li>one long-lived {@link LineFeed} parser, because creating a Jackson parser per line (its
 *       context, buffers and symbol-table child) was the largest source of garbage when reading a
 *       million lines; only a line it reads completely, as one object followed by nothing but
 *       whitespace, is taken from it;
 *   <li>a parser of its own, which is what decides and words every JSON error.
 * </ol>
 *
 * <p>The first two decline any line they cannot read exactly as the last would, so the results are
 * the same whichever way a line was read.
 */
final class EventLineParser {
  private final JsonFactory factory;
  private final StringValues values;
  private final FlatLineScanner scanner;
  private final LineFeed feed;

  EventLineParser(JsonFactory factory, Interner interner, DecimalCache amounts) {
    this.factory = factory;
    this.values = new StringValues(interner, amounts);
    this.scanner = new FlatLineScanner(values);
    this.feed = new LineFeed(factory);
  }

  /**
   * Fills {@code into} from the line. Returns false when the line is not one JSON object; the
   * reason is then in {@code into.problems}. Field-level problems (wrong JSON type) are also added
   * to {@code into.problems} but the rest of the line is still read, so all are reported at once.
   */
  boolean parse(byte[] buf, int off, int len, RawEvent into) {
    boolean parsed = scanner.scan(buf, off, len, into);
    if (!parsed) {
      into.reset();
      parsed = parseWithJackson(buf, off, len, into);
    }
    if (parsed) {
      values.internReferencedId(into);
    }
    return parsed;
  }

  /** {@link #parse} without the {@link FlatLineScanner}: what the scanner must agree with. */
  boolean parseWithJackson(byte[] buf, int off, int len, RawEvent into) {
    JsonParser fed = feed.start(buf, off, len);
    if (fed != null) {
      try {
        if (fed.nextToken() == JsonToken.START_OBJECT) {
          readObject(fed, into);
          if (feed.endsCleanly()) {
            return true;
          }
        }
      } catch (IOException | RuntimeException e) {
        // Not a clean one-object line (or Jackson refused it): read it alone below, which
        // reports exactly what is wrong with it.
      }
      feed.discard();
      into.reset();
    }
    return parseAlone(buf, off, len, into);
  }

  private boolean parseAlone(byte[] buf, int off, int len, RawEvent into) {
    try (JsonParser p = factory.createParser(buf, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        into.problems.add(
            "invalid JSON: each line must be one JSON object like {\"kind\": \"deal\", ...}");
        return false;
      }
      readObject(p, into);
      if (p.nextToken() != null) {
        into.problems.add(
            "invalid JSON: unexpected content after the object; put exactly one object per line");
        return false;
      }
      return true;
    } catch (JsonProcessingException e) {
      into.problems.add(
          "invalid JSON: "
              + e.getOriginalMessage()
              + " (column "
              + columnOf(e)
              + "); fix the syntax, one JSON object per line");
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int columnOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
  }

  private void readObject(JsonParser p, RawEvent into) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      Field field = Field.byJsonName(name);
      if (field != null) {
        readScalar(p, value, field, into);
      } else {
        switch (name) {
          case "domains" -> readStrings(p, value, name, into.domains, into);
          case "roles" -> readStrings(p, value, name, into.roles, into);
          case "references" -> readReferences(p, value, into);
          case "source" -> into.source = readRef(p, value, "source", into);
          // Unknown fields are ignored so exports can carry extra columns; the kind-specific
          // required-field checks still catch a misspelled required field.
          default -> p.skipChildren();
        }
      }
    }
  }

  private void readScalar(JsonParser p, JsonToken value, Field field, RawEvent into)
      throws IOException {
    switch (value) {
      case VALUE_STRING -> readString(p, field, into);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
          values.setScalar(field, p.getText(), into);
      case VALUE_NULL -> values.setScalar(field, null, into);
      default -> {
        p.skipChildren();
        into.markMalformed(field);
        into.problems.add(
            "field '" + field.jsonName + "' must be a string, not " + describe(value));
      }
    }
  }

  private void readString(JsonParser p, Field field, RawEvent into) throws IOException {
    values.set(field, p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), into);
  }

  private void readStrings(
      JsonParser p, JsonToken value, String name, List<String> out, RawEvent into)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      into.problems.add(
          "field '"
              + name
              + "' must be an array of strings like [\"a\", \"b\"], not "
              + describe(value));
      return;
    }
    for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
      if (t == JsonToken.VALUE_STRING) {
        out.add(values.intern(p.getText()));
      } else {
        p.skipChildren();
        into.problems.add("field '" + name + "' must contain only strings, not " + describe(t));
      }
    }
  }

  private void readReferences(JsonParser p, JsonToken value, RawEvent into) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      into.problems.add(
          "field 'references' must be an array of {\"system\": ..., \"id\": ...} objects, not "
              + describe(value));
      return;
    }
    for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
      ExternalRef ref = readRef(p, t, "references", into);
      if (ref != null) {
        into.references.add(ref);
      }
    }
  }

  private ExternalRef readRef(JsonParser p, JsonToken value, String name, RawEvent into)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      into.problems.add(
          "field '"
              + name
              + "' must hold {\"system\": ..., \"id\": ...} objects, not "
              + describe(value));
      return null;
    }
    String system = null;
    String id = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
        if (key.equals("system")) {
          system = values.intern(p.getText());
        } else if (key.equals("id")) {
          id = p.getText();
        }
      } else {
        p.skipChildren();
      }
    }
    return StringValues.ref(system, id, name, into);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}

package dev.refsync.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * One Jackson non-blocking parser fed line after line, so that reading a file does not build a new
 * parser for every line. Each line must hold exactly one complete JSON object: the parser seen by
 * the caller throws {@link IncompleteLine} instead of waiting for more input, and {@link
 * #endsCleanly} checks that nothing but whitespace follows the object. A line that fails either
 * check leaves the parser in an unknown state, so the caller {@link #discard}s it and reads that
 * line some other way; the next line gets a fresh parser.
 *
 * <p>The parser is also replaced every {@link #LINES_PER_PARSER} lines, so the field names it
 * remembers stay bounded even when a file carries many distinct unknown fields.
 */
final class LineFeed {
  static final int LINES_PER_PARSER = 1 << 12;

  private final JsonFactory factory;
  private JsonParser parser;
  private ByteArrayFeeder feeder;
  private JsonParser lineView;
  private int lines;
  private long fedBefore;
  private byte[] line;
  private int lineOff;
  private int lineLen;

  LineFeed(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * The parser positioned before the line {@code buf[off, off+len)}, or null when the line cannot
   * be fed (the caller then reads it another way).
   */
  JsonParser start(byte[] buf, int off, int len) {
    try {
      if (parser == null || ++lines > LINES_PER_PARSER) {
        discard();
        parser = factory.createNonBlockingByteArrayParser();
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        lineView = new WithinLine(parser);
        lines = 1;
        fedBefore = 0;
      } else {
        fedBefore += lineLen;
      }
      feeder.feedInput(buf, off, off + len);
      line = buf;
      lineOff = off;
      lineLen = len;
      return lineView;
    } catch (IOException | RuntimeException e) {
      discard();
      return null;
    }
  }

  /**
   * True when the object just read is followed only by whitespace up to the end of the line: the
   * parser then has consumed the whole line and waits for the next one.
   */
  boolean endsCleanly() throws IOException {
    if (parser.currentToken() != JsonToken.END_OBJECT || !parser.getParsingContext().inRoot()) {
      return false;
    }
    // The parser's byte offset counts every byte fed to it; the part of it before this line is
    // fedBefore. Checking the rest of the line here matters: a trailing fragment such as "x} is
    // an unfinished token to a non-blocking parser, not an error.
    long end = parser.currentLocation().getByteOffset() - fedBefore;
    if (end < 0 || end > lineLen) {
      return false;
    }
    for (int i = lineOff + (int) end; i < lineOff + lineLen; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return parser.nextToken() == JsonToken.NOT_AVAILABLE;
  }

  /** Drops the current parser; the next line gets a new one. */
  void discard() {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Closing releases buffers only; there is no input to fail on.
      }
    }
    parser = null;
    feeder = null;
    lineView = null;
    line = null;
  }

  /** The line ended in the middle of its object. */
  static final class IncompleteLine extends IOException {
    private static final long serialVersionUID = 1L;

    IncompleteLine() {
      super("the line ends inside its JSON object");
    }
  }

  /** The fed parser as the line's reader sees it: running out of the line is an error. */
  private static final class WithinLine extends JsonParserDelegate {
    WithinLine(JsonParser parser) {
      super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == JsonToken.NOT_AVAILABLE) {
        throw new IncompleteLine();
      }
      return t;
    }
  }
}

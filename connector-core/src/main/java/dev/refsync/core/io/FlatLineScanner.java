package dev.refsync.core.io;

import dev.refsync.core.model.ExternalRef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the lines nearly every events file consists of straight from their bytes: one JSON object
 * whose names and strings are ASCII from the space up, without escapes, whose values are strings,
 * numbers, booleans and nulls, plus the arrays of strings ({@code domains}, {@code roles}) and the
 * {@code {"system": ..., "id": ...}} objects ({@code references}, {@code source}) of DESIGN 3.
 *
 * <p>It declines (returns false, leaving {@code into} to be reset) at the first byte outside that
 * subset of JSON, or of the field types Jackson's path would read without a problem: an escape, a
 * character below the space or a byte that is not ASCII, a number Jackson's strict grammar refuses,
 * a value of the wrong JSON type, nesting anywhere else, a token longer than {@link #MAX_TOKEN},
 * trailing content. The line is then read by Jackson ({@link EventLineParser}), which decides and
 * words every error. What it accepts it reads to the same values Jackson's path gives, through the
 * same {@link StringValues}: {@code FlatLineScannerProperties} checks both on generated and mutated
 * lines.
 *
 * <p>Why not Jackson for these lines too: its non-blocking tokenizer was the largest single cost of
 * reading a million lines (a JFR profile put a third of the reader's samples in it), for a grammar
 * this small.
 */
final class FlatLineScanner {
  /**
   * The longest name, string or number taken here (Jackson's own limits, such as 1,000 digits for a
   * number, are far above it and are left to Jackson to enforce).
   */
  static final int MAX_TOKEN = 512;

  private static final Field[] FIELD_BY_ORDINAL = Field.values();
  private static final int FIELDS = FIELD_BY_ORDINAL.length;
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final int DOMAINS = FIELDS;
  private static final int ROLES = FIELDS + 1;
  private static final int REFERENCES = FIELDS + 2;
  private static final int SOURCE = FIELDS + 3;
  private static final int UNKNOWN = -1;
  private static final int DECLINE = -1;

  private static final NameTable NAMES = new NameTable();

  private final StringValues values;
  private final char[] chars = new char[MAX_TOKEN];

  // The scan position, kept in fields so the helpers can return what they read.
  private byte[] b;
  private int end;
  private int tokenStart;
  private int tokenEnd;
  private int nameHash;

  FlatLineScanner(StringValues values) {
    this.values = values;
  }

  /**
   * Fills {@code into} from the line {@code buf[off, off+len)} and returns true, or returns false
   * when the line is not one this scanner reads; {@code into} then holds a partial line.
   */
  boolean scan(byte[] buf, int off, int len, RawEvent into) {
    b = buf;
    end = off + len;
    try {
      int i = skipSpace(off);
      if (i == end || b[i] != '{') {
        return false;
      }
      i = skipSpace(i + 1);
      if (i < end && b[i] == '}') {
        return skipSpace(i + 1) == end;
      }
      while (true) {
        i = name(i);
        if (i == DECLINE) {
          return false;
        }
        int name = NAMES.lookup(b, tokenStart, tokenEnd, nameHash);
        i = skipSpace(i);
        if (i == end || b[i] != ':') {
          return false;
        }
        i = member(name, skipSpace(i + 1), into);
        if (i == DECLINE) {
          return false;
        }
        i = skipSpace(i);
        if (i == end) {
          return false;
        }
        if (b[i] == '}') {
          return skipSpace(i + 1) == end;
        }
        if (b[i] != ',') {
          return false;
        }
        i = skipSpace(i + 1);
      }
    } finally {
      b = null;
    }
  }

  /** Reads the value of the member {@code name} at {@code i}; returns the index after it. */
  private int member(int name, int i, RawEvent into) {
    if (i == end) {
      return DECLINE;
    }
    if (name == DOMAINS) {
      return strings(i, into.domains);
    }
    if (name == ROLES) {
      return strings(i, into.roles);
    }
    if (name == REFERENCES) {
      return references(i, into);
    }
    if (name == SOURCE) {
      if (isNull(i)) {
        into.source = null;
        return i + 4;
      }
      return ref(i, "source", into, true);
    }
    byte c = b[i];
    if (c == '"') {
      int after = string(i);
      if (after != DECLINE && name != UNKNOWN) {
        Field field = FIELD_BY_ORDINAL[name];
        if (field.form == Field.Form.TEXT) {
          into.set(field, ascii());
        } else {
          values.set(field, chars, 0, toChars(), into);
        }
      }
      return after;
    }
    int after = scalar(i);
    if (after != DECLINE && name != UNKNOWN) {
      Field field = FIELD_BY_ORDINAL[name];
      values.setScalar(field, c == 'n' ? null : ascii(), into);
    }
    return after;
  }

  /** A number, {@code true}, {@code false} or {@code null} at {@code i}; it becomes the token. */
  private int scalar(int i) {
    tokenStart = i;
    int after =
        switch (b[i]) {
          case 't' -> literal(i, TRUE);
          case 'f' -> literal(i, FALSE);
          case 'n' -> literal(i, NULL);
          default -> number(i);
        };
    tokenEnd = after;
    return after;
  }

  /** An array of strings, or null (nothing added). */
  private int strings(int i, List<String> out) {
    if (isNull(i)) {
      return i + 4;
    }
    return array(
        i,
        at -> {
          int after = string(at);
          if (after != DECLINE) {
            out.add(values.intern(chars, 0, toChars()));
          }
          return after;
        });
  }

  /** An array of reference objects (null elements skipped, as Jackson's path does), or null. */
  private int references(int i, RawEvent into) {
    if (isNull(i)) {
      return i + 4;
    }
    return array(i, at -> isNull(at) ? at + 4 : ref(at, "references", into, false));
  }

  /** Reads one element at the given index; returns the index after it, or {@link #DECLINE}. */
  private interface Element {
    int read(int at);
  }

  /** A JSON array at {@code i} whose elements {@code element} reads. */
  private int array(int i, Element element) {
    if (b[i] != '[') {
      return DECLINE;
    }
    i = skipSpace(i + 1);
    if (i < end && b[i] == ']') {
      return i + 1;
    }
    while (true) {
      if (i == end) {
        return DECLINE;
      }
      i = element.read(i);
      if (i == DECLINE) {
        return DECLINE;
      }
      i = skipSpace(i);
      if (i == end) {
        return DECLINE;
      }
      if (b[i] == ']') {
        return i + 1;
      }
      if (b[i] != ',') {
        return DECLINE;
      }
      i = skipSpace(i + 1);
    }
  }

  /**
   * A {@code {"system": ..., "id": ...}} object: other members and null values are ignored, and any
   * scalar counts as text, as in Jackson's path.
   */
  private int ref(int i, String name, RawEvent into, boolean isSource) {
    if (b[i] != '{') {
      return DECLINE;
    }
    String system = null;
    String id = null;
    i = skipSpace(i + 1);
    if (i < end && b[i] == '}') {
      i++;
    } else {
      while (true) {
        i = string(i);
        if (i == DECLINE) {
          return DECLINE;
        }
        int key = refKey();
        i = skipSpace(i);
        if (i == end || b[i] != ':') {
          return DECLINE;
        }
        i = skipSpace(i + 1);
        if (i == end) {
          return DECLINE;
        }
        boolean isNull = isNull(i);
        i = b[i] == '"' ? string(i) : scalar(i);
        if (i == DECLINE) {
          return DECLINE;
        }
        if (!isNull && key == 's') {
          system = values.intern(chars, 0, toChars());
        } else if (!isNull && key == 'i') {
          id = ascii();
        }
        i = skipSpace(i);
        if (i == end) {
          return DECLINE;
        }
        if (b[i] == '}') {
          i++;
          break;
        }
        if (b[i] != ',') {
          return DECLINE;
        }
        i = skipSpace(i + 1);
      }
    }
    ExternalRef ref = StringValues.ref(system, id, name, into);
    if (isSource) {
      into.source = ref;
    } else if (ref != null) {
      into.references.add(ref);
    }
    return i;
  }

  /** 's' when the token is {@code system}, 'i' when it is {@code id}, else 0. */
  private int refKey() {
    int len = tokenEnd - tokenStart;
    if (len == 2 && b[tokenStart] == 'i' && b[tokenStart + 1] == 'd') {
      return 'i';
    }
    if (len == 6) {
      for (int k = 0; k < 6; k++) {
        if (b[tokenStart + k] != "system".charAt(k)) {
          return 0;
        }
      }
      return 's';
    }
    return 0;
  }

  /** {@link #string}, for a member name: also leaves its hash in {@link #nameHash}. */
  private int name(int i) {
    if (i == end || b[i] != '"') {
      return DECLINE;
    }
    int start = i + 1;
    int limit = Math.min(end, start + MAX_TOKEN);
    int h = 0;
    for (int k = start; k < limit; k++) {
      byte c = b[k];
      if (c == '"') {
        tokenStart = start;
        tokenEnd = k;
        nameHash = h;
        return k + 1;
      }
      if (c < 0x20 || c == '\\') {
        return DECLINE;
      }
      h = 31 * h + c;
    }
    return DECLINE;
  }

  /**
   * A string at {@code i} of printable ASCII without escapes; its content becomes the token.
   * Returns the index after its closing quote.
   */
  private int string(int i) {
    if (i == end || b[i] != '"') {
      return DECLINE;
    }
    int start = i + 1;
    int limit = Math.min(end, start + MAX_TOKEN);
    for (int k = start; k < limit; k++) {
      byte c = b[k];
      if (c == '"') {
        tokenStart = start;
        tokenEnd = k;
        return k + 1;
      }
      // Negative bytes are the non-ASCII ones: UTF-8 is decoded and checked by Jackson.
      if (c < 0x20 || c == '\\') {
        return DECLINE;
      }
    }
    return DECLINE;
  }

  /**
   * A number in JSON's grammar as Jackson enforces it by default: {@code
   * -?(0|[1-9][0-9]*)(\.[0-9]+)? ([eE][+-]?[0-9]+)?}, no leading {@code +}, no leading zeros, no
   * {@code NaN}.
   */
  private int number(int i) {
    int start = i;
    if (i < end && b[i] == '-') {
      i++;
    }
    if (i == end || !isDigit(b[i])) {
      return DECLINE;
    }
    if (b[i] == '0') {
      if (i > start) {
        // "-0...": Jackson's non-blocking parser gives the text of a bare -0 as "0".
        return DECLINE;
      }
      i++;
    } else {
      i = digits(i);
    }
    if (i < end && b[i] == '.') {
      int from = i + 1;
      i = digits(from);
      if (i == from) {
        return DECLINE;
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int from = i;
      i = digits(from);
      if (i == from) {
        return DECLINE;
      }
    }
    // A number must end at a delimiter: "1x" or "01" is Jackson's to reject.
    if (i - start > MAX_TOKEN || (i < end && !isDelimiter(b[i]))) {
      return DECLINE;
    }
    return i;
  }

  private int digits(int i) {
    while (i < end && isDigit(b[i])) {
      i++;
    }
    return i;
  }

  private int literal(int i, byte[] text) {
    if (end - i < text.length) {
      return DECLINE;
    }
    for (int k = 0; k < text.length; k++) {
      if (b[i + k] != text[k]) {
        return DECLINE;
      }
    }
    int after = i + text.length;
    return after == end || isDelimiter(b[after]) ? after : DECLINE;
  }

  private boolean isNull(int i) {
    return literal(i, NULL) != DECLINE;
  }

  private int skipSpace(int i) {
    while (i < end && isSpace(b[i])) {
      i++;
    }
    return i;
  }

  /** The token as a string (it is ASCII, so ISO-8859-1 decodes it byte for byte). */
  private String ascii() {
    return new String(b, tokenStart, tokenEnd - tokenStart, StandardCharsets.ISO_8859_1);
  }

  /** Copies the token into {@link #chars}; returns its length. */
  private int toChars() {
    int len = tokenEnd - tokenStart;
    for (int k = 0; k < len; k++) {
      chars[k] = (char) b[tokenStart + k];
    }
    return len;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  // Within a line, JSON's whitespace is space, tab and carriage return (the line splitter has
  // taken the newlines).
  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  private static boolean isDelimiter(byte c) {
    return isSpace(c) || c == ',' || c == '}' || c == ']';
  }

  /** Member names to {@link Field} ordinals (or the list and reference members), from bytes. */
  private static final class NameTable {
    private static final int SLOTS = 128;
    private final byte[][] names = new byte[SLOTS][];
    private final int[] codes = new int[SLOTS];
    private final int[] hashes = new int[SLOTS];

    NameTable() {
      for (Field f : Field.values()) {
        add(f.jsonName, f.ordinal());
      }
      add("domains", DOMAINS);
      add("roles", ROLES);
      add("references", REFERENCES);
      add("source", SOURCE);
    }

    private void add(String name, int code) {
      byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
      int i = slot(hash(bytes, 0, bytes.length));
      while (names[i] != null) {
        i = (i + 1) & (SLOTS - 1);
      }
      names[i] = bytes;
      codes[i] = code;
      hashes[i] = hash(bytes, 0, bytes.length);
    }

    /** The code of the name {@code b[from, to)}, whose {@link #hash} is {@code hash}. */
    int lookup(byte[] b, int from, int to, int hash) {
      for (int i = slot(hash); names[i] != null; i = (i + 1) & (SLOTS - 1)) {
        byte[] name = names[i];
        if (hashes[i] == hash && Arrays.equals(name, 0, name.length, b, from, to)) {
          return codes[i];
        }
      }
      return UNKNOWN;
    }

    /** {@link String#hashCode} of an ASCII name. */
    static int hash(byte[] b, int from, int to) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + b[k];
      }
      return h;
    }

    private static int slot(int hash) {
      return Interner.mix(hash) & (SLOTS - 1);
    }
  }
}

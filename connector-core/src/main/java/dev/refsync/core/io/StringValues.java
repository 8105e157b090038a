package dev.refsync.core.io;

import dev.refsync.core.model.ExternalRef;

/**
 * What a string value read from a line becomes in a {@link RawEvent}: the rules of {@link
 * Field.Form}. Shared by both ways a line is read ({@link FlatLineScanner} and Jackson in {@link
 * EventLineParser}), so that the values never depend on which one read the line.
 */
final class StringValues {
  private final Interner interner;
  private final DecimalCache amounts;
  private final String[] lastInterned = new String[Field.values().length];
  // The kind of the line before, by identity: kinds are interned, and lines come grouped by kind.
  private String lastKindText;
  private EventKind lastKind;

  StringValues(Interner interner, DecimalCache amounts) {
    this.interner = interner;
    this.amounts = amounts;
  }

  /** Sets {@code field} from its string value {@code chars[off, off+len)}. */
  void set(Field field, char[] chars, int off, int len, RawEvent into) {
    Object typed =
        switch (field.form) {
          case TEXT -> null;
          case INTERNED -> interned(field, chars, off, len);
          case INSTANT -> FieldValues.fastInstant(chars, off, len);
          case AMOUNT -> amounts.get(chars, off, len);
        };
    if (typed instanceof String interned) {
      into.set(field, interned);
    } else if (typed != null) {
      into.setTyped(field, typed);
    } else {
      into.set(field, new String(chars, off, len));
    }
  }

  /**
   * Sets {@code field} from the text of a number or boolean (null: JSON null). A field whose form
   * is {@link Field.Form#INTERNED} always holds the interner's instance, whichever JSON type it was
   * written as, so the record factory never interns it again.
   */
  void setScalar(Field field, String text, RawEvent into) {
    into.set(
        field, text != null && field.form == Field.Form.INTERNED ? interner.intern(text) : text);
  }

  /**
   * Interns the id of an account, referrer or deal line, the kinds other lines refer to in bulk:
   * the references ({@link Field.Form#INTERNED}) come from the same interner, so a record's id and
   * every reference to it share one instance.
   */
  void internReferencedId(RawEvent raw) {
    String kind = raw.get(Field.KIND);
    String id = raw.get(Field.ID);
    if (kind == null || id == null) {
      return;
    }
    if (kind != lastKindText) {
      lastKindText = kind;
      lastKind = EventKind.of(kind);
    }
    if (lastKind == EventKind.ACCOUNT
        || lastKind == EventKind.REFERRER
        || lastKind == EventKind.DEAL) {
      raw.set(Field.ID, interner.intern(id));
    }
  }

  /** The canonical instance of {@code chars[off, off+len)} (list elements, reference systems). */
  String intern(char[] chars, int off, int len) {
    return interner.intern(chars, off, len);
  }

  /** The canonical instance of {@code s}. */
  String intern(String s) {
    return interner.intern(s);
  }

  /**
   * The interned value, checked first against this field's value on the line before: events come
   * grouped (the payments of one subscription, the contacts of one account), so that is usually the
   * same account, deal, subscription, currency and kind, found without hashing or probing the
   * interner's table.
   */
  private String interned(Field field, char[] chars, int off, int len) {
    String last = lastInterned[field.ordinal()];
    if (last != null && Interner.sameChars(last, chars, off, len)) {
      return last;
    }
    String value = interner.intern(chars, off, len);
    lastInterned[field.ordinal()] = value;
    return value;
  }

  /**
   * The reference read from a {@code {"system": ..., "id": ...}} object of the field {@code name},
   * or null (with the problem added to {@code into}) when either part is missing or blank.
   */
  static ExternalRef ref(String system, String id, String name, RawEvent into) {
    if (system == null || id == null || system.isBlank() || id.isBlank()) {
      into.problems.add(
          "field '"
              + name
              + "' needs both \"system\" (e.g. SALESFORCE, HUBSPOT, STRIPE, FILE)"
              + " and \"id\"");
      return null;
    }
    return new ExternalRef(system, id);
  }
}

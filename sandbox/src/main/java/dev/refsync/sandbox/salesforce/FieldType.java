package dev.refsync.sandbox.salesforce;

import java.util.Locale;

/** The describe {@code type} of a field and the kind of value it holds. */
enum FieldType {
  ID(Kind.ID),
  REFERENCE(Kind.ID),
  STRING(Kind.TEXT),
  TEXTAREA(Kind.TEXT),
  URL(Kind.TEXT),
  EMAIL(Kind.TEXT),
  PHONE(Kind.TEXT),
  PICKLIST(Kind.TEXT),
  BOOLEAN(Kind.BOOLEAN),
  CURRENCY(Kind.NUMBER),
  DOUBLE(Kind.NUMBER),
  PERCENT(Kind.NUMBER),
  DATE(Kind.DATE),
  DATETIME(Kind.DATETIME);

  /** How values of the type are stored, compared and written in SOQL. */
  enum Kind {
    ID,
    TEXT,
    BOOLEAN,
    NUMBER,
    DATE,
    DATETIME
  }

  private final Kind kind;

  FieldType(Kind kind) {
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /** The name describe reports ({@code "datetime"}, {@code "reference"}). */
  String describeName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SOQL error wording: "must be of type dateTime". */
  String soqlTypeName() {
    return switch (this) {
      case DATETIME -> "dateTime";
      case CURRENCY, DOUBLE, PERCENT -> "double";
      case ID, REFERENCE -> "id";
      default -> describeName();
    };
  }
}

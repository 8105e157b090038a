package dev.refsync.sandbox.salesforce.soql;

/**
 * A query Salesforce would refuse. The message follows Salesforce's layout: the query line, a caret
 * under the offending token, {@code ERROR at Row:R:Column:C} and the reason.
 */
public final class SoqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;

  SoqlException(String errorCode, String query, int position, String reason) {
    super(format(query, position, reason));
    this.errorCode = errorCode;
  }

  /** {@code MALFORMED_QUERY}, {@code INVALID_FIELD} or {@code INVALID_TYPE}. */
  public String errorCode() {
    return errorCode;
  }

  public static SoqlException invalidField(String query, int position, String reason) {
    return new SoqlException("INVALID_FIELD", query, position, reason);
  }

  public static SoqlException invalidType(String query, int position, String reason) {
    return new SoqlException("INVALID_TYPE", query, position, reason);
  }

  public static SoqlException invalidFilter(String query, int position, String reason) {
    return new SoqlException("INVALID_QUERY_FILTER_OPERATOR", query, position, reason);
  }

  static SoqlException malformed(String query, int position, String reason) {
    return new SoqlException("MALFORMED_QUERY", query, position, reason);
  }

  private static String format(String query, int position, String reason) {
    int row = 1;
    int lineStart = 0;
    for (int i = 0; i < position && i < query.length(); i++) {
      if (query.charAt(i) == '\n') {
        row++;
        lineStart = i + 1;
      }
    }
    int lineEnd = query.indexOf('\n', lineStart);
    String line = query.substring(lineStart, lineEnd < 0 ? query.length() : lineEnd);
    int column = position - lineStart + 1;
    return line
        + "\n"
        + " ".repeat(Math.max(0, column - 1))
        + "^\nERROR at Row:"
        + row
        + ":Column:"
        + column
        + "\n"
        + reason;
  }
}

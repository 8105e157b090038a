package dev.refsync.sandbox.salesforce.soql;

import java.util.Locale;

/** One lexical token with its offset in the query (for Salesforce's Row/Column errors). */
record Token(Type type, String text, int position) {

  enum Type {
    IDENT,
    STRING,
    NUMBER,
    DATE,
    DATETIME,
    COMMA,
    LPAREN,
    RPAREN,
    OPERATOR,
    EOF
  }

  /** True for an identifier spelling the keyword, in any case (SOQL keywords ignore case). */
  boolean isKeyword(String keyword) {
    return type == Type.IDENT && text.equalsIgnoreCase(keyword);
  }

  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }
}

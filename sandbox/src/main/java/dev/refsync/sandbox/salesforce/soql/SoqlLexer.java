package dev.refsync.sandbox.salesforce.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a SOQL statement into tokens: identifiers (dotted paths included), quoted strings with
 * backslash escapes, numbers, date and datetime literals, punctuation and comparison operators.
 */
final class SoqlLexer {

  private static final Pattern DATETIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final String query;
  private int pos;

  private SoqlLexer(String query) {
    this.query = query;
  }

  static List<Token> tokenize(String query) {
    return new SoqlLexer(query).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
        pos++;
      }
      if (pos >= query.length()) {
        tokens.add(new Token(Token.Type.EOF, "", pos));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    char c = query.charAt(pos);
    int start = pos;
    if (Character.isLetter(c) || c == '_') {
      while (pos < query.length() && isIdentChar(query.charAt(pos))) {
        pos++;
      }
      return new Token(Token.Type.IDENT, query.substring(start, pos), start);
    }
    if (Character.isDigit(c)
        || (c == '-' && pos + 1 < query.length() && Character.isDigit(query.charAt(pos + 1)))) {
      return literal(start);
    }
    if (c == '\'') {
      return string(start);
    }
    pos++;
    return switch (c) {
      case ',' -> new Token(Token.Type.COMMA, ",", start);
      case '(' -> new Token(Token.Type.LPAREN, "(", start);
      case ')' -> new Token(Token.Type.RPAREN, ")", start);
      case '=' -> new Token(Token.Type.OPERATOR, "=", start);
      case '!' -> {
        if (pos < query.length() && query.charAt(pos) == '=') {
          pos++;
          yield new Token(Token.Type.OPERATOR, "!=", start);
        }
        throw SoqlException.malformed(query, start, "unexpected token: '!'");
      }
      case '<', '>' -> {
        if (pos < query.length() && query.charAt(pos) == '=') {
          pos++;
          yield new Token(Token.Type.OPERATOR, c + "=", start);
        }
        yield new Token(Token.Type.OPERATOR, String.valueOf(c), start);
      }
      default -> throw SoqlException.malformed(query, start, "unexpected token: '" + c + "'");
    };
  }

  private Token literal(int start) {
    pos++;
    while (pos < query.length() && isLiteralChar(query.charAt(pos))) {
      pos++;
    }
    String text = query.substring(start, pos);
    if (DATETIME.matcher(text).matches()) {
      return new Token(Token.Type.DATETIME, text, start);
    }
    if (DATE.matcher(text).matches()) {
      return new Token(Token.Type.DATE, text, start);
    }
    if (NUMBER.matcher(text).matches()) {
      return new Token(Token.Type.NUMBER, text, start);
    }
    throw SoqlException.malformed(query, start, "unexpected token: '" + text + "'");
  }

  private Token string(int start) {
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < query.length()) {
      char c = query.charAt(pos++);
      if (c == '\\' && pos < query.length()) {
        char escaped = query.charAt(pos++);
        value.append(
            switch (escaped) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> escaped;
            });
      } else if (c == '\'') {
        return new Token(Token.Type.STRING, value.toString(), start);
      } else {
        value.append(c);
      }
    }
    throw SoqlException.malformed(query, start, "unterminated string literal");
  }

  private static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  private static boolean isLiteralChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '+' || c == '-';
  }
}

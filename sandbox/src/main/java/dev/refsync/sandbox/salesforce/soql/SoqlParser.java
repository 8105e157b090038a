package dev.refsync.sandbox.salesforce.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Recursive-descent parser for the SOQL subset Refsync emits:
 *
 * <pre>
 * query     := SELECT field (',' field)* FROM ident [WHERE expr]
 *              [ORDER BY order (',' order)*] [LIMIT number] EOF
 * expr      := term (AND term)* | term (OR term)*      -- mixing needs parentheses, as in SOQL
 * term      := NOT term | '(' expr ')' | field op value | field [NOT] IN '(' value (',' value)* ')'
 * order     := field [ASC|DESC] [NULLS (FIRST|LAST)]
 * value     := 'string' | number | date | datetime | TRUE | FALSE | NULL
 * </pre>
 */
public final class SoqlParser {

  private static final DateTimeFormatter DATETIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private final String query;
  private final List<Token> tokens;
  private int index;

  private SoqlParser(String query) {
    this.query = query;
    this.tokens = SoqlLexer.tokenize(query);
  }

  /**
   * @throws SoqlException {@code MALFORMED_QUERY} with Salesforce's row/column layout
   */
  public static SoqlQuery parse(String query) {
    return new SoqlParser(query).query();
  }

  private SoqlQuery query() {
    expectKeyword("SELECT");
    List<SoqlQuery.FieldRef> fields = new ArrayList<>();
    fields.add(field());
    while (peek().type() == Token.Type.COMMA) {
      index++;
      fields.add(field());
    }
    expectKeyword("FROM");
    Token object = expect(Token.Type.IDENT);
    Optional<Condition> where = Optional.empty();
    if (peek().isKeyword("WHERE")) {
      index++;
      where = Optional.of(expression());
    }
    List<SoqlQuery.OrderItem> orderBy = new ArrayList<>();
    if (peek().isKeyword("ORDER")) {
      index++;
      expectKeyword("BY");
      orderBy.add(orderItem());
      while (peek().type() == Token.Type.COMMA) {
        index++;
        orderBy.add(orderItem());
      }
    }
    OptionalInt limit = OptionalInt.empty();
    if (peek().isKeyword("LIMIT")) {
      index++;
      Token n = expect(Token.Type.NUMBER);
      try {
        limit = OptionalInt.of(Integer.parseInt(n.text()));
      } catch (NumberFormatException e) {
        throw SoqlException.malformed(query, n.position(), "unexpected token: '" + n.text() + "'");
      }
      if (limit.getAsInt() < 0) {
        throw SoqlException.malformed(query, n.position(), "unexpected token: '" + n.text() + "'");
      }
    }
    Token end = peek();
    if (end.type() != Token.Type.EOF) {
      throw unexpected(end);
    }
    return new SoqlQuery(query, fields, object.text(), object.position(), where, orderBy, limit);
  }

  private SoqlQuery.FieldRef field() {
    Token t = expect(Token.Type.IDENT);
    if (isReserved(t)) {
      throw unexpected(t);
    }
    if (t.text().startsWith(".") || t.text().endsWith(".") || t.text().contains("..")) {
      throw unexpected(t);
    }
    return new SoqlQuery.FieldRef(Arrays.asList(t.text().split("\\.")), t.position());
  }

  private Condition expression() {
    Condition first = term();
    Token next = peek();
    if (!next.isKeyword("AND") && !next.isKeyword("OR")) {
      return first;
    }
    String joiner = next.upper();
    List<Condition> terms = new ArrayList<>(List.of(first));
    while (peek().isKeyword("AND") || peek().isKeyword("OR")) {
      Token op = peek();
      if (!op.upper().equals(joiner)) {
        // SOQL refuses "a AND b OR c": the grouping must be spelled out with parentheses.
        throw unexpected(op);
      }
      index++;
      terms.add(term());
    }
    return joiner.equals("AND") ? new Condition.And(terms) : new Condition.Or(terms);
  }

  private Condition term() {
    Token t = peek();
    if (t.isKeyword("NOT")) {
      index++;
      return new Condition.Not(term());
    }
    if (t.type() == Token.Type.LPAREN) {
      index++;
      Condition inner = expression();
      expect(Token.Type.RPAREN);
      return inner;
    }
    SoqlQuery.FieldRef field = field();
    Token op = peek();
    if (op.isKeyword("NOT") || op.isKeyword("IN")) {
      boolean negated = op.isKeyword("NOT");
      index++;
      if (negated) {
        expectKeyword("IN");
      }
      return new Condition.In(field, negated, valueList());
    }
    if (op.type() != Token.Type.OPERATOR) {
      throw unexpected(op);
    }
    index++;
    return new Condition.Comparison(field, op.text(), value());
  }

  private List<SoqlValue> valueList() {
    expect(Token.Type.LPAREN);
    List<SoqlValue> values = new ArrayList<>();
    values.add(value());
    while (peek().type() == Token.Type.COMMA) {
      index++;
      values.add(value());
    }
    expect(Token.Type.RPAREN);
    return values;
  }

  private SoqlValue value() {
    Token t = peek();
    index++;
    return switch (t.type()) {
      case STRING -> new SoqlValue.Text(t.text(), t.position());
      case NUMBER -> new SoqlValue.Number(new BigDecimal(t.text()), t.position());
      case DATE -> new SoqlValue.DateValue(date(t), t.position());
      case DATETIME -> new SoqlValue.DateTimeValue(dateTime(t), t.text(), t.position());
      case IDENT -> {
        if (t.isKeyword("TRUE") || t.isKeyword("FALSE")) {
          yield new SoqlValue.Bool(t.isKeyword("TRUE"), t.position());
        }
        if (t.isKeyword("NULL")) {
          yield new SoqlValue.Null(t.position());
        }
        throw unexpected(t);
      }
      default -> throw unexpected(t);
    };
  }

  private SoqlQuery.OrderItem orderItem() {
    SoqlQuery.FieldRef field = field();
    boolean descending = false;
    if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
      descending = peek().isKeyword("DESC");
      index++;
    }
    Optional<Boolean> nullsFirst = Optional.empty();
    if (peek().isKeyword("NULLS")) {
      index++;
      Token which = peek();
      if (!which.isKeyword("FIRST") && !which.isKeyword("LAST")) {
        throw unexpected(which);
      }
      index++;
      nullsFirst = Optional.of(which.isKeyword("FIRST"));
    }
    return new SoqlQuery.OrderItem(field, descending, nullsFirst);
  }

  private LocalDate date(Token t) {
    try {
      return LocalDate.parse(t.text());
    } catch (DateTimeParseException e) {
      throw unexpected(t);
    }
  }

  private Instant dateTime(Token t) {
    try {
      return OffsetDateTime.parse(t.text(), DATETIME).toInstant();
    } catch (DateTimeParseException e) {
      throw unexpected(t);
    }
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token expect(Token.Type type) {
    Token t = peek();
    if (t.type() != type) {
      throw unexpected(t);
    }
    index++;
    return t;
  }

  private void expectKeyword(String keyword) {
    Token t = peek();
    if (!t.isKeyword(keyword)) {
      throw unexpected(t);
    }
    index++;
  }

  private static boolean isReserved(Token t) {
    return switch (t.upper()) {
      case "SELECT",
          "FROM",
          "WHERE",
          "AND",
          "OR",
          "NOT",
          "IN",
          "ORDER",
          "BY",
          "LIMIT",
          "NULL",
          "TRUE",
          "FALSE" ->
          true;
      default -> false;
    };
  }

  private SoqlException unexpected(Token t) {
    String shown = t.type() == Token.Type.EOF ? "<EOF>" : t.text();
    return SoqlException.malformed(query, t.position(), "unexpected token: '" + shown + "'");
  }
}

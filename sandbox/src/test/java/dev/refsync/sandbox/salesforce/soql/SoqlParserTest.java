package dev.refsync.sandbox.salesforce.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoqlParserTest {

  @Test
  void selectListWithRelationshipPathsAndObject() {
    SoqlQuery q = SoqlParser.parse("select Id, Name, Account.Owner.Name from Opportunity");

    assertThat(q.fields())
        .extracting(SoqlQuery.FieldRef::dotted)
        .containsExactly("Id", "Name", "Account.Owner.Name");
    assertThat(q.object()).isEqualTo("Opportunity");
    assertThat(q.objectPosition()).isEqualTo(41);
    assertThat(q.where()).isEmpty();
    assertThat(q.orderBy()).isEmpty();
    assertThat(q.limit()).isEmpty();
  }

  @Test
  void everyComparisonOperatorAndLiteralKind() {
    SoqlQuery q =
        SoqlParser.parse(
            "SELECT Id FROM Opportunity WHERE Name = 'O\\'Brien' AND Amount != 10.50 AND"
                + " CloseDate < 2026-03-01 AND SystemModstamp <= 2026-03-01T10:00:00.000Z AND"
                + " LastModifiedDate > 2026-03-01T10:00:00.000+0000 AND Probability >= -5 AND"
                + " IsWon = true AND AccountId = null");

    Condition.And and = (Condition.And) q.where().orElseThrow();
    assertThat(and.terms()).hasSize(8);
    assertThat(and.terms())
        .extracting(t -> ((Condition.Comparison) t).operator())
        .containsExactly("=", "!=", "<", "<=", ">", ">=", "=", "=");
    assertThat(value(and, 0)).isEqualTo(new SoqlValue.Text("O'Brien", 40));
    assertThat(((SoqlValue.Number) value(and, 1)).value()).isEqualByComparingTo("10.50");
    assertThat(((SoqlValue.DateValue) value(and, 2)).value()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(((SoqlValue.DateTimeValue) value(and, 3)).value())
        .isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(((SoqlValue.DateTimeValue) value(and, 4)).value())
        .isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(((SoqlValue.Number) value(and, 5)).value()).isEqualTo(new BigDecimal("-5"));
    assertThat(value(and, 6)).isInstanceOf(SoqlValue.Bool.class);
    assertThat(value(and, 7)).isInstanceOf(SoqlValue.Null.class);
  }

  @Test
  void inAndNotInLists() {
    SoqlQuery q =
        SoqlParser.parse(
            "SELECT Id FROM Account WHERE Type IN ('Partner', 'Other') OR Name NOT IN ('x')");

    Condition.Or or = (Condition.Or) q.where().orElseThrow();
    Condition.In in = (Condition.In) or.terms().get(0);
    Condition.In notIn = (Condition.In) or.terms().get(1);
    assertThat(in.negated()).isFalse();
    assertThat(in.values()).hasSize(2);
    assertThat(notIn.negated()).isTrue();
  }

  @Test
  void theCursorQueryGroupsOrAndAndWithParentheses() {
    SoqlQuery q =
        SoqlParser.parse(
            "SELECT Id, SystemModstamp FROM Account WHERE (SystemModstamp >"
                + " 2026-03-01T10:00:00.000Z OR (SystemModstamp = 2026-03-01T10:00:00.000Z AND Id >"
                + " '0015g0000000001AAA')) ORDER BY SystemModstamp, Id LIMIT 2000");

    Condition.Or or = (Condition.Or) q.where().orElseThrow();
    assertThat(or.terms().get(1)).isInstanceOf(Condition.And.class);
    assertThat(q.orderBy())
        .extracting(o -> o.field().dotted())
        .containsExactly("SystemModstamp", "Id");
    assertThat(q.limit()).hasValue(2000);
  }

  @Test
  void orderByDirectionsAndNulls() {
    SoqlQuery q =
        SoqlParser.parse("SELECT Id FROM Account ORDER BY Name DESC, Website ASC NULLS LAST, Type");

    assertThat(q.orderBy())
        .extracting(SoqlQuery.OrderItem::descending)
        .containsExactly(true, false, false);
    assertThat(q.orderBy())
        .extracting(SoqlQuery.OrderItem::effectiveNullsFirst)
        .containsExactly(false, false, true);
    assertThat(q.orderBy().get(1).nullsFirst()).isEqualTo(Optional.of(false));
  }

  @Test
  void notNegatesATerm() {
    SoqlQuery q = SoqlParser.parse("SELECT Id FROM Lead WHERE NOT (IsConverted = true)");

    assertThat(q.where().orElseThrow()).isInstanceOf(Condition.Not.class);
  }

  @Test
  void mixingAndWithOrWithoutParenthesesIsMalformed() {
    assertThatThrownBy(
            () ->
                SoqlParser.parse(
                    "SELECT Id FROM Account WHERE Name = 'a' AND Type = 'b' OR Id = null"))
        .isInstanceOfSatisfying(
            SoqlException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
              assertThat(e.getMessage())
                  .contains("ERROR at Row:1:Column:56", "unexpected token: 'OR'");
            });
  }

  @Test
  void syntaxErrorsPointAtTheOffendingToken() {
    List<String> bad =
        List.of(
            "SELECT FROM Account",
            "SELECT Id Account",
            "SELECT Id FROM Account WHERE",
            "SELECT Id FROM Account WHERE Name = ",
            "SELECT Id FROM Account WHERE Name 'x'",
            "SELECT Id FROM Account WHERE Name = 'open",
            "SELECT Id FROM Account LIMIT x",
            "SELECT Id FROM Account ORDER Name",
            "SELECT Id FROM Account WHERE (Name = 'a'",
            "SELECT Id FROM Account extra",
            "SELECT Id FROM Account WHERE Name ~ 'a'",
            "SELECT Id FROM Account WHERE CreatedDate > 2026-13-45T99:00:00Z");
    for (String soql : bad) {
      assertThatThrownBy(() -> SoqlParser.parse(soql))
          .as(soql)
          .isInstanceOfSatisfying(
              SoqlException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
                assertThat(e.getMessage())
                    .startsWith(soql.split("\n")[0])
                    .contains("ERROR at Row:1:Column:");
              });
    }
  }

  @Test
  void unexpectedEndIsReportedAsEof() {
    assertThatThrownBy(() -> SoqlParser.parse("SELECT Id FROM"))
        .hasMessageContaining("unexpected token: '<EOF>'")
        .hasMessageContaining("Column:15");
  }

  private static SoqlValue value(Condition.And and, int i) {
    return ((Condition.Comparison) and.terms().get(i)).value();
  }
}

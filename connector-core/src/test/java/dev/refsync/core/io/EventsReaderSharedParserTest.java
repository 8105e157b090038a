package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Account;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines are read by one parser fed line after line; a line it cannot take whole must be reported
 * exactly as if it had been read alone, and must not disturb the lines around it.
 */
class EventsReaderSharedParserTest {
  private static final String GOOD_1 = "{\"kind\":\"account\",\"id\":\"a1\"}";
  private static final String GOOD_2 = "{\"kind\":\"account\",\"id\":\"a2\"}";

  private static List<String> problemsBetweenGoodLines(String bad) {
    EventsReadResult result = Events.read(GOOD_1, bad, GOOD_2);
    assertThat(result.dataset().accounts()).extracting(Account::id).containsExactly("a1", "a2");
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    return result.problems().stream().map(LineProblem::message).toList();
  }

  @Test
  void anUnfinishedStringAfterTheObjectIsInvalidJson() {
    assertThat(problemsBetweenGoodLines(GOOD_1.replace("a1", "a3") + " \"x}"))
        .singleElement()
        .asString()
        .startsWith("invalid JSON: ");
  }

  @Test
  void aNumberAfterTheObjectIsUnexpectedContent() {
    assertThat(problemsBetweenGoodLines(GOOD_1.replace("a1", "a3") + " 12"))
        .singleElement()
        .asString()
        .contains("unexpected content after the object");
  }

  @Test
  void aLineEndingInsideItsObjectDoesNotSwallowTheNextLine() {
    assertThat(problemsBetweenGoodLines("{\"kind\":\"account\",\"id\":\"a3\",\"domains\":[\"x"))
        .singleElement()
        .asString()
        .startsWith("invalid JSON: ");
  }

  @Test
  void aLineEndingInsideAnIgnoredFieldDoesNotSwallowTheNextLine() {
    assertThat(problemsBetweenGoodLines("{\"kind\":\"account\",\"id\":\"a3\",\"extra\":{\"x\":["))
        .singleElement()
        .asString()
        .startsWith("invalid JSON: ");
  }

  @Test
  void whitespaceAfterTheObjectIsFine() {
    EventsReadResult result = Events.read(GOOD_1 + " \t ", GOOD_2 + "\r");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().accounts()).extracting(Account::id).containsExactly("a1", "a2");
  }

  @Test
  void manyLinesWithDistinctUnknownFieldsAreAllRead() {
    List<String> lines = new ArrayList<>();
    int count = LineFeed.LINES_PER_PARSER * 2 + 7;
    for (int i = 0; i < count; i++) {
      lines.add("{\"kind\":\"account\",\"id\":\"a" + i + "\",\"extra" + i + "\":\"v\"}");
    }

    EventsReadResult result = Events.read(lines.toArray(String[]::new));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().accounts()).hasSize(count);
  }

  @Test
  void aBadLineEveryOtherLineLeavesEveryGoodLineRead() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("{\"kind\":\"account\",\"id\":\"a" + i + "\"}");
      lines.add("{\"kind\":\"account\",\"id\":");
    }

    EventsReadResult result = Events.read(lines.toArray(String[]::new));

    assertThat(result.dataset().accounts()).hasSize(20);
    assertThat(result.problems()).hasSize(20).allSatisfy(p -> assertThat(p.line() % 2).isZero());
  }
}

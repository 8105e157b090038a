package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Account;
import org.junit.jupiter.api.Test;

class EventsReaderDuplicatesTest {

  @Test
  void laterDuplicateIsRejectedNamingTheFirstLine() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"a1\",\"name\":\"first\"}",
            "{\"kind\":\"account\",\"id\":\"a2\"}",
            "{\"kind\":\"account\",\"id\":\"a1\",\"name\":\"second\"}");

    assertThat(result.dataset().accounts())
        .extracting(Account::name)
        .containsExactly("first", null);
    assertThat(result.problems())
        .containsExactly(
            new LineProblem(
                3,
                "duplicate account id 'a1': already defined at line 1; ids must be unique per"
                    + " kind, remove or rename this line"));
  }

  @Test
  void sameIdInDifferentKindsIsNotADuplicate() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"account\",\"id\":\"x1\"}",
            "{\"kind\":\"contact\",\"id\":\"x1\",\"accountId\":\"x1\"}");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().contacts()).hasSize(1);
  }

  @Test
  void duplicateOfARejectedLineIsStillADuplicate() {
    EventsReadResult result =
        Events.read(
            "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"BOSS\"}",
            "{\"kind\":\"referrer\",\"id\":\"p1\",\"type\":\"CUSTOMER\"}");

    assertThat(result.dataset().referrers()).isEmpty();
    assertThat(result.problems()).extracting(LineProblem::line).containsExactly(1L, 2L);
    assertThat(result.problems().get(1).message()).contains("already defined at line 1");
  }
}

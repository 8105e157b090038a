package dev.refsync.core.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One load reports every problem of the file, ordered by position, so one edit round fixes it. */
class SeveralProblemsTest {

  @Test
  void everyProblemIsReportedAtOnceInLineOrder() throws Exception {
    Path file = Path.of(getClass().getResource("several-problems.yaml").toURI());

    InvalidPlansException thrown =
        assertThrows(InvalidPlansException.class, () -> PlansLoader.load(file));

    List<PlansProblem> problems = thrown.problems();
    assertThat(problems)
        .extracting(PlansProblem::line, PlansProblem::column, PlansProblem::message)
        .containsExactly(
            tuple(2, 10, "rules.model has the unknown value 'last_referral'"),
            tuple(3, 15, "rules.windowDays must be a number, not 'ninety'"),
            tuple(4, 17, "rules.halfLifeDays must be greater than 0, not 0"),
            tuple(6, 5, "plans[0] is missing the required key 'trigger'"),
            tuple(7, 30, "plans[0].referrerTypes[1] has the unknown value 'RESELLER'"),
            tuple(8, 20, "plans[0].reward.type has the unknown value 'PERCENT'"),
            tuple(9, 15, "plans[0].holdDays must not be negative, not -3"),
            tuple(10, 9, "plans[1].id 'partner' is already used by plans[0] (line 6)"),
            tuple(12, 34, "plans[1].reward.amount must not be negative, not -10"),
            tuple(13, 14, "plans[1].trigger is missing the required key 'days'"));
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo(file.toString()));
  }

  @Test
  void exceptionMessageListsEveryProblemOnItsOwnLine() throws Exception {
    Path file = Path.of(getClass().getResource("several-problems.yaml").toURI());

    InvalidPlansException thrown =
        assertThrows(InvalidPlansException.class, () -> PlansLoader.load(file));

    List<String> lines = thrown.getMessage().lines().toList();
    assertThat(lines.get(0)).isEqualTo("10 problems in the plans file; fix them and load again:");
    assertThat(lines.subList(1, lines.size()))
        .containsExactlyElementsOf(thrown.problems().stream().map(PlansProblem::format).toList());
    assertThat(lines.get(1))
        .isEqualTo(
            file
                + ":2:10: rules.model has the unknown value 'last_referral'"
                + " (hint: values are case-sensitive: write LAST_REFERRAL)");
  }
}

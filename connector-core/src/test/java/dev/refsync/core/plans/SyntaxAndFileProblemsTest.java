package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not YAML, or no file at all: one problem, located where possible. */
class SyntaxAndFileProblemsTest {

  @Test
  void tabIndentationIsOneSyntaxProblemAtItsPosition() {
    PlansProblem problem = onlyProblemIn("rules:\n\tmodel: LAST_REFERRAL\nplans: []\n");

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.message()).startsWith("YAML syntax error:").contains("TAB");
  }

  @Test
  void unclosedFlowMappingIsOneSyntaxProblem() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - id: p
                reward: {type: FLAT, amount: 1
                trigger: CLOSED_WON
            """);

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).startsWith("YAML syntax error: while parsing a flow mapping");
    assertThat(problem.hint()).contains("began at line 3, column 13");
  }

  @Test
  void twoDocumentsInOneFileAreRefused() {
    PlansProblem problem = onlyProblemIn("plans: []\n---\nplans: []\n");

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message())
        .isEqualTo(
            "YAML syntax error: expected a single document in the stream: but found another"
                + " document");
  }

  @Test
  void emptyTextIsOneWholeFileProblem() {
    PlansProblem problem = onlyProblemIn("# only a comment\n");

    assertThat(problem.line()).isZero();
    assertThat(problem.format())
        .isEqualTo("plans.yaml: the plans file is empty (hint: " + problem.hint() + ")");
    assertThat(problem.hint()).contains("plans");
  }

  @Test
  void missingFileIsOneProblemNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere/plans.yaml");

    InvalidPlansException thrown =
        assertThrows(InvalidPlansException.class, () -> PlansLoader.load(missing));

    assertThat(thrown.problems()).hasSize(1);
    assertThat(thrown.problems().get(0).source()).isEqualTo(missing.toString());
    assertThat(thrown.problems().get(0).message()).contains("does not exist");
    assertThat(thrown.getMessage()).contains(missing.toString());
  }

  @Test
  void fileThatIsNotUtf8IsOneProblem(@TempDir Path dir) throws Exception {
    Path latin1 = dir.resolve("plans.yaml");
    Files.write(latin1, new byte[] {'p', 'l', 'a', 'n', 's', ':', ' ', (byte) 0xE9, '\n'});

    InvalidPlansException thrown =
        assertThrows(InvalidPlansException.class, () -> PlansLoader.load(latin1));

    assertThat(thrown.problems())
        .singleElement()
        .extracting(PlansProblem::message)
        .asString()
        .contains("not valid UTF-8");
  }

  @Test
  void directoryInsteadOfFileIsOneProblem(@TempDir Path dir) {
    InvalidPlansException thrown =
        assertThrows(InvalidPlansException.class, () -> PlansLoader.load(dir));

    assertThat(thrown.problems())
        .singleElement()
        .extracting(PlansProblem::message)
        .asString()
        .contains("cannot be read");
  }

  @Test
  void problemsInALoadedFileNameThatFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plans.yaml");
    Files.writeString(file, "plans: []\n");

    InvalidPlansException thrown =
        assertThrows(InvalidPlansException.class, () -> PlansLoader.load(file));

    assertThat(thrown.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(file.toString());
              assertThat(p.format()).startsWith(file + ":1:8: plans is empty");
            });
  }
}

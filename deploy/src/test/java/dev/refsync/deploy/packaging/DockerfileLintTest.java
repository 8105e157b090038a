package dev.refsync.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.deploy.config.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Static lint of {@code deploy/Dockerfile}: no Docker daemon runs in the build, so this is what
 * stops a change from shipping a root image, an image without a health check or one with a secret
 * baked in.
 */
class DockerfileLintTest {
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i)(password|passwd|secret|token|private[_-]?key|api[_-]?key|whsec|sk_|(?:^|_)key$)");
  private static final Pattern SECRET_VALUE =
      Pattern.compile("(sk|rk)_(live|test)_|whsec_|pat-[a-z0-9]{2}-|BEGIN [A-Z ]*PRIVATE KEY");

  private static Path root;
  private static Dockerfile dockerfile;

  @BeforeAll
  static void parse() throws IOException {
    root = RepositoryRoot.find();
    dockerfile = Dockerfile.parse(root.resolve("deploy/Dockerfile"));
  }

  @Test
  void buildsWithTheWrapperOnAJdkAndRunsOnAJre() {
    assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);
    Dockerfile.Stage build = dockerfile.stages().get(0);
    assertThat(build.image()).isEqualTo("eclipse-temurin:17-jdk");
    assertThat(build.name()).isEqualTo("build");
    assertThat(build.all("RUN"))
        .extracting(Dockerfile.Instruction::args)
        .anySatisfy(
            run -> assertThat(run).contains("./mvnw -B -ntp -pl deploy -am package -DskipTests"));
    assertThat(dockerfile.runtime().image()).isEqualTo("eclipse-temurin:17-jre");
    assertThat(dockerfile.runtime().all("COPY"))
        .extracting(Dockerfile.Instruction::args)
        .contains("--from=build /tmp/refsync.jar /app/refsync.jar");
  }

  @Test
  void theBuildStageCopiesEveryReactorModuleAndTheWrapper() throws IOException {
    String pom = Files.readString(root.resolve("pom.xml"));
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    List<String> copied =
        dockerfile.stages().get(0).all("COPY").stream()
            .map(c -> c.args().split("\\s+")[0])
            .toList();
    int modules = 0;
    while (module.find()) {
      modules++;
      assertThat(copied).as("COPY of reactor module %s", module.group(1)).contains(module.group(1));
    }
    assertThat(modules).isPositive();
    assertThat(dockerfile.stages().get(0).all("COPY"))
        .extracting(Dockerfile.Instruction::args)
        .contains("mvnw pom.xml ./", ".mvn .mvn");
  }

  @Test
  void theDockerignoreKeepsWhatTheBuildNeedsAndDropsLocalState() throws IOException {
    List<String> ignored =
        Files.readAllLines(root.resolve(".dockerignore")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    assertThat(ignored).contains("**/target/", ".git/", "refsync-data/");
    assertThat(ignored)
        .as("the wrapper and sources must reach the build stage")
        .noneMatch(l -> l.startsWith(".mvn") || l.startsWith("mvnw") || l.contains("src"));
  }

  @Test
  void runsAsANumericNonRootUser() {
    assertThat(dockerfile.runtime().last("USER"))
        .hasValueSatisfying(
            user -> {
              String uid = user.args().split(":")[0];
              assertThat(uid).matches("\\d+");
              assertThat(Integer.parseInt(uid)).isEqualTo(10001);
            });
    List<Dockerfile.Instruction> runtime = dockerfile.runtime().instructions();
    int user = runtime.indexOf(dockerfile.runtime().last("USER").orElseThrow());
    assertThat(runtime.subList(user, runtime.size()))
        .as("nothing after USER may need root")
        .extracting(Dockerfile.Instruction::keyword)
        .doesNotContain("RUN", "COPY", "ADD");
  }

  @Test
  void healthCheckHitsLiveness() {
    assertThat(dockerfile.runtime().all("HEALTHCHECK"))
        .singleElement()
        .satisfies(
            hc ->
                assertThat(hc.args())
                    .contains("CMD curl")
                    .contains("http://127.0.0.1:8081/actuator/health/liveness"));
  }

  @Test
  void exposesWebhooksAndManagementAndDeclaresTheVolumes() {
    assertThat(dockerfile.runtime().all("EXPOSE"))
        .extracting(Dockerfile.Instruction::args)
        .containsExactly("8080 8081");
    assertThat(dockerfile.runtime().all("VOLUME"))
        .extracting(Dockerfile.Instruction::args)
        .containsExactly("[\"/etc/refsync\", \"/var/lib/refsync\"]");
  }

  @Test
  void entrypointExecsJavaSoItReceivesSigterm() {
    assertThat(dockerfile.runtime().last("ENTRYPOINT"))
        .hasValueSatisfying(
            e ->
                assertThat(e.args())
                    .startsWith("[")
                    .contains("exec java $JAVA_OPTS -jar /app/refsync.jar"));
    assertThat(dockerfile.runtime().last("CMD"))
        .hasValueSatisfying(
            c ->
                assertThat(c.args())
                    .isEqualTo("[\"run\", \"--config\", \"/etc/refsync/refsync.yaml\"]"));
  }

  @Test
  void noSecretIsBakedIn() {
    for (Dockerfile.Instruction instruction : dockerfile.everyInstruction()) {
      assertThat(instruction.args())
          .as("%s %s", instruction.keyword(), instruction.args())
          .doesNotContainPattern(SECRET_VALUE);
      if (instruction.keyword().equals("ENV") || instruction.keyword().equals("ARG")) {
        Matcher name =
            Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)(?==|\\s|$)")
                .matcher(instruction.args());
        while (name.find()) {
          assertThat(name.group(1))
              .as(
                  "a credential passed as %s is visible in the image history",
                  instruction.keyword())
              .doesNotContainPattern(SECRET_NAME);
        }
      }
      if (instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
        assertThat(instruction.args()).doesNotContainPattern("(?i)\\.(pem|key|env)\\b|secrets");
      }
    }
  }
}

package dev.refsync.core.plans;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and validates {@code plans.yaml} (DESIGN 6; meanings in DESIGN 4 and 5).
 *
 * <p>The file is read with SnakeYAML's node API only: no Java object is ever constructed from the
 * YAML, and every value keeps its line and column so each problem points at what to edit. Every
 * problem is collected before {@link InvalidPlansException} is thrown, so one round of edits fixes
 * the file.
 */
public final class PlansLoader {
  private static final List<String> TOP_LEVEL_KEYS = List.of("rules", "plans");

  /** A plans file is small; these bound what a hostile or broken file can make the parser do. */
  private static final int MAX_ALIASES = 20;

  private static final int MAX_NESTING = 20;
  private static final int MAX_CODE_POINTS = 1024 * 1024;

  private PlansLoader() {}

  /**
   * Loads and validates a plans file read as UTF-8.
   *
   * @throws InvalidPlansException listing every problem, including a missing or unreadable file
   */
  public static PlansConfig load(Path file) {
    String source = file.toString();
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw unreadable(source, "the plans file does not exist", "check the path given");
    } catch (CharacterCodingException e) {
      throw unreadable(source, "the plans file is not valid UTF-8", "save the file as UTF-8");
    } catch (IOException e) {
      throw unreadable(
          source,
          "the plans file cannot be read: " + e.getMessage(),
          "check that it is a readable file, not a directory, and its permissions");
    }
    return parse(source, yaml);
  }

  /**
   * Parses and validates YAML text.
   *
   * @param sourceName names the text in problems, usually the file name
   * @throws InvalidPlansException listing every problem
   */
  public static PlansConfig parse(String sourceName, String yaml) {
    Problems problems = new Problems(sourceName);
    Optional<PlansConfig> config = compose(yaml, problems).flatMap(root -> read(root, problems));
    problems.throwIfAny();
    return config.orElseThrow();
  }

  private static Optional<Node> compose(String yaml, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    // Only a constructor acts on this flag: the composer keeps both keys, and YamlMap reports the
    // second as a problem (with the first's line) instead of throwing at the first one found.
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    try {
      Node root = new Yaml(options).compose(new StringReader(yaml));
      if (root == null) {
        problems.wholeFile(
            "the plans file is empty", "it needs at least a plans list (see example-plans.yaml)");
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String message =
          "YAML syntax error: "
              + (e.getContext() == null ? "" : e.getContext() + ": ")
              + e.getProblem();
      Mark started = e.getContextMark();
      String hint =
          started != null && mark != null && started.getLine() != mark.getLine()
              ? "fix the YAML syntax here; the construct began at line "
                  + (started.getLine() + 1)
                  + ", column "
                  + (started.getColumn() + 1)
              : "fix the YAML syntax at this position";
      if (mark == null) {
        problems.wholeFile(message, hint);
      } else {
        problems.at(mark, message, hint);
      }
      return Optional.empty();
    } catch (YAMLException e) {
      problems.wholeFile(
          "the plans file cannot be parsed: " + e.getMessage(),
          "simplify it: plain keys and values, few anchors and aliases");
      return Optional.empty();
    }
  }

  private static Optional<PlansConfig> read(Node root, Problems problems) {
    Optional<YamlMap> found =
        YamlMap.of(root, "", "rules: {...} and plans: [...] (see example-plans.yaml)", problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap file = found.get();
    file.rejectUnknown(TOP_LEVEL_KEYS);
    AttributionRules rules = new RulesReader(problems).read(file.get("rules"));
    List<Plan> plans = plans(file, problems);
    return Optional.of(new PlansConfig(rules, plans));
  }

  private static List<Plan> plans(YamlMap file, Problems problems) {
    List<Plan> plans = new ArrayList<>();
    Optional<List<Node>> items =
        file.required("plans", "add a plans list with at least one plan")
            .flatMap(
                n ->
                    YamlValues.sequence(
                        n, "plans", "plans: [{id: ..., referrerTypes: [...], ...}]", problems));
    if (items.isEmpty()) {
      return plans;
    }
    if (items.get().isEmpty()) {
      problems.at(
          file.get("plans").orElseThrow(),
          "plans is empty, so no referral would ever earn a commission",
          "add at least one plan");
      return plans;
    }
    PlanReader reader = new PlanReader(problems);
    List<PlanReader.ReadPlan> read = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      reader.read(items.get().get(i), "plans[" + i + "]").ifPresent(read::add);
    }
    new PlanListChecks(problems).check(read);
    read.forEach(plan -> plan.plan().ifPresent(plans::add));
    return plans;
  }

  private static InvalidPlansException unreadable(String source, String message, String hint) {
    return new InvalidPlansException(List.of(new PlansProblem(source, 0, 0, message, hint)));
  }
}

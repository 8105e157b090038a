package dev.refsync.core.plans;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the optional {@code rules} section (DESIGN 4 meanings, DESIGN 6 format). */
final class RulesReader {
  private static final List<String> KEYS =
      List.of(
          "model",
          "windowDays",
          "enterpriseWindowDays",
          "enterpriseAcvThreshold",
          "halfLifeDays",
          "excludeExistingCustomers",
          "selfReferralAllowDomains");

  private final Problems problems;

  RulesReader(Problems problems) {
    this.problems = problems;
  }

  /** The rules, with DESIGN 4's default for every key not written; null section means defaults. */
  AttributionRules read(Optional<Node> section) {
    AttributionRules defaults = AttributionRules.defaults();
    if (section.isEmpty() || YamlValues.isNull(section.get())) {
      return defaults;
    }
    Optional<YamlMap> found =
        YamlMap.of(
            section.get(), "rules", "rules: {model: LAST_REFERRAL, windowDays: 90}", problems);
    if (found.isEmpty()) {
      return defaults;
    }
    YamlMap rules = found.get();
    rules.rejectUnknown(KEYS);

    AttributionModel model =
        rules
            .get("model")
            .flatMap(n -> YamlValues.enumValue(n, "rules.model", AttributionModel.class, problems))
            .orElse(defaults.model());
    Optional<Node> windowNode = rules.get("windowDays");
    Optional<Integer> window =
        windowNode.flatMap(n -> YamlValues.positiveInt(n, "rules.windowDays", problems));
    Optional<Node> enterpriseNode = rules.get("enterpriseWindowDays");
    Optional<Integer> enterpriseWindow =
        enterpriseNode.flatMap(
            n -> YamlValues.positiveInt(n, "rules.enterpriseWindowDays", problems));
    int windowDays = window.orElse(defaults.windowDays());
    int enterpriseWindowDays = enterpriseWindow.orElse(defaults.enterpriseWindowDays());
    BigDecimal threshold =
        rules
            .getUnlessNull("enterpriseAcvThreshold")
            .flatMap(
                n -> YamlValues.nonNegativeDecimal(n, "rules.enterpriseAcvThreshold", problems))
            .orElse(defaults.enterpriseAcvThreshold());
    double halfLifeDays =
        rules
            .get("halfLifeDays")
            .flatMap(n -> YamlValues.positiveDecimal(n, "rules.halfLifeDays", problems))
            .map(BigDecimal::doubleValue)
            .orElse(defaults.halfLifeDays());
    boolean excludeExisting =
        rules
            .get("excludeExistingCustomers")
            .flatMap(n -> YamlValues.bool(n, "rules.excludeExistingCustomers", problems))
            .orElse(defaults.excludeExistingCustomers());
    Set<String> allowDomains =
        rules.getUnlessNull("selfReferralAllowDomains").map(this::domains).orElse(Set.of());

    // Only compare windows that were read correctly (or defaulted): a bad value is already
    // reported. Without a threshold no deal is enterprise (DESIGN 4.2), so the enterprise window
    // is never used and a long windowDays alone is valid.
    if (threshold != null
        && window.isPresent() == windowNode.isPresent()
        && enterpriseWindow.isPresent() == enterpriseNode.isPresent()) {
      checkWindows(rules, windowDays, enterpriseWindowDays);
    }
    return new AttributionRules(
        model,
        windowDays,
        enterpriseWindowDays,
        threshold,
        halfLifeDays,
        excludeExisting,
        allowDomains);
  }

  /**
   * An enterprise window shorter than the normal one would make big deals easier to lose credit on,
   * the opposite of its purpose (DESIGN 4.2), so it is reported. Compared on effective values: a
   * windowDays of 200 with the default enterpriseWindowDays of 180 is the same mistake.
   */
  private void checkWindows(YamlMap rules, int windowDays, int enterpriseWindowDays) {
    if (enterpriseWindowDays >= windowDays) {
      return;
    }
    Node at = rules.get("enterpriseWindowDays").or(() -> rules.get("windowDays")).orElseThrow();
    problems.at(
        at,
        "rules.enterpriseWindowDays ("
            + enterpriseWindowDays
            + ") is shorter than rules.windowDays ("
            + windowDays
            + "), so enterprise deals would get a shorter attribution window",
        "set enterpriseWindowDays to at least windowDays");
  }

  private Set<String> domains(Node node) {
    String path = "rules.selfReferralAllowDomains";
    Set<String> domains = new LinkedHashSet<>();
    YamlValues.sequence(node, path, "[certified-agency.com]", problems)
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                // Compared against lower-cased registrable domains (DESIGN 3).
                YamlValues.text(items.get(i), path + "[" + i + "]", problems)
                    .map(d -> d.toLowerCase(Locale.ROOT))
                    .ifPresent(domains::add);
              }
            });
    return domains;
  }
}

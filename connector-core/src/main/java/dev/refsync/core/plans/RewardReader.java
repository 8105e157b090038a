package dev.refsync.core.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a plan's {@code reward} (DESIGN 5): one mapping whose {@code type} decides its keys. */
final class RewardReader {
  /** The reward types as written in YAML, with the keys each accepts. */
  enum RewardType {
    FLAT(List.of("type", "amount")),
    PERCENT_OF_FIRST_YEAR_ACV(List.of("type", "percent", "cap")),
    RECURRING_PERCENT(List.of("type", "percent", "months", "cap")),
    TIERED(List.of("type", "basis", "tiers", "months", "cap"));

    private final List<String> keys;

    RewardType(List<String> keys) {
      this.keys = keys;
    }
  }

  private static final String EXAMPLE = "{type: PERCENT_OF_FIRST_YEAR_ACV, percent: 10, cap: 5000}";
  private static final List<String> ALL_KEYS =
      List.of("type", "amount", "percent", "basis", "tiers", "months", "cap");
  private static final List<String> TIER_KEYS = List.of("fromConversion", "percent");

  private final Problems problems;

  RewardReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Reward> read(Node node, String path) {
    Optional<YamlMap> found = YamlMap.of(node, path, EXAMPLE, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap reward = found.get();
    Optional<RewardType> type =
        reward
            .required("type", "write the reward type, e.g. " + EXAMPLE)
            .flatMap(n -> YamlValues.enumValue(n, reward.path("type"), RewardType.class, problems));
    // Without a valid type the keys can only be checked against those of any reward type.
    reward.rejectUnknown(type.map(t -> t.keys).orElse(ALL_KEYS));
    return type.flatMap(t -> readTyped(t, reward));
  }

  private Optional<Reward> readTyped(RewardType type, YamlMap reward) {
    return switch (type) {
      case FLAT -> amount(reward).map(Reward.Flat::new);
      case PERCENT_OF_FIRST_YEAR_ACV -> {
        Optional<BigDecimal> percent = percent(reward);
        BigDecimal cap = cap(reward);
        yield percent.map(p -> new Reward.PercentOfFirstYearAcv(p, cap));
      }
      case RECURRING_PERCENT -> {
        Optional<BigDecimal> percent = percent(reward);
        Integer months = months(reward);
        BigDecimal cap = cap(reward);
        yield percent.map(p -> new Reward.RecurringPercent(p, months, cap));
      }
      case TIERED -> tiered(reward);
    };
  }

  private Optional<Reward> tiered(YamlMap reward) {
    Optional<Reward.Basis> basis =
        reward
            .required("basis", "write basis: ACV (one-time, on the deal) or PAYMENTS (recurring)")
            .flatMap(
                n -> YamlValues.enumValue(n, reward.path("basis"), Reward.Basis.class, problems));
    Optional<List<Reward.Tier>> tiers =
        reward
            .required("tiers", "write tiers: [{fromConversion: 1, percent: 10}]")
            .flatMap(n -> tiers(n, reward.path("tiers")));
    Integer months = months(reward);
    if (basis.isPresent() && basis.get() == Reward.Basis.ACV) {
      reward
          .get("months")
          .ifPresent(
              n ->
                  problems.at(
                      n,
                      reward.path("months") + " only applies to basis PAYMENTS",
                      "remove months, or use basis: PAYMENTS for a recurring reward"));
    }
    BigDecimal cap = cap(reward);
    if (basis.isEmpty() || tiers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Reward.Tiered(tiers.get(), basis.get(), months, cap));
  }

  /** The tiers: non-empty, the first from conversion 1, strictly ascending (DESIGN 5). */
  private Optional<List<Reward.Tier>> tiers(Node node, String path) {
    Optional<List<Node>> items =
        YamlValues.sequence(node, path, "[{fromConversion: 1, percent: 10}]", problems);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      problems.at(node, path + " is empty", "add at least {fromConversion: 1, percent: N}");
      return Optional.empty();
    }
    int before = problems.count();
    List<Reward.Tier> tiers = new ArrayList<>();
    Integer previous = null;
    for (int i = 0; i < items.get().size(); i++) {
      Node item = items.get().get(i);
      String itemPath = path + "[" + i + "]";
      Optional<YamlMap> found =
          YamlMap.of(item, itemPath, "{fromConversion: 1, percent: 10}", problems);
      if (found.isEmpty()) {
        continue;
      }
      YamlMap tier = found.get();
      tier.rejectUnknown(TIER_KEYS);
      Optional<Node> fromNode =
          tier.required("fromConversion", "write the conversion count this tier starts at");
      Optional<Integer> from =
          fromNode.flatMap(n -> YamlValues.positiveInt(n, tier.path("fromConversion"), problems));
      Optional<BigDecimal> percent =
          tier.required("percent", "write the percentage of this tier")
              .flatMap(n -> YamlValues.percent(n, tier.path("percent"), problems));
      if (from.isPresent()) {
        checkOrder(i, from.get(), previous, fromNode.get(), tier.path("fromConversion"));
        previous = from.get();
      }
      if (from.isPresent() && percent.isPresent()) {
        tiers.add(new Reward.Tier(from.get(), percent.get()));
      }
    }
    return problems.count() == before ? Optional.of(tiers) : Optional.empty();
  }

  private void checkOrder(int index, int from, Integer previous, Node at, String path) {
    if (index == 0 && from != 1) {
      problems.at(
          at,
          path + " of the first tier is " + from + ", but the first tier must start at 1",
          "start the first tier at fromConversion: 1 so every conversion has a percent");
    } else if (previous != null && from <= previous) {
      problems.at(
          at,
          path + " is " + from + ", not above the previous tier's " + previous,
          "list tiers in strictly ascending fromConversion order");
    }
  }

  private Optional<BigDecimal> amount(YamlMap reward) {
    return reward
        .required("amount", "write the amount paid once, e.g. amount: 1000")
        .flatMap(n -> YamlValues.nonNegativeDecimal(n, reward.path("amount"), problems));
  }

  private Optional<BigDecimal> percent(YamlMap reward) {
    return reward
        .required("percent", "write the percentage, e.g. percent: 10 for 10 %")
        .flatMap(n -> YamlValues.percent(n, reward.path("percent"), problems));
  }

  private Integer months(YamlMap reward) {
    return reward
        .getUnlessNull("months")
        .flatMap(n -> YamlValues.positiveInt(n, reward.path("months"), problems))
        .orElse(null);
  }

  private BigDecimal cap(YamlMap reward) {
    return reward
        .getUnlessNull("cap")
        .flatMap(n -> YamlValues.nonNegativeDecimal(n, reward.path("cap"), problems))
        .orElse(null);
  }
}

package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.AttributionRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of DESIGN 4.3 over random inputs. */
class AttributionProperties {

  private static AttributionRules rules(AttributionModel model, double halfLifeDays) {
    return new AttributionRules(model, 90, 180, null, halfLifeDays, false, Set.of());
  }

  @Property
  void sharesHaveSixPlacesArePositiveAndSumToExactlyOne(
      @ForAll AttributionModel model,
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 90 * 24 * 60) Integer> ages,
      @ForAll @DoubleRange(min = 0.01, max = 400) double halfLifeDays) {
    // Every referral matches the account by domain, submitted `age` minutes before the close;
    // repeated ages make ties on submittedAt.
    Instant closedAt = day(100);
    Scenario scenario = new Scenario().partner("p1").account("A1", "acme.com");
    for (int i = 0; i < ages.size(); i++) {
      scenario.referral(
          "r" + i,
          "p1",
          closedAt.minus(Duration.ofMinutes(ages.get(i))),
          r -> r.domain("acme.com"));
    }
    scenario.wonDeal("d1", "A1", closedAt);

    AttributionResult result = scenario.attribute(rules(model, halfLifeDays));

    List<Credit> credits = Scenario.attributionOf(result, "d1").credits();
    assertThat(credits).isNotEmpty();
    assertThat(credits)
        .allSatisfy(
            c -> {
              assertThat(c.share().scale()).isEqualTo(6);
              assertThat(c.share().signum()).isPositive();
            });
    assertThat(credits.stream().map(Credit::share).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("1.000000"));
    assertThat(credits).isSortedAccordingTo(ShareAllocator.CREDIT_ORDER);
    if (model == AttributionModel.LAST_REFERRAL || model == AttributionModel.FIRST_REFERRAL) {
      assertThat(credits).hasSize(1);
    }
    if (model == AttributionModel.SPLIT_EVEN) {
      assertThat(credits).hasSize(ages.size());
    }
  }

  @Property
  void theSameRecordsInAnyOrderGiveTheSameResult(
      @ForAll long seed, @ForAll AttributionModel model) {
    CanonicalDataset data = randomDataset(new Random(seed));
    Random shuffler = new Random(~seed);
    CanonicalDataset shuffled =
        new CanonicalDataset(
            shuffle(data.referrers(), shuffler),
            shuffle(data.referrals(), shuffler),
            shuffle(data.accounts(), shuffler),
            shuffle(data.contacts(), shuffler),
            shuffle(data.deals(), shuffler),
            List.of(),
            List.of(),
            List.of());
    AttributionEngine engine = new AttributionEngine(rules(model, 30), Scenario.DOMAINS);
    Instant asOf = day(200);

    AttributionResult first = engine.attribute(data, asOf);
    AttributionResult second = engine.attribute(shuffled, asOf);

    assertThat(second).isEqualTo(first);
    assertThat(first.attributions())
        .extracting(Attribution::dealId)
        .isSorted()
        .doesNotHaveDuplicates();
  }

  /** A few accounts, referrers and deals, with referrals matching in every way, some rejected. */
  private static CanonicalDataset randomDataset(Random random) {
    Scenario s = new Scenario();
    int accounts = 1 + random.nextInt(5);
    for (int a = 0; a < accounts; a++) {
      s.account("A" + a, "company" + a + ".com");
      s.contact("c" + a, "A" + a, "buyer" + a + "@company" + a + ".com");
      s.contact("g" + a, "A" + a, "person" + a + "@gmail.com");
    }
    for (int p = 0; p < 4; p++) {
      // p0 works at company0: its referrals to A0 are self-referrals.
      s.referrer("p" + p, p == 0 ? "p0@company0.com" : "p" + p + "@agency.com", null);
    }
    int referrals = random.nextInt(40);
    for (int r = 0; r < referrals; r++) {
      int a = random.nextInt(accounts);
      int how = random.nextInt(5);
      s.referral(
          "r" + r,
          "p" + random.nextInt(4),
          day(random.nextInt(150)),
          spec -> {
            switch (how) {
              case 0 -> spec.account("A" + a);
              case 1 -> spec.email("buyer" + a + "@company" + a + ".com");
              case 2 -> spec.email("person" + a + "@gmail.com");
              case 3 -> spec.domain("www.company" + a + ".com");
              default -> spec.email("new" + a + "@sub.company" + a + ".com");
            }
          });
    }
    int deals = random.nextInt(15);
    for (int d = 0; d < deals; d++) {
      s.wonDeal("d" + d, "A" + random.nextInt(accounts), day(random.nextInt(220)));
    }
    return s.dataset();
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}

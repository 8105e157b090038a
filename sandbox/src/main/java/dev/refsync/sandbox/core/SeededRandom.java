package dev.refsync.sandbox.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic data for seeding: the same seed gives the same companies, people and amounts on
 * every run and machine, so a failing test or a demo can be reproduced exactly.
 */
public final class SeededRandom {

  private static final List<String> WORDS =
      List.of(
          "acme",
          "globex",
          "initech",
          "umbrella",
          "hooli",
          "stark",
          "wayne",
          "wonka",
          "tyrell",
          "cyberdyne",
          "soylent",
          "aperture",
          "vandelay",
          "dunder",
          "pied",
          "massive",
          "oscorp",
          "gringotts",
          "monarch",
          "nakatomi");
  private static final List<String> FIRST_NAMES =
      List.of(
          "Ada",
          "Grace",
          "Alan",
          "Edsger",
          "Barbara",
          "Donald",
          "Frances",
          "Ken",
          "Margaret",
          "Dennis",
          "Radia",
          "Leslie",
          "Niklaus",
          "Sophie",
          "Tim",
          "Hedy");
  private static final List<String> LAST_NAMES =
      List.of(
          "Lovelace",
          "Hopper",
          "Turing",
          "Dijkstra",
          "Liskov",
          "Knuth",
          "Allen",
          "Thompson",
          "Hamilton",
          "Ritchie",
          "Perlman",
          "Lamport",
          "Wirth",
          "Wilson",
          "Berners-Lee",
          "Lamarr");

  private final Random random;

  public SeededRandom(long seed) {
    this.random = new Random(seed);
  }

  public int between(int minInclusive, int maxInclusive) {
    return minInclusive + random.nextInt(maxInclusive - minInclusive + 1);
  }

  /** Shuffles the list in place, deterministically for this seed. */
  public void shuffle(List<?> values) {
    Collections.shuffle(values, random);
  }

  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public String word() {
    return pick(WORDS);
  }

  public String firstName() {
    return pick(FIRST_NAMES);
  }

  public String lastName() {
    return pick(LAST_NAMES);
  }

  /** A money amount with {@code scale} decimals, drawn uniformly in whole minor units. */
  public BigDecimal amount(long minMajor, long maxMajor, int scale) {
    long unit = BigDecimal.TEN.pow(scale).longValueExact();
    long minor = minMajor * unit + (long) (random.nextDouble() * (maxMajor - minMajor) * unit);
    return BigDecimal.valueOf(minor, scale).setScale(scale, RoundingMode.UNNECESSARY);
  }
}

package dev.refsync.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN 4.3: shares to six decimal places that always sum to exactly 1. */
class ShareAllocatorTest {

  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

  private static Candidate candidate(String id, Instant submittedAt) {
    Referrer referrer = new Referrer("p-" + id, ReferrerType.CUSTOMER, null, null, null, null);
    Referral referral =
        new Referral(id, referrer.id(), null, null, null, "A1", Channel.FORM, submittedAt, null);
    return new Candidate(referral, referrer, List.of(), null);
  }

  private static BigDecimal sum(List<Credit> credits) {
    return credits.stream().map(Credit::share).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void aLoneCandidateTakesTheWholeShareWhateverItsWeight() {
    for (String weight : List.of("0.0473661", "1", "7.50", "0.000000001")) {
      List<Credit> credits =
          ShareAllocator.allocate(List.of(candidate("a", T)), List.of(new BigDecimal(weight)));

      assertThat(credits)
          .extracting(Credit::referralId, c -> c.share().toPlainString())
          .containsExactly(tuple("a", "1.000000"));
    }
  }

  @Test
  void theResidualGoesToTheLargestUnroundedShare() {
    // Weights 1, 1, 1.0000001: c is (barely) the largest and takes the residual.
    List<Candidate> candidates = List.of(candidate("a", T), candidate("b", T), candidate("c", T));
    List<Credit> credits =
        ShareAllocator.allocate(
            candidates, List.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.0000001")));

    assertThat(credits)
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("c", "0.333334"), tuple("a", "0.333333"), tuple("b", "0.333333"));
  }

  @Test
  void aNegativeResidualIsTakenFromTheLargestShare() {
    // 0.9999986, 0.0000007, 0.0000007 round to 0.999999, 0.000001, 0.000001: 1.000001 in all, so
    // the largest gives back 0.000001.
    List<Candidate> candidates =
        List.of(candidate("big", T), candidate("s1", T), candidate("s2", T));
    List<Credit> credits =
        ShareAllocator.allocate(
            candidates,
            List.of(
                new BigDecimal("0.9999986"),
                new BigDecimal("0.0000007"),
                new BigDecimal("0.0000007")));

    assertThat(credits)
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(
            tuple("big", "0.999998"), tuple("s1", "0.000001"), tuple("s2", "0.000001"));
  }

  @Test
  void sharesThatRoundToZeroAreDroppedBeforeTheResidual() {
    List<Candidate> candidates = List.of(candidate("a", T), candidate("tiny", T));
    List<Credit> credits =
        ShareAllocator.allocate(candidates, List.of(BigDecimal.ONE, new BigDecimal("0.0000004")));

    assertThat(credits)
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("a", "1.000000"));
  }

  @Test
  void manyNearEqualSharesStillSumToOneWithEveryShareAboveZero() {
    // 1,800 even shares: 1/1800 = 0.000555…, rounded up to 0.000556 each, 0.0008 too much in all —
    // more than the largest share itself, so it is taken back a millionth at a time.
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 1800; i++) {
      candidates.add(candidate(String.format("r%04d", i), T));
    }
    List<Credit> credits =
        ShareAllocator.allocate(candidates, Collections.nCopies(1800, BigDecimal.ONE));

    assertThat(sum(credits)).isEqualTo(new BigDecimal("1.000000"));
    assertThat(credits).allSatisfy(c -> assertThat(c.share().signum()).isPositive());
    assertThat(credits).allSatisfy(c -> assertThat(c.share().scale()).isEqualTo(6));
    assertThat(credits).hasSize(1800);
  }

  @Test
  void refusesWeightsThatDoNotMatchTheCandidates() {
    List<Candidate> candidates = List.of(candidate("a", T));

    assertThatThrownBy(() -> ShareAllocator.allocate(candidates, List.of(BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShareAllocator.allocate(candidates, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    List<Candidate> two = List.of(candidate("a", T), candidate("b", T));
    assertThatThrownBy(
            () -> ShareAllocator.allocate(two, List.of(new BigDecimal("2"), new BigDecimal("-1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.refsync.core.attribution;

import dev.refsync.core.model.Deal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * LAST_REFERRAL and FIRST_REFERRAL (DESIGN 4.3): one candidate takes the whole credit. Ties on
 * {@code submittedAt} go to the smaller referral id in both models.
 */
final class SingleWinnerWeighting implements CreditWeighting {
  private final Comparator<Candidate> winnerFirst;
  private final String modelSentence;

  private SingleWinnerWeighting(Comparator<Candidate> winnerFirst, String modelSentence) {
    this.winnerFirst = winnerFirst;
    this.modelSentence = modelSentence;
  }

  static SingleWinnerWeighting lastReferral() {
    return new SingleWinnerWeighting(
        Candidate.PREFERENCE, "LAST_REFERRAL: the latest submitted referral takes the credit");
  }

  static SingleWinnerWeighting firstReferral() {
    return new SingleWinnerWeighting(
        Comparator.comparing((Candidate c) -> c.referral().submittedAt())
            .thenComparing(Candidate::id),
        "FIRST_REFERRAL: the earliest submitted referral takes the credit");
  }

  @Override
  public Weights weigh(Deal deal, List<Candidate> candidates) {
    Candidate winner = candidates.stream().min(winnerFirst).orElseThrow();
    boolean tied =
        candidates.stream()
            .anyMatch(
                c ->
                    c != winner
                        && c.referral().submittedAt().equals(winner.referral().submittedAt()));
    List<BigDecimal> weights = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      weights.add(c == winner ? BigDecimal.ONE : BigDecimal.ZERO);
    }
    String explanation =
        modelSentence
            + ": "
            + winner.id()
            + ", submitted at "
            + winner.referral().submittedAt()
            + (tied ? ", wins the tie on submission time by the smaller referral id." : ".");
    return new Weights(weights, explanation);
  }
}

package dev.refsync.core.attribution;

import dev.refsync.core.model.Deal;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** SPLIT_EVEN (DESIGN 4.3): each of the n candidates gets 1/n. */
final class SplitEvenWeighting implements CreditWeighting {
  @Override
  public Weights weigh(Deal deal, List<Candidate> candidates) {
    int n = candidates.size();
    return new Weights(
        Collections.nCopies(n, BigDecimal.ONE),
        "SPLIT_EVEN: the credit is split evenly among the " + n + " remaining candidates.");
  }
}

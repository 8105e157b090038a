package dev.refsync.core.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** The edit distance behind "did you mean" hints is a metric, and the hints stay plausible. */
class SuggestionsProperties {

  @Property
  void distanceToItselfIsZeroAndDistanceIsSymmetric(
      @ForAll @AlphaChars @StringLength(max = 20) String a,
      @ForAll @AlphaChars @StringLength(max = 20) String b) {
    assertThat(Suggestions.distance(a, a)).isZero();
    assertThat(Suggestions.distance(a, b)).isEqualTo(Suggestions.distance(b, a));
    assertThat(Suggestions.distance(a, b)).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
  }

  @Property
  void oneDeletedLetterIsStillSuggested(
      @ForAll @AlphaChars @StringLength(min = 4, max = 20) String word) {
    String typo = word.substring(1);

    assertThat(Suggestions.closest(typo, List.of(word))).contains(word);
  }

  @Example
  void unrelatedWordsAreNotSuggested() {
    assertThat(Suggestions.closest("currency", List.of("rules", "plans"))).isEmpty();
  }
}

package dev.refsync.mappings.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions for misspelt keys and names. */
final class Hints {
  private Hints() {}

  /** The closest candidate when it is plausibly a typo (edit distance at most a third). */
  static Optional<String> closest(String wrong, Collection<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .min(Comparator.comparingInt(c -> distance(w, c.toLowerCase(Locale.ROOT))))
        .filter(c -> distance(w, c.toLowerCase(Locale.ROOT)) <= Math.max(2, c.length() / 3));
  }

  /** "did you mean 'x'? allowed: a, b, c" or just the allowed list. */
  static String suggest(String wrong, Collection<String> candidates) {
    String allowed = "allowed: " + String.join(", ", candidates);
    return closest(wrong, candidates)
        .map(c -> "did you mean '" + c + "'? " + allowed)
        .orElse(allowed);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

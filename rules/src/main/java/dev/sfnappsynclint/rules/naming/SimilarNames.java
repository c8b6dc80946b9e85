package dev.sfnappsynclint.rules.naming;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user probably meant, for "did you mean" hints on typos. */
public final class SimilarNames {

  private SimilarNames() {}

  /**
   * The candidate closest to {@code written} by edit distance, if it is close enough to be a
   * typo (at most a third of the name, and at most 3 edits), else one that contains it or is
   * contained in it; ties go to the first candidate.
   */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.min(3, Math.max(1, written.length() / 3));
    for (String candidate : candidates) {
      if (candidate.equals(written)) {
        continue;
      }
      int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null && written.length() >= 3) {
      // A shortened or lengthened name ("Validate" for "ValidateOrder") is a typo too.
      String lower = written.toLowerCase(Locale.ROOT);
      for (String candidate : candidates) {
        String other = candidate.toLowerCase(Locale.ROOT);
        int difference = Math.abs(other.length() - lower.length());
        if ((other.contains(lower) || lower.contains(other)) && other.length() >= 3
            && difference < bestDistance) {
          best = candidate;
          bestDistance = difference;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** " Did you mean "X"?" or nothing. */
  public static String hint(String written, Collection<String> candidates) {
    return closest(written, candidates).map(name -> " Did you mean \"" + name + "\"?").orElse("");
  }

  /** Levenshtein distance, two rows of memory. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

package dev.sfnappsynclint.rules.naming;

import dev.sfnappsynclint.naming.EditDistance;
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
    int allowed = Math.min(MAX_EDITS, Math.max(1, written.length() / 3));
    // Lookups run once per finding over every name of a machine: on a machine with thousands
    // of misspelled names that is quadratic, so each lookup compares a bounded number of
    // candidates, those that start like the written name first (typos rarely hit the start).
    int budget = MAX_COMPARISONS;
    for (boolean sameStart : new boolean[] {true, false}) {
      for (String candidate : candidates) {
        if (budget == 0 || bestDistance == 0) {
          break;
        }
        if (Math.abs(candidate.length() - written.length()) > allowed
            || startsAlike(candidate, written) != sameStart || candidate.equals(written)) {
          continue;
        }
        budget--;
        int distance = EditDistance.ignoringCase(written, candidate, Math.min(allowed, bestDistance - 1));
        if (distance <= allowed && distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    if (best == null && written.length() >= 3 && written.length() <= MAX_CONTAINED_LENGTH) {
      // A shortened or lengthened name ("Validate" for "ValidateOrder") is a typo too.
      String lower = written.toLowerCase(Locale.ROOT);
      int containBudget = MAX_COMPARISONS * 4;
      for (String candidate : candidates) {
        if (candidate.length() < 3 || candidate.length() > MAX_CONTAINED_LENGTH) {
          continue;
        }
        if (containBudget-- == 0) {
          break;
        }
        String other = candidate.toLowerCase(Locale.ROOT);
        int difference = Math.abs(other.length() - lower.length());
        if (difference < bestDistance && (other.contains(lower) || lower.contains(other))) {
          best = candidate;
          bestDistance = difference;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean startsAlike(String a, String b) {
    return !a.isEmpty() && !b.isEmpty()
        && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
  }

  /** Candidates compared per lookup, at most. */
  private static final int MAX_COMPARISONS = 500;
  /** Typos are a few edits; more is another name. */
  private static final int MAX_EDITS = 3;
  /** Names longer than this are not compared by containment (no one types them). */
  private static final int MAX_CONTAINED_LENGTH = 200;

  /** " Did you mean "X"?" or nothing. */
  public static String hint(String written, Collection<String> candidates) {
    return closest(written, candidates).map(name -> " Did you mean \"" + name + "\"?").orElse("");
  }
}

package dev.sfnappsynclint.naming;

/**
 * Levenshtein edit distance, the one measure behind every "did you mean": state names, error
 * names, auth directives, schema file names.
 */
public final class EditDistance {

  private EditDistance() {}

  /** Levenshtein distance, ignoring case, two rows of memory. */
  public static int ignoringCase(String a, String b) {
    return ignoringCase(a, b, Math.max(a.length(), b.length()));
  }

  /**
   * Levenshtein distance ignoring case when it is at most {@code limit}, else {@code limit + 1}:
   * only the diagonal band of width {@code 2 × limit + 1} is computed, so the cost is
   * O(length × limit), not O(length²), for long names.
   */
  public static int ignoringCase(String a, String b, int limit) {
    if (limit < 0 || Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int over = limit + 1;
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j <= limit ? j : over;
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      current[0] = i <= limit ? i : over;
      if (from > 1) {
        current[from - 1] = over;
      }
      int rowMinimum = current[0];
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = from; j <= to; j++) {
        int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        int value = Math.min(previous[j - 1] + cost,
            Math.min(j < i + limit ? previous[j] + 1 : over, current[j - 1] + 1));
        current[j] = Math.min(value, over);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (to < b.length()) {
        current[to + 1] = over;
      }
      if (rowMinimum > limit) {
        return over;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], over);
  }
}

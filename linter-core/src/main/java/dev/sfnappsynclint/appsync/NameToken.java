package dev.sfnappsynclint.appsync;

/**
 * Finds a name token in GraphQL text. graphql-java gives where a node starts — a definition's
 * description or keyword, a directive's {@code @} — but not where its name is or where it ends;
 * findings point at the name, so that the range is the word the user typed.
 */
final class NameToken {

  /** How far past a node's start a name may be (a long description, then the keyword). */
  private static final int MAX_SCAN = 64 * 1024;

  private NameToken() {}

  /**
   * The offset of the first name token equal to {@code name} at or after {@code from}, skipping
   * strings, block strings and comments; -1 when there is none nearby.
   */
  static int find(String text, int from, String name) {
    return find(text, from, name, false);
  }

  /** As {@link #find(String, int, String)} for {@code @name}: the offset of its {@code @}. */
  static int findDirective(String text, int from, String name) {
    return find(text, from, name, true);
  }

  private static int find(String text, int from, String name, boolean directive) {
    int limit = (int) Math.min(text.length(), (long) from + MAX_SCAN);
    int i = Math.max(0, from);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < limit && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '"') {
        i = skipString(text, i, limit);
      } else if (isNameStart(c)) {
        int end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        if (end - i == name.length() && text.startsWith(name, i)) {
          if (!directive) {
            return i;
          }
          if (i > 0 && text.charAt(i - 1) == '@') {
            return i - 1;
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("extend", "type",
      "interface", "union", "enum", "input", "scalar", "directive");

  /**
   * The range {start, end} of the name of the node that starts at {@code from}: past its
   * description, comments and keywords ({@code extend type Post} gives {@code Post}); a
   * directive's range includes its {@code @}; {@code schema} is the schema definition's name.
   * Null when there is none nearby.
   */
  static int[] nodeName(String text, int from) {
    int limit = (int) Math.min(text.length(), (long) Math.max(0, from) + MAX_SCAN);
    int i = Math.max(0, from);
    boolean at = false;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < limit && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '"') {
        i = skipString(text, i, limit);
      } else if (c == '@') {
        at = true;
        i++;
      } else if (isNameStart(c)) {
        int end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        if (at) {
          return new int[] {i - 1, end};
        }
        if (KEYWORDS.contains(text.substring(i, end)) && nextIsName(text, end, limit)) {
          i = end;
          continue;
        }
        return new int[] {i, end};
      } else if (Character.isWhitespace(c) || c == ',' || c == '\uFEFF') {
        i++;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Whether a name or {@code @} follows (a keyword), not {@code :} or {@code (} (a field). */
  private static boolean nextIsName(String text, int from, int limit) {
    int i = from;
    while (i < limit && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i++;
    }
    return i < limit && (isNameStart(text.charAt(i)) || text.charAt(i) == '@');
  }

  private static int skipString(String text, int at, int limit) {
    if (text.startsWith("\"\"\"", at)) {
      int i = at + 3;
      while (i < limit) {
        if (text.charAt(i) == '\\' && text.startsWith("\\\"\"\"", i)) {
          i += 4;
        } else if (text.startsWith("\"\"\"", i)) {
          return i + 3;
        } else {
          i++;
        }
      }
      return limit;
    }
    int i = at + 1;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"' || c == '\n' || c == '\r') {
        return i + 1;
      } else {
        i++;
      }
    }
    return limit;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}

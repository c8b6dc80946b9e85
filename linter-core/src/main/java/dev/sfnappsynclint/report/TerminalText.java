package dev.sfnappsynclint.report;

/**
 * Text from linted files (state names, paths, messages that quote them) made safe for a
 * terminal or a CI log: control characters are written as escapes, so that no input can start
 * a new line — and with it a GitHub workflow command such as {@code ::error} or
 * {@code ::stop-commands} — move the cursor, change colours or reorder text.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * C0 controls except tab, DEL, C1 controls, Unicode line and paragraph separators and the
   * bidirectional overrides become {@code \n}, {@code \r} or {@code \\u001B}-style escapes;
   * everything else is unchanged.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static String replacement(char c) {
    if (c == '\t') {
      return null;
    }
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    boolean separator = c == '\u2028' || c == '\u2029';
    boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
    return control || separator || bidi ? String.format("\\u%04X", (int) c) : null;
  }
}

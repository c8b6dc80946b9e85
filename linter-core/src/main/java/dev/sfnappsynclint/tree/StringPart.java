package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;

/**
 * Where part of a string scalar's text is in its file, so that a finding about a path or a
 * function call can point at the offending characters rather than the whole string. Only when
 * the string is written on one line exactly as its text reads (a JSON string without escapes, a
 * plain or quoted YAML scalar without escapes); otherwise — escapes, folded YAML, a string inside
 * {@code DefinitionString}, a substituted placeholder — the whole node, which is never wrong.
 */
public final class StringPart {

  private StringPart() {}

  /** The location of characters {@code start} to {@code end} (exclusive) of the node's text. */
  public static Location locate(ScalarNode node, int start, int end) {
    Location whole = node.location();
    TextRange range = node.range();
    String text = node.text();
    if (start < 0 || end < start || end > text.length()
        || range.start().line() != range.end().line()) {
      return whole;
    }
    SourceFile source = node.source();
    LineIndex lines = source.lines();
    int from = lines.lineStart(range.start().line()) + range.start().column() - 1;
    int to = lines.lineStart(range.end().line()) + range.end().column() - 1;
    if (from < 0 || to > source.text().length() || from > to) {
      return whole;
    }
    String written = source.text().substring(from, to);
    int textStart;
    if (written.equals(text)) {
      textStart = from;
    } else if (written.length() == text.length() + 2
        && (written.charAt(0) == '"' || written.charAt(0) == '\'')
        && written.charAt(written.length() - 1) == written.charAt(0)
        && written.substring(1, written.length() - 1).equals(text)) {
      textStart = from + 1;
    } else {
      return whole;
    }
    // A place rather than a span (an empty part) is shown one character wide when it can be.
    int partEnd = end == start && end < text.length() ? end + 1 : end;
    return new Location(whole.path(), new TextRange(lines.position(textStart + start),
        lines.position(textStart + partEnd)), whole.anchor());
  }
}

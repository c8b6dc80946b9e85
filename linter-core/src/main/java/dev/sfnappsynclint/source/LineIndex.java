package dev.sfnappsynclint.source;

import java.util.Arrays;

/**
 * Maps character offsets of a text to lines and UTF-16 columns. Line breaks are {@code \n},
 * {@code \r\n} and a lone {@code \r}, as in JSON and YAML.
 */
public final class LineIndex {

  private final String text;
  private final int[] lineStarts;
  /** No character outside the Basic Multilingual Plane: code point columns are UTF-16 ones. */
  private final boolean onlyBmp;
  /** The 0-based line of the last position asked for. */
  private int lastLine;

  public LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    boolean surrogates = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      surrogates |= Character.isSurrogate(c);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.onlyBmp = !surrogates;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The position of a character offset (0-based; the text's length is allowed). */
  public Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    // Readers ask in text order: try the line of the last answer and the next one before
    // searching. A hint only, checked before use, so threads sharing the index cannot spoil it.
    int line = lastLine;
    if (!onLine(line, clamped)) {
      line = line + 1 < lineStarts.length && onLine(line + 1, clamped) ? line + 1 : search(clamped);
      lastLine = line;
    }
    return new Position(line + 1, clamped - lineStarts[line] + 1);
  }

  private boolean onLine(int line, int offset) {
    return line < lineStarts.length && lineStarts[line] <= offset
        && (line + 1 == lineStarts.length || offset < lineStarts[line + 1]);
  }

  private int search(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found : -found - 2;
  }

  /** The character offset of a 1-based line's first character. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
  }

  /**
   * The character offset of a place given as 0-based line and a column counted in code points,
   * as YAML parsers count; differs from the UTF-16 column only after characters outside the BMP.
   */
  public int offsetOfCodePointColumn(int zeroBasedLine, int codePointColumn) {
    int start = lineStart(zeroBasedLine + 1);
    if (onlyBmp) {
      // Every code point is one UTF-16 unit: no need to walk the line (a template's one-line
      // definition made that quadratic).
      return Math.min(text.length(), start + Math.max(0, codePointColumn));
    }
    try {
      return text.offsetByCodePoints(start, codePointColumn);
    } catch (IndexOutOfBoundsException e) {
      return Math.min(text.length(), start + codePointColumn);
    }
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }
}

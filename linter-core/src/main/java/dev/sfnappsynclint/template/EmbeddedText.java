package dev.sfnappsynclint.template;

import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Arrays;
import java.util.List;

/**
 * Text that was written inside a file — a JSON document in a {@code DefinitionString}, pieces of
 * an {@code Fn::Join} — with, for every character, the offset in the file where it was written.
 * Parsing the text with these offsets puts findings on the line the user edits, escapes,
 * indentation and all.
 *
 * @param offsets one file offset per character of {@code text} (where it starts), and one for
 *     its end
 * @param ends per character, the file offset just past it (an escape sequence such as
 *     {@code \"} is two characters of the file for one of the text)
 */
public record EmbeddedText(SourceFile file, String text, int[] offsets, int[] ends) {

  public EmbeddedText {
    if (offsets.length != text.length() + 1 || ends.length != text.length() + 1) {
      throw new IllegalArgumentException("one offset per character and one for the end");
    }
  }

  private EmbeddedText(SourceFile file, String text, int[] offsets) {
    this(file, text, offsets, nextCharacter(offsets));
  }

  private static int[] nextCharacter(int[] offsets) {
    int[] ends = new int[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      ends[i] = offsets[i] + 1;
    }
    return ends;
  }

  /** A whole file, each character at its own offset. */
  public static EmbeddedText whole(SourceFile file) {
    int[] offsets = new int[file.text().length() + 1];
    Arrays.setAll(offsets, i -> i);
    return new EmbeddedText(file, file.text(), offsets);
  }

  /** Text the linter stands in for something it cannot evaluate; all of it maps to one place. */
  public static EmbeddedText opaque(SourceFile file, String text, int offset) {
    int[] offsets = new int[text.length() + 1];
    Arrays.fill(offsets, offset);
    return new EmbeddedText(file, text, offsets);
  }

  /** The decoded value of a string scalar, mapped back through its quotes and escapes. */
  public static EmbeddedText of(ScalarNode node) {
    SourceFile file = node.source();
    String raw = file.text();
    int start = offset(file.lines(), node.range().start());
    int end = Math.max(start, offset(file.lines(), node.range().end()));
    String value = node.text();
    if (start < raw.length() && raw.charAt(start) == '"') {
      int[][] exact = jsonString(raw, start, value);
      if (exact != null) {
        return new EmbeddedText(file, value, exact[0], exact[1]);
      }
    }
    return new EmbeddedText(file, value, aligned(raw, start, Math.min(end, raw.length()), value));
  }

  public static EmbeddedText concat(SourceFile file, List<EmbeddedText> parts) {
    StringBuilder text = new StringBuilder();
    int total = parts.stream().mapToInt(p -> p.text().length()).sum();
    int[] offsets = new int[total + 1];
    int[] ends = new int[total + 1];
    int at = 0;
    for (EmbeddedText part : parts) {
      text.append(part.text());
      System.arraycopy(part.offsets(), 0, offsets, at, part.text().length());
      System.arraycopy(part.ends(), 0, ends, at, part.text().length());
      at += part.text().length();
    }
    EmbeddedText last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    offsets[total] = last == null ? 0 : last.offsets()[last.text().length()];
    ends[total] = last == null ? 0 : last.ends()[last.text().length()];
    return new EmbeddedText(file, text.toString(), offsets, ends);
  }

  /**
   * The same text with every {@code ${Name}} that stands outside a JSON string put in quotes,
   * so that {@code "MaxAttempts": ${Retries}} parses; the placeholder stays an opaque value.
   */
  public EmbeddedText withBarePlaceholdersQuoted() {
    if (!text.contains("${")) {
      return this;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    IntList starts = new IntList(text.length() + 16);
    IntList stops = new IntList(text.length() + 16);
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\' && i + 1 < text.length()) {
          out.append(c).append(text.charAt(i + 1));
          starts.add(offsets[i]);
          stops.add(ends[i]);
          starts.add(offsets[i + 1]);
          stops.add(ends[i + 1]);
          i++;
          continue;
        }
        if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i);
        if (close > 0) {
          // The added quotes take no room in the file.
          out.append('"');
          starts.add(offsets[i]);
          stops.add(offsets[i]);
          for (int k = i; k <= close; k++) {
            out.append(text.charAt(k));
            starts.add(offsets[k]);
            stops.add(ends[k]);
          }
          out.append('"');
          starts.add(ends[close]);
          stops.add(ends[close]);
          i = close;
          continue;
        }
      }
      out.append(c);
      starts.add(offsets[i]);
      stops.add(ends[i]);
    }
    starts.add(offsets[text.length()]);
    stops.add(ends[text.length()]);
    return new EmbeddedText(file, out.toString(), starts.toArray(), stops.toArray());
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
      values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  static int offset(LineIndex lines, Position position) {
    return lines.lineStart(position.line()) + position.column() - 1;
  }

  /**
   * Exact start and end offsets for a JSON string literal starting at {@code start}; null if it
   * is not one.
   */
  private static int[][] jsonString(String raw, int start, String value) {
    int[] offsets = new int[value.length() + 1];
    int[] ends = new int[value.length() + 1];
    StringBuilder decoded = new StringBuilder(value.length());
    int i = start + 1;
    while (i < raw.length() && raw.charAt(i) != '"') {
      if (decoded.length() >= value.length()) {
        return null;
      }
      char c = raw.charAt(i);
      int at = decoded.length();
      offsets[at] = i;
      if (c != '\\') {
        decoded.append(c);
        i++;
        ends[at] = i;
        continue;
      }
      if (i + 1 >= raw.length()) {
        return null;
      }
      char escape = raw.charAt(i + 1);
      switch (escape) {
        case 'n' -> decoded.append('\n');
        case 't' -> decoded.append('\t');
        case 'r' -> decoded.append('\r');
        case 'b' -> decoded.append('\b');
        case 'f' -> decoded.append('\f');
        case 'u' -> {
          if (i + 6 > raw.length()) {
            return null;
          }
          try {
            decoded.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
          } catch (NumberFormatException e) {
            return null;
          }
          i += 4;
        }
        default -> decoded.append(escape);
      }
      i += 2;
      ends[at] = i;
    }
    if (!decoded.toString().equals(value)) {
      return null;
    }
    offsets[value.length()] = i;
    ends[value.length()] = i;
    return new int[][] {offsets, ends};
  }

  /**
   * Offsets for a YAML scalar by walking its source alongside its value: each character of the
   * value is found in the source, skipping only what YAML adds around text (indentation, line
   * breaks, quotes, escapes, a block indicator line). Exact for plain, quoted and block scalars
   * without escape sequences; close (the right line) otherwise.
   */
  private static int[] aligned(String raw, int start, int end, String value) {
    int p = start;
    if (p < end && raw.charAt(p) == '!') {
      while (p < end && !Character.isWhitespace(raw.charAt(p))) {
        p++;
      }
      while (p < end && (raw.charAt(p) == ' ' || raw.charAt(p) == '\t')) {
        p++;
      }
    }
    if (p < end && (raw.charAt(p) == '|' || raw.charAt(p) == '>')) {
      while (p < end && raw.charAt(p) != '\n' && raw.charAt(p) != '\r') {
        p++;
      }
    } else if (p < end && (raw.charAt(p) == '"' || raw.charAt(p) == '\'')) {
      p++;
    }
    int[] offsets = new int[value.length() + 1];
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      int q = p;
      while (q < end && raw.charAt(q) != c && skippable(raw.charAt(q))) {
        q++;
      }
      if (q < end && raw.charAt(q) == c) {
        offsets[k] = q;
        p = q + 1;
      } else {
        offsets[k] = Math.min(p, Math.max(start, end - 1));
      }
    }
    offsets[value.length()] = p;
    return offsets;
  }

  private static boolean skippable(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\' || c == '\'';
  }
}

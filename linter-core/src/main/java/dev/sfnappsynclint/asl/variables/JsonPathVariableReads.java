package dev.sfnappsynclint.asl.variables;

import java.util.ArrayList;
import java.util.List;

/**
 * The workflow variables a JSONPath-state value reads: a path that starts with {@code $name}
 * ({@code $order.id}) and every {@code $name} argument of an intrinsic function
 * ({@code States.Format('{}', $order.id)}).
 *
 * <p>A scan, not a parser: it is the one place that reads variable names out of JSONPath text,
 * so that a real path and intrinsic parser can replace it.
 */
public final class JsonPathVariableReads {

  /** One {@code $name} in the text, at {@code offset} (of the {@code $}). */
  public record Read(String name, int offset) {
  }

  private JsonPathVariableReads() {
  }

  /** The variables a path or intrinsic function call reads, in order. */
  public static List<Read> in(String text) {
    if (text.startsWith("States.")) {
      return inIntrinsic(text);
    }
    if (text.length() > 1 && text.charAt(0) == '$' && isNameStart(text.charAt(1))) {
      return List.of(new Read(name(text, 1), 0));
    }
    return List.of();
  }

  private static List<Read> inIntrinsic(String text) {
    List<Read> reads = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'') {
        i++;
        while (i < n && text.charAt(i) != '\'') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '$') {
        if (i + 1 < n && text.charAt(i + 1) == '$') {
          i += 2;
        } else if (i + 1 < n && isNameStart(text.charAt(i + 1))
            && (i == 0 || !isNamePart(text.charAt(i - 1)))) {
          String name = name(text, i + 1);
          reads.add(new Read(name, i));
          i += name.length() + 1;
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    return reads;
  }

  private static String name(String text, int from) {
    int end = from;
    while (end < text.length() && isNamePart(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}

package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places where a JSONPath state reads its input: paths such as {@code $.order.id} written in
 * {@code InputPath}, {@code ItemsPath}, {@code ErrorPath}, {@code CausePath},
 * {@code SecondsPath}, {@code TimeoutSecondsPath}, ..., in the {@code *.$} values of
 * {@code Parameters} and {@code ItemSelector} (also inside intrinsic functions), and in the
 * {@code Variable} and {@code *Path} comparisons of Choice rules.
 *
 * <p>Context paths ({@code $$.Execution.Input}) and variables ({@code $name}) are not the state
 * input and are not read here. Neither are {@code ResultSelector} (it reads the task's result),
 * {@code ResultPath} (it writes), {@code Assign}, nor nested Parallel branches and Map item
 * processors, which are scopes of their own.
 */
final class InputReads {

  /** One path into the state input: where it is written and its first field, if any. */
  record Read(ScalarNode node, String path, Optional<String> firstField) {

    /** Reads the whole input ({@code $}) or below one of these top-level fields. */
    boolean isWithin(Set<String> fields) {
      return firstField.isEmpty() || fields.contains(firstField.get());
    }
  }

  /** Top-level fields that are not read from the state input, or not by the state itself. */
  private static final Set<String> NOT_READ = Set.of("Type", "Comment", "Next", "End", "Default",
      "Resource", "ResultPath", "OutputPath", "ResultSelector", "Result", "Retry", "Catch",
      "Branches", "ItemProcessor", "Iterator", "Assign", "QueryLanguage", "Credentials");

  private InputReads() {}

  /**
   * Every read of the state's input, in document order; with {@code outputPath}, also the
   * state's {@code OutputPath} (which reads the input when the state passes its input on).
   */
  static List<Read> of(ObjectNode state, boolean outputPath) {
    List<Read> reads = new ArrayList<>();
    Deque<Member> pending = new ArrayDeque<>();
    List<Member> top = state.members();
    for (int i = top.size() - 1; i >= 0; i--) {
      Member member = top.get(i);
      if (!NOT_READ.contains(member.name())
          || (outputPath && member.name().equals("OutputPath"))) {
        pending.push(member);
      }
    }
    while (!pending.isEmpty()) {
      Member member = pending.pop();
      String key = member.name();
      Node value = member.value();
      if (value instanceof ScalarNode scalar && value.isString()) {
        if (key.endsWith(".$")) {
          scan(scalar, reads);
        } else if (key.endsWith("Path") || key.equals("Variable")) {
          if (!key.equals("ResultPath")) {
            scan(scalar, reads);
          }
        }
      } else if (value instanceof ObjectNode object) {
        List<Member> members = object.members();
        for (int i = members.size() - 1; i >= 0; i--) {
          pending.push(members.get(i));
        }
      } else if (value instanceof ArrayNode array) {
        // Choices, And, Or: arrays of rule objects.
        List<Node> elements = array.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
          if (elements.get(i) instanceof ObjectNode object) {
            List<Member> members = object.members();
            for (int j = members.size() - 1; j >= 0; j--) {
              pending.push(members.get(j));
            }
          }
        }
      }
    }
    return reads;
  }

  /**
   * Finds the input paths in a path or intrinsic function: each {@code $} that starts neither a
   * context path ({@code $$}), a variable ({@code $name}) nor a placeholder ({@code ${Name}}).
   * Text in single quotes (the literal arguments of intrinsic functions) is skipped.
   */
  static void scan(ScalarNode node, List<Read> reads) {
    String text = node.text();
    boolean intrinsic = text.startsWith("States.");
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (intrinsic && c == '\'') {
        i = skipQuoted(text, i);
        continue;
      }
      if (c != '$') {
        i++;
        continue;
      }
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      if (next == '$' || next == '{' || Character.isLetter(next) || next == '_') {
        // Context object, placeholder or variable: skip its name.
        i += 2;
        while (i < text.length() && isNameChar(text.charAt(i))) {
          i++;
        }
        continue;
      }
      int start = i;
      i++;
      Optional<String> first = Optional.empty();
      boolean firstSegment = true;
      while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '[')) {
        String segment;
        if (text.charAt(i) == '.') {
          int from = ++i;
          if (i < text.length() && text.charAt(i) == '.') {
            segment = "..";  // recursive descent: reads anything
          } else {
            while (i < text.length() && isFieldChar(text.charAt(i))) {
              i++;
            }
            segment = text.substring(from, i);
          }
        } else {
          int close = text.indexOf(']', i);
          int end = close < 0 ? text.length() : close;
          segment = unquote(text.substring(i + 1, end));
          i = close < 0 ? text.length() : close + 1;
        }
        if (firstSegment) {
          first = Optional.of(segment);
          firstSegment = false;
        }
        if (segment.equals("..")) {
          break;
        }
      }
      reads.add(new Read(node, text.substring(start, Math.min(i, text.length())), first));
    }
  }

  private static int skipQuoted(String text, int open) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private static String unquote(String segment) {
    String s = segment.strip();
    if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '{' || c == '}'
        || c == ':' || c == '-';
  }

  private static boolean isFieldChar(char c) {
    return c != '.' && c != '[' && c != ',' && c != ')' && c != '\'' && c != '"'
        && !Character.isWhitespace(c);
  }
}

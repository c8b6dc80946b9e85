package dev.sfnappsynclint.asl.intrinsic;

import dev.sfnappsynclint.asl.path.JsonPath;
import java.util.List;

/**
 * One argument of an intrinsic function call, with its offsets in the text the call was read
 * from ({@code end} exclusive).
 */
public sealed interface IntrinsicArgument
    permits IntrinsicArgument.Literal, IntrinsicArgument.PathArgument, IntrinsicCall {

  int start();

  int end();

  /** What kind of value it is, as a user would say it. */
  String description();

  /** The kinds of literal argument. */
  enum LiteralKind { STRING, NUMBER, BOOLEAN, NULL }

  /**
   * A literal: a single-quoted string, a number, {@code true}, {@code false} or {@code null}.
   *
   * @param value the string with its escapes resolved; the number, boolean or null as written
   * @param raw the text as written (for a string, between the quotes, escapes kept)
   */
  record Literal(LiteralKind kind, String value, String raw, int start, int end)
      implements IntrinsicArgument {

    @Override
    public String description() {
      return switch (kind) {
        case STRING -> "the string '" + raw + "'";
        case NUMBER -> "the number " + value;
        case BOOLEAN -> "the boolean " + value;
        case NULL -> "null";
      };
    }

    /** A number without fraction or exponent. */
    public boolean isInteger() {
      return kind == LiteralKind.NUMBER && value.matches("-?\\d+");
    }
  }

  /** A path ({@code $.a}, {@code $$.Execution.Id}, {@code $var}) whose value is the argument. */
  record PathArgument(JsonPath path, int start, int end) implements IntrinsicArgument {

    @Override
    public String description() {
      return "the path " + path.text();
    }
  }

  /** Every call in a tree of calls, outer before inner, without recursion. */
  static List<IntrinsicCall> callsIn(IntrinsicCall root) {
    List<IntrinsicCall> calls = new java.util.ArrayList<>();
    java.util.Deque<IntrinsicCall> pending = new java.util.ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      IntrinsicCall call = pending.pop();
      calls.add(call);
      List<IntrinsicArgument> arguments = call.arguments();
      for (int i = arguments.size() - 1; i >= 0; i--) {
        if (arguments.get(i) instanceof IntrinsicCall inner) {
          pending.push(inner);
        }
      }
    }
    return calls;
  }
}

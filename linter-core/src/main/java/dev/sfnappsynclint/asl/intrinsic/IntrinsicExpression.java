package dev.sfnappsynclint.asl.intrinsic;

import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.Literal;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.LiteralKind;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.PathArgument;
import dev.sfnappsynclint.asl.path.JsonPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of a {@code .$} field (or a Fail state's {@code ErrorPath}/{@code CausePath}) read
 * as an intrinsic function call: {@code States.Name(argument, ...)} where an argument is a
 * single-quoted string ({@code \'}, {@code \{}, {@code \}} and {@code \\} escape), a number,
 * {@code true}, {@code false}, {@code null}, a path, or another call
 * (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
 *
 * <p>Parsing never throws and uses an explicit stack, not recursion: a call nested thousands
 * deep costs memory in proportion, not stack frames. Path arguments are read with
 * {@link JsonPath}; a path that is not valid is a syntax error of the call.
 */
public final class IntrinsicExpression {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern CALL_START = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*\\(.*",
      Pattern.DOTALL);

  private final String text;
  private final IntrinsicCall call;
  private final IntrinsicSyntaxError error;
  private final int depth;

  private IntrinsicExpression(String text, IntrinsicCall call, IntrinsicSyntaxError error,
      int depth) {
    this.text = text;
    this.call = call;
    this.error = error;
    this.depth = depth;
  }

  /** Reads a call; never throws. */
  public static IntrinsicExpression parse(String text) {
    return new Reader(text == null ? "" : text).read();
  }

  /** The text is written as a function call: a name, then {@code (}. */
  public static boolean looksLikeCall(String text) {
    return CALL_START.matcher(text).matches();
  }

  public String text() {
    return text;
  }

  public boolean isValid() {
    return error == null;
  }

  /** The call, when the whole text is one. */
  public Optional<IntrinsicCall> call() {
    return Optional.ofNullable(call);
  }

  public Optional<IntrinsicSyntaxError> error() {
    return Optional.ofNullable(error);
  }

  /**
   * How deeply calls nest: 1 for a call without calls in its arguments. Counted as far as the
   * text was read, so also for a text with a syntax error.
   */
  public int depth() {
    return depth;
  }

  /**
   * What is wrong with the calls of a valid expression, outer before inner: unknown function
   * names and arguments a function refuses. Nesting depth is {@link #depth()}.
   */
  public List<IntrinsicProblem> problems() {
    if (call == null) {
      return List.of();
    }
    List<IntrinsicProblem> problems = new ArrayList<>();
    for (IntrinsicCall each : call.allCalls()) {
      Optional<IntrinsicFunction> function = IntrinsicFunction.fromAslName(each.name());
      if (function.isEmpty()) {
        problems.add(new IntrinsicProblem(IntrinsicProblem.Kind.UNKNOWN_FUNCTION,
            each.name() + " is not an intrinsic function", each.start(), each.nameEnd()));
      } else {
        problems.addAll(function.get().check(each));
      }
    }
    return problems;
  }

  /** A call being read: its name and the arguments read so far. */
  private static final class Frame {
    final String name;
    final int start;
    final int nameEnd;
    final List<IntrinsicArgument> arguments = new ArrayList<>();

    Frame(String name, int start, int nameEnd) {
      this.name = name;
      this.start = start;
      this.nameEnd = nameEnd;
    }
  }

  private static final class Reader {

    private final String text;
    private final int length;
    private final Deque<Frame> open = new ArrayDeque<>();
    private int at;
    private int depth;

    Reader(String text) {
      this.text = text;
      this.length = text.length();
    }

    IntrinsicExpression read() {
      IntrinsicCall[] result = new IntrinsicCall[1];
      IntrinsicSyntaxError error = readAll(result);
      return new IntrinsicExpression(text, error == null ? result[0] : null, error, depth);
    }

    private IntrinsicSyntaxError readAll(IntrinsicCall[] result) {
      skipSpaces();
      IntrinsicSyntaxError error = openCall();
      if (error != null) {
        return error;
      }
      // After '(' or ',' an argument (or, after '(', the closing parenthesis) is expected.
      boolean afterOpen = true;
      while (true) {
        skipSpaces();
        if (at >= length) {
          Frame frame = open.peek();
          return fail(frame.start, length, "'(' of " + frame.name + " is never closed");
        }
        char c = text.charAt(at);
        if (afterOpen && c == ')' && open.peek().arguments.isEmpty()) {
          IntrinsicCall closed = closeCall();
          if (open.isEmpty()) {
            result[0] = closed;
            return end();
          }
          afterOpen = false;
          continue;
        }
        if (!afterOpen) {
          if (c == ',') {
            at++;
            afterOpen = true;
            skipSpaces();
            if (at < length && text.charAt(at) == ')') {
              return fail(at - 1, at + 1, "an argument is missing after ','");
            }
            continue;
          }
          if (c == ')') {
            IntrinsicCall closed = closeCall();
            if (open.isEmpty()) {
              result[0] = closed;
              return end();
            }
            continue;
          }
          return fail(at, at + 1, "unexpected '" + c + "' after an argument of "
              + open.peek().name + ": expected ',' or ')'");
        }
        // An argument.
        if (c == '\'') {
          error = readString();
        } else if (c == '$') {
          error = readPath();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
          error = readNumber();
        } else if (Character.isLetter(c) || c == '_') {
          int wordStart = at;
          int wordEnd = wordEnd(at);
          int next = skipSpacesFrom(wordEnd);
          if (next < length && text.charAt(next) == '(') {
            error = openCall();
            if (error != null) {
              return error;
            }
            continue;
          }
          String word = text.substring(wordStart, wordEnd);
          if (word.equals("true") || word.equals("false")) {
            add(new Literal(LiteralKind.BOOLEAN, word, word, wordStart, wordEnd));
          } else if (word.equals("null")) {
            add(new Literal(LiteralKind.NULL, word, word, wordStart, wordEnd));
          } else {
            return fail(wordStart, wordEnd, "'" + word + "' is not an argument: quote a string "
                + "('" + word + "'), begin a path with $, or call a function with ( )");
          }
          at = wordEnd;
        } else if (c == '"') {
          return fail(at, at + 1, "strings in intrinsic functions are written in single "
              + "quotes ('...'), not double quotes");
        } else if (c == ',' || c == ')') {
          return fail(at, at + 1, "an argument is missing before '" + c + "'");
        } else {
          return fail(at, at + 1, "unexpected '" + c + "': an argument is a 'string', a "
              + "number, true, false, null, a path or a function call");
        }
        if (error != null) {
          return error;
        }
        afterOpen = false;
      }
    }

    /** A name and its '(' at the current offset. */
    private IntrinsicSyntaxError openCall() {
      int start = at;
      if (at >= length || !(Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
        return fail(start, Math.min(start + 1, length), "an intrinsic function call begins "
            + "with the function's name, such as States.Format");
      }
      int nameEnd = wordEnd(at);
      at = skipSpacesFrom(nameEnd);
      if (at >= length || text.charAt(at) != '(') {
        return fail(start, Math.min(at + 1, length), "'(' must follow the function name "
            + text.substring(start, nameEnd));
      }
      at++;
      open.push(new Frame(text.substring(start, nameEnd), start, nameEnd));
      depth = Math.max(depth, open.size());
      return null;
    }

    private IntrinsicCall closeCall() {
      Frame frame = open.pop();
      at++;
      IntrinsicCall call = new IntrinsicCall(frame.name, frame.nameEnd, frame.arguments,
          frame.start, at);
      if (!open.isEmpty()) {
        open.peek().arguments.add(call);
      }
      return call;
    }

    private IntrinsicSyntaxError end() {
      skipSpaces();
      if (at < length) {
        return fail(at, length, "unexpected text after the call's closing parenthesis: '"
            + text.substring(at, Math.min(length, at + 20)) + "'");
      }
      return null;
    }

    private IntrinsicSyntaxError readString() {
      int start = at;
      at++;
      StringBuilder value = new StringBuilder();
      while (at < length) {
        char c = text.charAt(at);
        if (c == '\\') {
          if (at + 1 >= length) {
            break;
          }
          value.append(text.charAt(at + 1));
          at += 2;
        } else if (c == '\'') {
          at++;
          add(new Literal(LiteralKind.STRING, value.toString(), text.substring(start + 1, at - 1),
              start, at));
          return null;
        } else {
          value.append(c);
          at++;
        }
      }
      return fail(start, length, "the string that begins here is never closed: a quote inside "
          + "a string is written \\'");
    }

    private IntrinsicSyntaxError readNumber() {
      int start = at;
      while (at < length && "0123456789.eE+-".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      String number = text.substring(start, at);
      if (!NUMBER.matcher(number).matches()) {
        return fail(start, at, "'" + number + "' is not a number");
      }
      add(new Literal(LiteralKind.NUMBER, number, number, start, at));
      return null;
    }

    /**
     * A path argument: up to the ',' or ')' (or space) outside brackets, parentheses and quotes.
     */
    private IntrinsicSyntaxError readPath() {
      int start = at;
      int brackets = 0;
      int parentheses = 0;
      char quote = 0;
      while (at < length) {
        char c = text.charAt(at);
        if (quote != 0) {
          if (c == '\\') {
            at++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '[') {
          brackets++;
        } else if (c == ']') {
          brackets--;
        } else if (c == '(') {
          parentheses++;
        } else if (c == ')') {
          if (parentheses == 0 && brackets <= 0) {
            break;
          }
          parentheses--;
        } else if ((c == ',' || c == ' ') && brackets <= 0 && parentheses == 0) {
          break;
        }
        at++;
      }
      at = Math.min(at, length);
      JsonPath path = JsonPath.parse(text.substring(start, at));
      if (path.error().isPresent()) {
        var pathError = path.error().get();
        return fail(start + pathError.start(), start + pathError.end(),
            "the path argument " + path.text() + " is not valid: " + pathError.message());
      }
      add(new PathArgument(path, start, at));
      return null;
    }

    private void add(IntrinsicArgument argument) {
      open.peek().arguments.add(argument);
    }

    private int wordEnd(int from) {
      int i = from;
      while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
          || text.charAt(i) == '.')) {
        i++;
      }
      return i;
    }

    private void skipSpaces() {
      at = skipSpacesFrom(at);
    }

    private int skipSpacesFrom(int from) {
      int i = from;
      while (i < length && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private IntrinsicSyntaxError fail(int start, int end, String message) {
      int s = Math.max(0, Math.min(start, length));
      return new IntrinsicSyntaxError(message, s, Math.max(s, Math.min(end, length)));
    }
  }
}

package dev.sfnappsynclint.asl.intrinsic;

import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.Literal;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.LiteralKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * The intrinsic functions of JSONPath states, with the number and kind of arguments each takes,
 * from https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html.
 */
public enum IntrinsicFunction {
  FORMAT("States.Format", 1, Integer.MAX_VALUE, Parameter.STRING),
  STRING_TO_JSON("States.StringToJson", 1, 1, Parameter.STRING),
  JSON_TO_STRING("States.JsonToString", 1, 1, Parameter.ANY),
  ARRAY("States.Array", 0, Integer.MAX_VALUE, Parameter.ANY),
  ARRAY_PARTITION("States.ArrayPartition", 2, 2, Parameter.ARRAY, Parameter.INTEGER),
  ARRAY_CONTAINS("States.ArrayContains", 2, 2, Parameter.ARRAY, Parameter.ANY),
  ARRAY_RANGE("States.ArrayRange", 3, 3, Parameter.INTEGER, Parameter.INTEGER,
      Parameter.INTEGER),
  ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, Parameter.ARRAY, Parameter.INTEGER),
  ARRAY_LENGTH("States.ArrayLength", 1, 1, Parameter.ARRAY),
  ARRAY_UNIQUE("States.ArrayUnique", 1, 1, Parameter.ARRAY),
  BASE64_ENCODE("States.Base64Encode", 1, 1, Parameter.STRING),
  BASE64_DECODE("States.Base64Decode", 1, 1, Parameter.STRING),
  HASH("States.Hash", 2, 2, Parameter.ANY, Parameter.STRING),
  JSON_MERGE("States.JsonMerge", 3, 3, Parameter.OBJECT, Parameter.OBJECT, Parameter.BOOLEAN),
  MATH_RANDOM("States.MathRandom", 2, 3, Parameter.INTEGER, Parameter.INTEGER,
      Parameter.INTEGER),
  MATH_ADD("States.MathAdd", 2, 2, Parameter.INTEGER, Parameter.INTEGER),
  STRING_SPLIT("States.StringSplit", 2, 2, Parameter.STRING, Parameter.STRING),
  UUID("States.UUID", 0, 0);

  /**
   * What an argument must be. A path or a nested call is accepted for every kind (its value is
   * known only at run time); a literal must be of the kind.
   */
  public enum Parameter {
    ANY("any value"),
    STRING("a string"),
    INTEGER("an integer"),
    BOOLEAN("a boolean"),
    /** No literal is an array: only a path or a call can give one. */
    ARRAY("an array (a path or a function call: a literal is never an array)"),
    /** No literal is an object. */
    OBJECT("a JSON object (a path or a function call: a literal is never an object)");

    private final String description;

    Parameter(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The algorithms {@code States.Hash} accepts. */
  public static final List<String> HASH_ALGORITHMS =
      List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** The longest array {@code States.ArrayRange} makes. */
  public static final int ARRAY_RANGE_LIMIT = 1000;

  /** How deeply Step Functions lets intrinsic functions nest in one field. */
  public static final int MAX_NESTING = 10;

  private final String aslName;
  private final int minArguments;
  private final int maxArguments;
  private final List<Parameter> parameters;

  IntrinsicFunction(String aslName, int minArguments, int maxArguments,
      Parameter... parameters) {
    this.aslName = aslName;
    this.minArguments = minArguments;
    this.maxArguments = maxArguments;
    this.parameters = List.of(parameters);
  }

  public String aslName() {
    return aslName;
  }

  public int minArguments() {
    return minArguments;
  }

  public int maxArguments() {
    return maxArguments;
  }

  /**
   * What argument {@code index} must be; the last parameter repeats for functions that take any
   * number of arguments ({@code States.Format}'s values, {@code States.Array}'s elements).
   */
  public Parameter parameter(int index) {
    if (parameters.isEmpty()) {
      return Parameter.ANY;
    }
    if (this == FORMAT && index > 0) {
      return Parameter.ANY;
    }
    return parameters.get(Math.min(index, parameters.size() - 1));
  }

  /** "exactly 2 arguments", "2 or 3 arguments", "at least 1 argument", "no arguments". */
  public String arity() {
    if (maxArguments == 0) {
      return "no arguments";
    }
    if (maxArguments == Integer.MAX_VALUE) {
      return minArguments == 0 ? "any number of arguments"
          : "at least " + minArguments + (minArguments == 1 ? " argument" : " arguments");
    }
    if (minArguments == maxArguments) {
      return "exactly " + minArguments + (minArguments == 1 ? " argument" : " arguments");
    }
    return minArguments + " or " + maxArguments + " arguments";
  }

  /**
   * What is wrong with the arguments of a call of this function: their number, the kind of
   * literal arguments, and literal values the function refuses (a {@code States.Hash} algorithm,
   * a {@code States.ArrayRange} step of 0 or range of more than 1,000 items, a
   * {@code States.JsonMerge} deep merge, {@code States.Format} placeholders that do not match
   * the values).
   */
  public List<IntrinsicProblem> check(IntrinsicCall call) {
    List<IntrinsicProblem> problems = new ArrayList<>();
    List<IntrinsicArgument> arguments = call.arguments();
    int count = arguments.size();
    if (count < minArguments || count > maxArguments) {
      int start = count > maxArguments ? arguments.get(maxArguments).start() : call.start();
      problems.add(problem(start, count > maxArguments ? arguments.get(count - 1).end()
              : call.end(), "%s takes %s, not %d.", aslName, arity(), count));
    }
    for (int i = 0; i < Math.min(count, maxArguments); i++) {
      if (arguments.get(i) instanceof Literal literal && !accepts(parameter(i), literal)) {
        problems.add(problem(literal.start(), literal.end(), "Argument %d of %s must be %s, "
            + "not %s.", i + 1, aslName, parameter(i).description(), literal.description()));
      }
    }
    if (problems.isEmpty()) {
      checkValues(call, problems);
    }
    return problems;
  }

  private void checkValues(IntrinsicCall call, List<IntrinsicProblem> problems) {
    List<IntrinsicArgument> arguments = call.arguments();
    switch (this) {
      case FORMAT -> {
        if (arguments.get(0) instanceof Literal template) {
          int placeholders = placeholders(template.raw());
          int values = arguments.size() - 1;
          if (placeholders != values) {
            problems.add(problem(template.start(), template.end(), "The template of "
                + "States.Format has %d {} placeholder%s but %d value%s follow%s it: each {} "
                + "takes one value, in order (write \\{ and \\} for literal braces).",
                placeholders, placeholders == 1 ? "" : "s", values, values == 1 ? "" : "s",
                values == 1 ? "s" : ""));
          }
        }
      }
      case HASH -> {
        if (arguments.get(1) instanceof Literal algorithm && HASH_ALGORITHMS.stream()
            .noneMatch(a -> a.equalsIgnoreCase(algorithm.value()))) {
          problems.add(problem(algorithm.start(), algorithm.end(), "States.Hash has no "
              + "algorithm '%s': use one of %s.", algorithm.value(),
              String.join(", ", HASH_ALGORITHMS)));
        }
      }
      case ARRAY_RANGE -> checkRange(arguments, problems);
      case ARRAY_PARTITION -> {
        if (arguments.get(1) instanceof Literal size && integer(size).signum() <= 0) {
          problems.add(problem(size.start(), size.end(), "The chunk size of "
              + "States.ArrayPartition must be a positive integer, not %s.", size.value()));
        }
      }
      case JSON_MERGE -> {
        if (arguments.get(2) instanceof Literal deep && deep.value().equals("true")) {
          problems.add(problem(deep.start(), deep.end(), "States.JsonMerge only merges "
              + "shallowly: its third argument must be false."));
        }
      }
      default -> {
        // The number and kind of the arguments is all there is to check.
      }
    }
  }

  private static void checkRange(List<IntrinsicArgument> arguments,
      List<IntrinsicProblem> problems) {
    if (!(arguments.get(2) instanceof Literal step)) {
      return;
    }
    BigInteger increment = integer(step);
    if (increment.signum() == 0) {
      problems.add(problem(step.start(), step.end(), "The step of States.ArrayRange must not "
          + "be 0."));
      return;
    }
    if (arguments.get(0) instanceof Literal first && arguments.get(1) instanceof Literal last) {
      BigInteger span = integer(last).subtract(integer(first));
      BigInteger items = span.signum() != 0 && span.signum() != increment.signum()
          ? BigInteger.ZERO : span.divide(increment).add(BigInteger.ONE);
      if (items.compareTo(BigInteger.valueOf(ARRAY_RANGE_LIMIT)) > 0) {
        problems.add(problem(first.start(), step.end(), "States.ArrayRange(%s, %s, %s) would "
            + "make %s items; it makes at most %d.", first.value(), last.value(), step.value(),
            items, ARRAY_RANGE_LIMIT));
      }
    }
  }

  private static boolean accepts(Parameter parameter, Literal literal) {
    return switch (parameter) {
      case ANY -> true;
      case STRING -> literal.kind() == LiteralKind.STRING;
      case INTEGER -> literal.isInteger();
      case BOOLEAN -> literal.kind() == LiteralKind.BOOLEAN;
      case ARRAY, OBJECT -> false;
    };
  }

  private static BigInteger integer(Literal literal) {
    return new BigInteger(literal.value());
  }

  /** The {@code {}} pairs of a States.Format template, as written (escapes kept). */
  static int placeholders(String raw) {
    int count = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
        count++;
        i++;
      }
    }
    return count;
  }

  private static IntrinsicProblem problem(int start, int end, String format, Object... values) {
    return new IntrinsicProblem(IntrinsicProblem.Kind.ARGUMENTS,
        String.format(Locale.ROOT, format, values), start, end);
  }

  public static Optional<IntrinsicFunction> fromAslName(String name) {
    return Arrays.stream(values()).filter(f -> f.aslName.equals(name)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(IntrinsicFunction::aslName).toList();
  }
}

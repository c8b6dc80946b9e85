package dev.sfnappsynclint.asl.jsonata;

import java.util.Set;

/**
 * The functions a JSONata expression in Step Functions can call: the built-in functions of
 * JSONata 2.0.6 (https://docs.jsonata.org/2.0.0/overview), except {@code $eval}, which Step
 * Functions does not provide, and the functions Step Functions adds
 * (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
 */
public final class JsonataFunctions {

  /** JSONata 2.0.6's built-in functions, {@code $eval} included. */
  public static final Set<String> BUILT_IN = Set.of(
      // string
      "string", "length", "substring", "substringBefore", "substringAfter", "uppercase",
      "lowercase", "trim", "pad", "contains", "split", "join", "match", "replace", "eval",
      "base64encode", "base64decode", "encodeUrlComponent", "encodeUrl", "decodeUrlComponent",
      "decodeUrl",
      // numeric
      "number", "abs", "floor", "ceil", "round", "power", "sqrt", "random", "formatNumber",
      "formatBase", "formatInteger", "parseInteger",
      // aggregation
      "sum", "max", "min", "average",
      // boolean
      "boolean", "not", "exists",
      // array
      "count", "append", "sort", "reverse", "shuffle", "distinct", "zip",
      // object
      "keys", "lookup", "spread", "merge", "sift", "each", "error", "assert", "type",
      // date and time
      "now", "millis", "fromMillis", "toMillis",
      // higher order
      "map", "filter", "single", "reduce");

  /** Functions Step Functions adds to JSONata. */
  public static final Set<String> STEP_FUNCTIONS = Set.of(
      "partition", "range", "hash", "random", "uuid", "parse");

  /** Built-in JSONata functions Step Functions does not provide, each with its replacement. */
  public static final java.util.Map<String, String> UNSUPPORTED = java.util.Map.of(
      "eval", "parse");

  private JsonataFunctions() {
  }

  /** A function an expression in a Step Functions state can call. */
  public static boolean isAvailable(String name) {
    return (BUILT_IN.contains(name) || STEP_FUNCTIONS.contains(name))
        && !UNSUPPORTED.containsKey(name);
  }

  /** Every function name known to JSONata or Step Functions, available or not. */
  public static boolean isKnown(String name) {
    return BUILT_IN.contains(name) || STEP_FUNCTIONS.contains(name);
  }
}

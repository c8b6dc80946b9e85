package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of one field of a state as written (after literal {@code DefinitionSubstitutions}
 * are applied): the node, and what the linter can tell of it.
 *
 * <ul>
 *   <li>{@link Form#VALUE}: of the type the field expects; {@link #value()} holds it.
 *   <li>{@link Form#PLACEHOLDER}: a string with a {@code ${Name}} nothing literal replaces — an
 *       opaque value of whatever type the field expects, never an error by itself.
 *   <li>{@link Form#EXPRESSION}: a JSONata {@code {% ... %}} string in a JSONata state, for a
 *       field that takes one; evaluated at run time.
 *   <li>{@link Form#MALFORMED}: present, of the wrong type, and neither of the above.
 * </ul>
 *
 * @param <T> the Java type of the field: {@code Long} where AWS says integer, {@code BigDecimal}
 *     for other numbers, {@code String}, or an enum
 */
public final class FieldValue<T> {

  public enum Form { VALUE, PLACEHOLDER, EXPRESSION, MALFORMED }

  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final Node node;
  private final Form form;
  private final T value;
  private final List<String> placeholderNames;

  private FieldValue(Node node, Form form, T value, List<String> placeholderNames) {
    this.node = Objects.requireNonNull(node);
    this.form = form;
    this.value = value;
    this.placeholderNames = List.copyOf(placeholderNames);
  }

  /** Where the value is written; findings about it point here. */
  public Node node() {
    return node;
  }

  public Form form() {
    return form;
  }

  /** The parsed value, when the node has the type the field expects. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  public boolean isValue() {
    return form == Form.VALUE;
  }

  public boolean isPlaceholder() {
    return form == Form.PLACEHOLDER;
  }

  public boolean isExpression() {
    return form == Form.EXPRESSION;
  }

  public boolean isMalformed() {
    return form == Form.MALFORMED;
  }

  /** Known at lint time: not a placeholder and not a JSONata expression. */
  public boolean isKnown() {
    return form == Form.VALUE || form == Form.MALFORMED;
  }

  /** The placeholder's name; for a string holding several, the first. */
  public Optional<String> placeholderName() {
    return placeholderNames.isEmpty() ? Optional.empty() : Optional.of(placeholderNames.get(0));
  }

  /** Every {@code ${Name}} in the string, in order; empty unless {@link #isPlaceholder()}. */
  public List<String> placeholderNames() {
    return placeholderNames;
  }

  @Override
  public String toString() {
    return switch (form) {
      case VALUE -> String.valueOf(value);
      case PLACEHOLDER -> "${" + placeholderName().orElse("") + "}";
      case EXPRESSION -> "JSONata expression";
      case MALFORMED -> "malformed " + node.kindDescription();
    };
  }

  // ---- reading ----

  /** A string field (a path, a name, a state name). */
  static FieldValue<String> string(Node node) {
    return read(node, false, s -> s.kind() == ScalarNode.Kind.STRING ? s.text() : null);
  }

  /**
   * A string field that also takes a JSONata expression in a JSONata state (a Wait
   * {@code Timestamp}).
   */
  static FieldValue<String> string(Node node, boolean expressionAllowed) {
    return read(node, expressionAllowed,
        s -> s.kind() == ScalarNode.Kind.STRING ? s.text() : null);
  }

  /**
   * An integer field. A fraction is malformed, not truncated ({@code 1.5}); an integral number
   * written with a fraction or exponent ({@code 2.0}, {@code 1e3}) is the integer it denotes.
   * An integer beyond a {@code long} is far above every ASL bound and is read as malformed.
   */
  static FieldValue<Long> integer(Node node, boolean expressionAllowed) {
    return read(node, expressionAllowed, s -> s.number().flatMap(FieldValue::exactLong)
        .orElse(null));
  }

  /** A number field that takes fractions ({@code BackoffRate}, {@code ToleratedFailurePercentage}). */
  static FieldValue<BigDecimal> number(Node node, boolean expressionAllowed) {
    return read(node, expressionAllowed, s -> s.number().orElse(null));
  }

  /** A string field with a fixed set of values; any other string is malformed. */
  static <E extends Enum<E>> FieldValue<E> enumerated(Node node, Function<String, Optional<E>> parse) {
    return read(node, false, s -> s.kind() == ScalarNode.Kind.STRING
        ? parse.apply(s.text()).orElse(null) : null);
  }

  /**
   * An array field ({@code ErrorEquals}); each element read by {@code element}. A whole
   * {@code ${Name}} in its place is a placeholder, as for any other type.
   */
  static <E> FieldValue<List<E>> array(Node node, Function<Node, E> element) {
    if (node instanceof ArrayNode array && node.tag().isEmpty()) {
      List<E> elements = new ArrayList<>(array.size());
      for (Node child : array.elements()) {
        elements.add(element.apply(child));
      }
      return new FieldValue<>(node, Form.VALUE, List.copyOf(elements), List.of());
    }
    return read(node, false, s -> null);
  }

  private static Optional<Long> exactLong(BigDecimal number) {
    try {
      return Optional.of(number.longValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static <T> FieldValue<T> read(Node node, boolean expressionAllowed,
      Function<ScalarNode, T> parse) {
    if (!(node instanceof ScalarNode scalar) || node.tag().isPresent()) {
      return new FieldValue<>(node, Form.MALFORMED, null, List.of());
    }
    if (scalar.kind() == ScalarNode.Kind.STRING) {
      List<String> names = placeholderNames(scalar.text());
      if (!names.isEmpty()) {
        return new FieldValue<>(node, Form.PLACEHOLDER, null, names);
      }
      if (expressionAllowed && isJsonataExpression(scalar.text())) {
        return new FieldValue<>(node, Form.EXPRESSION, null, List.of());
      }
    }
    T parsed = parse.apply(scalar);
    return parsed == null
        ? new FieldValue<>(node, Form.MALFORMED, null, List.of())
        : new FieldValue<>(node, Form.VALUE, parsed, List.of());
  }

  /** A JSONata expression: a string that starts with {@code {%} and ends with {@code %}}. */
  static boolean isJsonataExpression(String text) {
    return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
  }

  static List<String> placeholderNames(String text) {
    if (!text.contains("${")) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1).strip());
    }
    return names;
  }
}

package dev.sfnappsynclint.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A setting a rule declares in its {@link LintRule#options()}: its name, the kind of value it
 * takes and its default. Configuration values are checked against it before a run starts.
 */
public record RuleOptionSpec(String name, Type type, String description,
    Optional<Object> defaultValue) {

  /** The kinds of values options take. */
  public enum Type {
    INTEGER("a whole number"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    STRING("a string"),
    STRING_LIST("a list of strings");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  static RuleOptionSpec of(LintRule.Option option) {
    return declared(option.name(), option.type(), option.description(), option.defaultValue());
  }

  /**
   * The option a {@link LintRule.Option} with these values declares (an empty default: none).
   * Public for {@link RuleMetadataCatalog}s.
   */
  public static RuleOptionSpec declared(String name, Type type, String description,
      String defaultText) {
    Optional<Object> defaultValue = defaultText.isEmpty() ? Optional.empty()
        : Optional.of(parse(type, defaultText).orElseThrow(() ->
            new IllegalArgumentException("Default of option " + name + " is not "
                + type.description() + ": " + defaultText)));
    return new RuleOptionSpec(name, type, description, defaultValue);
  }

  /**
   * The value of text written for this type ({@code "a, b"} for a list), or empty when it is
   * not one: Long, BigDecimal, Boolean, String or List of String.
   */
  public static Optional<Object> parse(Type type, String text) {
    String value = text.strip();
    try {
      return switch (type) {
        case INTEGER -> Optional.of(Long.parseLong(value));
        case NUMBER -> Optional.of(new BigDecimal(value));
        case BOOLEAN -> value.equals("true") || value.equals("false")
            ? Optional.of(Boolean.parseBoolean(value)) : Optional.empty();
        case STRING -> Optional.of(value);
        case STRING_LIST -> {
          List<String> items = new ArrayList<>();
          for (String item : value.split(",")) {
            if (!item.isBlank()) {
              items.add(item.strip());
            }
          }
          yield Optional.of(List.copyOf(items));
        }
      };
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

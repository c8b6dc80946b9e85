package dev.sfnappsynclint.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The option values a rule runs with: what configuration gave, else the declared defaults. The
 * values were checked against the rule's {@link RuleOptionSpec}s when configuration was read.
 */
public final class RuleOptions {

  public static final RuleOptions NONE = new RuleOptions(Map.of());

  private final Map<String, Object> values;

  RuleOptions(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** The declared defaults of a rule, overridden by the configured values. */
  static RuleOptions of(RuleMetadata rule, Map<String, Object> configured) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (RuleOptionSpec option : rule.options()) {
      option.defaultValue().ifPresent(v -> values.put(option.name(), v));
    }
    values.putAll(configured);
    return new RuleOptions(values);
  }

  public Optional<Long> integer(String name) {
    return Optional.ofNullable(values.get(name)).map(v -> ((Number) v).longValue());
  }

  public Optional<BigDecimal> number(String name) {
    return Optional.ofNullable(values.get(name)).map(v -> v instanceof BigDecimal d ? d
        : BigDecimal.valueOf(((Number) v).longValue()));
  }

  public Optional<Boolean> bool(String name) {
    return Optional.ofNullable((Boolean) values.get(name));
  }

  public Optional<String> string(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    return values.containsKey(name) ? (List<String>) values.get(name) : List.of();
  }

  @Override
  public String toString() {
    return new java.util.TreeMap<>(values).toString();
  }
}

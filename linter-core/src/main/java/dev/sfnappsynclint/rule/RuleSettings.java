package dev.sfnappsynclint.rule;

import java.util.HashMap;
import java.util.Map;

/**
 * Which rules run, at what severity and with which options, keyed by rule id. Rules not
 * mentioned run as their metadata says (on unless a policy rule, at their default severity).
 * Built from configuration and command-line flags; later settings win.
 */
public final class RuleSettings {

  public static final RuleSettings DEFAULTS = new Builder().build();

  private final Map<String, Boolean> enabled;
  private final Map<String, Severity> severities;
  private final Map<String, Map<String, Object>> options;

  private RuleSettings(Map<String, Boolean> enabled, Map<String, Severity> severities,
      Map<String, Map<String, Object>> options) {
    this.enabled = Map.copyOf(enabled);
    this.severities = Map.copyOf(severities);
    Map<String, Map<String, Object>> copy = new HashMap<>();
    options.forEach((id, values) -> copy.put(id, Map.copyOf(values)));
    this.options = Map.copyOf(copy);
  }

  public boolean isEnabled(RuleMetadata rule) {
    return enabled.getOrDefault(rule.id(), rule.enabledByDefault());
  }

  public Severity severity(RuleMetadata rule) {
    return severities.getOrDefault(rule.id(), rule.severity());
  }

  /** The rule's option values: configured, else its defaults. */
  public RuleOptions options(RuleMetadata rule) {
    return RuleOptions.of(rule, options.getOrDefault(rule.id(), Map.of()));
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.enabled.putAll(enabled);
    builder.severities.putAll(severities);
    options.forEach((id, values) -> builder.options.put(id, new HashMap<>(values)));
    return builder;
  }

  /** Collects settings; each call overrides what an earlier one said about the same rule. */
  public static final class Builder {
    private final Map<String, Boolean> enabled = new HashMap<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Map<String, Map<String, Object>> options = new HashMap<>();

    public Builder enable(String ruleId) {
      enabled.put(ruleId, true);
      return this;
    }

    public Builder disable(String ruleId) {
      enabled.put(ruleId, false);
      return this;
    }

    /** Sets the severity and enables the rule. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      enabled.put(ruleId, true);
      return this;
    }

    /**
     * Sets an option's value (Long, BigDecimal, Boolean, String or List of String, as
     * {@link RuleOptionSpec#parse} makes them).
     */
    public Builder option(String ruleId, String name, Object value) {
      options.computeIfAbsent(ruleId, id -> new HashMap<>()).put(name, value);
      return this;
    }

    public RuleSettings build() {
      return new RuleSettings(enabled, severities, options);
    }
  }
}

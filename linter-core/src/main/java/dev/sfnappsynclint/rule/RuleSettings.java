package dev.sfnappsynclint.rule;

import java.util.HashMap;
import java.util.Map;

/**
 * Which rules run and at what severity, keyed by rule id. Rules not mentioned run at their
 * default severity. Built from configuration and command-line flags; later settings win.
 */
public final class RuleSettings {

  public static final RuleSettings DEFAULTS = new Builder().build();

  private final Map<String, Boolean> enabled;
  private final Map<String, Severity> severities;

  private RuleSettings(Map<String, Boolean> enabled, Map<String, Severity> severities) {
    this.enabled = Map.copyOf(enabled);
    this.severities = Map.copyOf(severities);
  }

  public boolean isEnabled(RuleMetadata rule) {
    return enabled.getOrDefault(rule.id(), true);
  }

  public Severity severity(RuleMetadata rule) {
    return severities.getOrDefault(rule.id(), rule.severity());
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.enabled.putAll(enabled);
    builder.severities.putAll(severities);
    return builder;
  }

  /** Collects settings; each call overrides what an earlier one said about the same rule. */
  public static final class Builder {
    private final Map<String, Boolean> enabled = new HashMap<>();
    private final Map<String, Severity> severities = new HashMap<>();

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

    public RuleSettings build() {
      return new RuleSettings(enabled, severities);
    }
  }
}

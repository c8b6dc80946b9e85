package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.Severity;
import java.util.List;

/**
 * What a run found, in output order.
 *
 * @param filesLinted how many documents rules ran on (or that failed to parse as one)
 * @param rules the rules that could report in this run, sorted by id
 */
public record LintResult(List<Finding> findings, List<ToolNotification> notifications,
    int filesLinted, List<RuleMetadata> rules) {

  public LintResult {
    findings = findings.stream().sorted(Finding.ORDER).toList();
    notifications = notifications.stream().sorted(ToolNotification.ORDER).toList();
    rules = List.copyOf(rules);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The tool itself failed somewhere: a path that cannot be read, a rule that crashed. */
  public boolean hasToolErrors() {
    return notifications.stream().anyMatch(n -> n.level() == ToolNotification.Level.ERROR);
  }
}

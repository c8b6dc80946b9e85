package dev.sfnappsynclint.finding;

import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * What a run found, in output order.
 *
 * @param findings what reports show and exit codes count
 * @param suppressed findings hidden by inline suppressions, configuration ignores or a baseline
 * @param lintedPaths every file that was linted (or failed to parse as a state machine), sorted
 * @param rules the rules that ran, sorted by id
 */
public record LintResult(List<Finding> findings, List<SuppressedFinding> suppressed,
    List<ToolNotification> notifications, List<String> lintedPaths, List<RuleMetadata> rules) {

  public LintResult {
    findings = findings.stream().sorted(Finding.ORDER).toList();
    suppressed = suppressed.stream()
        .sorted(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER)).toList();
    notifications = notifications.stream().sorted(ToolNotification.ORDER).toList();
    lintedPaths = lintedPaths.stream().sorted().distinct().toList();
    rules = List.copyOf(rules);
  }

  public int filesLinted() {
    return lintedPaths.size();
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

  /** The same result with only the findings at or above a severity (for {@code --quiet}). */
  public LintResult atLeast(Severity threshold) {
    return new LintResult(findings.stream().filter(f -> f.severity().atLeast(threshold)).toList(),
        suppressed, notifications, lintedPaths, rules);
  }
}

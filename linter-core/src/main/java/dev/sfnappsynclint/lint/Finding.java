package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextRange;
import java.util.Comparator;

/**
 * One thing a rule found.
 *
 * @param path the file, relative to the working directory, with forward slashes
 * @param pointer JSON Pointer of the node inside the document (stable across line edits)
 */
public record Finding(String ruleId, String ruleName, Severity severity, String message,
    String path, TextRange range, String pointer) {

  /** Output order: path, line, column, rule id, then the rest so that ties are still stable. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparingInt(f -> f.range().start().line())
      .thenComparingInt(f -> f.range().start().column())
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message)
      .thenComparingInt(f -> f.range().end().line())
      .thenComparingInt(f -> f.range().end().column())
      .thenComparing(Finding::pointer);
}

package dev.sfnappsynclint.finding;

import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One thing a rule found.
 *
 * @param location the file, the range and the anchor (JSON Pointer or schema coordinate)
 * @param related other places the finding concerns
 * @param fix a change that resolves it, when the rule knows one
 */
public record Finding(String ruleId, String ruleName, Severity severity, String message,
    Location location, List<RelatedLocation> related, Optional<SuggestedFix> fix) {

  /** Output order: path, line, column, rule id, then the rest so that ties are still stable. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparingInt(f -> f.range().start().line())
      .thenComparingInt(f -> f.range().start().column())
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message)
      .thenComparingInt(f -> f.range().end().line())
      .thenComparingInt(f -> f.range().end().column())
      .thenComparing(Finding::anchor);

  public Finding {
    related = List.copyOf(related);
  }

  /** A finding with no related locations and no fix. */
  public Finding(String ruleId, String ruleName, Severity severity, String message, String path,
      TextRange range, String anchor) {
    this(ruleId, ruleName, severity, message, new Location(path, range, anchor), List.of(),
        Optional.empty());
  }

  /** The file, relative to the working directory, with forward slashes. */
  public String path() {
    return location.path();
  }

  public TextRange range() {
    return location.range();
  }

  /** JSON Pointer or schema coordinate of what was found; stable across line edits. */
  public String anchor() {
    return location.anchor();
  }
}

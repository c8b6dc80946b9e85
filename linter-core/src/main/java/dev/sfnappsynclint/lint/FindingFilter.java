package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.SuppressedFinding;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.suppression.IgnoreEntry;
import dev.sfnappsynclint.suppression.InlineSuppressions;
import dev.sfnappsynclint.suppression.SuppressionDirective;
import dev.sfnappsynclint.suppression.SuppressionMarker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Hides findings of one linted unit: first inline suppressions (comments and markers, per file),
 * reporting those that hid nothing, then the configuration's ignore entries. The baseline is
 * applied later, to the whole run.
 */
final class FindingFilter {

  /** What is left, and what was hidden. */
  record Filtered(List<Finding> findings, List<SuppressedFinding> suppressed) {}

  private final Function<String, Optional<String>> ruleIds;
  private final Set<String> rulesThatRan;
  private final List<IgnoreEntry> ignores;
  private final Optional<Function<InlineSuppressions.Unused, Finding>> unusedSuppression;

  /**
   * @param unusedSuppression turns a suppression that hid nothing into a finding; empty when
   *     that rule does not run
   */
  FindingFilter(Function<String, Optional<String>> ruleIds, Set<String> rulesThatRan,
      List<IgnoreEntry> ignores,
      Optional<Function<InlineSuppressions.Unused, Finding>> unusedSuppression) {
    this.ruleIds = ruleIds;
    this.rulesThatRan = rulesThatRan;
    this.ignores = ignores;
    this.unusedSuppression = unusedSuppression;
  }

  /**
   * @param files the files the findings may be in, each with whether its language has
   *     {@code #} comments
   */
  Filtered apply(List<Finding> raw, Map<SourceFile, Boolean> files,
      List<SuppressionMarker> markers) {
    Map<String, InlineSuppressions> inline = new LinkedHashMap<>();
    files.forEach((file, hashComments) -> inline.computeIfAbsent(file.displayPath(),
        path -> InlineSuppressions.of(file, hashComments,
            markers.stream().filter(m -> m.at().path().equals(path)).toList(), ruleIds)));
    List<Finding> kept = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Finding finding : raw) {
      InlineSuppressions fileSuppressions = inline.get(finding.path());
      Optional<SuppressionDirective> directive = fileSuppressions == null ? Optional.empty()
          : fileSuppressions.suppress(finding);
      if (directive.isPresent()) {
        suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.IN_SOURCE,
            directive.get().reason()));
      } else {
        kept.add(finding);
      }
    }
    if (unusedSuppression.isPresent()) {
      for (InlineSuppressions fileSuppressions : inline.values()) {
        for (InlineSuppressions.Unused unused : fileSuppressions.unused(rulesThatRan)) {
          kept.add(unusedSuppression.get().apply(unused));
        }
      }
    }
    return ignore(kept, suppressed);
  }

  /** Applies the configuration's ignore entries. */
  Filtered ignore(List<Finding> findings, List<SuppressedFinding> alreadySuppressed) {
    List<Finding> kept = new ArrayList<>();
    List<SuppressedFinding> hidden = new ArrayList<>(alreadySuppressed);
    for (Finding finding : findings) {
      Optional<IgnoreEntry> ignore = ignores.stream()
          .filter(entry -> entry.matches(finding)).findFirst();
      if (ignore.isPresent()) {
        hidden.add(new SuppressedFinding(finding, SuppressedFinding.Kind.EXTERNAL,
            ignore.get().reason()));
      } else {
        kept.add(finding);
      }
    }
    return new Filtered(kept, hidden);
  }

  static Set<String> ids(List<RuleMetadata> rules) {
    return Set.copyOf(rules.stream().map(RuleMetadata::id).toList());
  }
}

package dev.sfnappsynclint.suppression;

import dev.sfnappsynclint.source.Location;
import java.util.Set;

/**
 * One inline suppression.
 *
 * @param ruleIds the rules it names (resolved to ids); empty with no unknown rules means every
 *     rule
 * @param unknownRules names written in it that are no rule
 * @param at where the suppression is written, to report it when it is unused
 * @param line for {@link Scope#NEXT_LINE}: the line whose findings it hides
 * @param covers for {@link Scope#NODE}: the anchor of the object whose findings it hides
 * @param scopeName for {@link Scope#NODE}: how a message names that object
 */
public record SuppressionDirective(Scope scope, Set<String> ruleIds, Set<String> unknownRules,
    String reason, Location at, int line, String covers, String scopeName) {

  public enum Scope {
    /** {@code # sfn-appsync-lint-disable-next-line}: findings that start on the next line. */
    NEXT_LINE,
    /** {@code # sfn-appsync-lint-disable-file}: findings anywhere in the file. */
    FILE,
    /** A {@code sfn-appsync-lint-disable} marker in a {@code Comment}: that object and inside. */
    NODE
  }

  /**
   * Whether it hides that rule's findings. One that names only unknown rules (a typo) hides
   * nothing: it is not one that names no rule, which hides every rule.
   */
  public boolean covers(String ruleId) {
    return ruleIds.isEmpty() ? unknownRules.isEmpty() : ruleIds.contains(ruleId);
  }
}

package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.Severity;

/** The engine's own finding for a suppression that hides nothing. */
@LintRule(
    id = "ASL098",
    name = "UnusedSuppression",
    severity = Severity.NOTE,
    summary = "A suppression comment or Comment marker hides no finding, or names no rule.",
    description = "Suppressions outlive the problems they were written for. An unused one hides "
        + "the next real problem at that place without anyone deciding so.",
    tags = {"maintainability", "suppression"},
    precision = Precision.VERY_HIGH,
    help = """
        ## What it finds
        - a `# sfn-appsync-lint-disable-next-line ID` comment whose next line has no `ID`
          finding;
        - a `# sfn-appsync-lint-disable-file ID` comment in a file with no `ID` finding;
        - a `sfn-appsync-lint-disable ID` marker in a state's `Comment` when neither the state
          nor what it contains has an `ID` finding;
        - a suppression that names a rule that does not exist.

        Suppressions of rules that are switched off in the configuration are not reported.

        ## Why it matters
        A stale suppression silently hides the next real problem at that place.

        ## Example
        ```yaml
        # sfn-appsync-lint-disable-next-line ASL006 -- kept for the v2 migration
        Archive:
          Type: Pass
          End: true
        ```
        (when `Archive` is reachable, nothing is suppressed)

        ## Fix
        Delete the suppression, or correct the rule id it names:
        ```yaml
        Archive:
          Type: Pass
          End: true
        ```
        """)
public final class UnusedSuppression implements Rule {}

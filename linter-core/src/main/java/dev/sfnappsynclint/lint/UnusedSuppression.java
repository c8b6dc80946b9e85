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
        `Archive orders` was unreachable once; now `Load orders` leads to it, and the comment
        hides nothing.
        ```yaml
        StartAt: Load orders
        States:
          Load orders:
            Type: Task
            Resource: arn:aws:lambda:us-east-1:123456789012:function:load-orders
            Next: Archive orders
          # sfn-appsync-lint-disable-next-line ASL006 -- kept for the v2 migration
          Archive orders:
            Type: Task
            Resource: arn:aws:lambda:us-east-1:123456789012:function:archive-orders
            End: true
        ```

        ## Fix
        Delete the suppression, or correct the rule id it names:
        ```yaml
        StartAt: Load orders
        States:
          Load orders:
            Type: Task
            Resource: arn:aws:lambda:us-east-1:123456789012:function:load-orders
            Next: Archive orders
          Archive orders:
            Type: Task
            Resource: arn:aws:lambda:us-east-1:123456789012:function:archive-orders
            End: true
        ```
        """)
public final class UnusedSuppression implements Rule {}

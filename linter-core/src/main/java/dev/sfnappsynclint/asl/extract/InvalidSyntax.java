package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.Severity;

/**
 * The extractors' own finding for a definition or template that cannot be read at all. It is
 * not a check that runs on a model, so it lives with them rather than in the rules module.
 */
@LintRule(
    id = "ASL000",
    name = "InvalidSyntax",
    severity = Severity.ERROR,
    summary = "The state machine file is not well-formed JSON or YAML, or breaks a linter limit.",
    description = "A definition that does not parse cannot be deployed. Nothing else is checked "
        + "in the file until it parses; other files are still linted. The rule cannot be "
        + "switched off, but its severity can be changed.",
    tags = {"correctness", "syntax"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html",
    canBeDisabled = false,
    help = """
        ## What it finds
        A state machine file (`*.asl.json`, `*.asl.yaml`, or a JSON/YAML file with `StartAt` and
        `States`) that is not well-formed JSON or YAML: a missing comma or brace, a stray
        character, bad indentation, text that is not UTF-8. Also files above the linter's size
        limit (10 MiB by default) and values nested deeper than its depth limit.

        ## Why it matters
        Step Functions rejects a definition that does not parse, and no other rule can look at it.

        ## Example
        A comma is missing between two states:
        ```json
        {
          "StartAt": "Validate",
          "States": {
            "Validate": { "Type": "Pass", "Next": "Done" }
            "Done": { "Type": "Succeed" }
          }
        }
        ```

        ## Fix
        Correct the syntax at the reported line and column:
        ```json
        {
          "StartAt": "Validate",
          "States": {
            "Validate": { "Type": "Pass", "Next": "Done" },
            "Done": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class InvalidSyntax implements Rule {}

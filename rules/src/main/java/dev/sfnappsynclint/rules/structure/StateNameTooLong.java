package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL066",
    name = "StateNameTooLong",
    severity = Severity.ERROR,
    summary = "A state name is longer than the 80 characters Step Functions allows.",
    description = "State names, in every scope, are limited to 80 characters; a longer name "
        + "makes Step Functions reject the definition.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
    help = """
        ## What it finds
        A key of `States` (at the top level, in a Parallel branch or in a Map's item
        processor) longer than 80 characters.

        ## Why it matters
        Step Functions refuses the definition: "State names must be unique within the scope of
        the whole state machine" and "must not exceed 80 characters".

        ## Example
        ```json
        {
          "StartAt": "Validate the incoming order against the customer's account limits and the catalogue",
          "States": {
            "Validate the incoming order against the customer's account limits and the catalogue": {
              "Type": "Succeed"
            }
          }
        }
        ```

        ## Fix
        Shorten the name (and every `StartAt`, `Next` or `Default` that names it); put the
        explanation in `Comment`:
        ```json
        {
          "StartAt": "ValidateOrder",
          "States": {
            "ValidateOrder": {
              "Type": "Succeed",
              "Comment": "Validate the incoming order against the customer's account limits and the catalogue"
            }
          }
        }
        ```
        """)
public final class StateNameTooLong implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    SchemaViolations.report(machine, findings, SchemaViolation.Kind.STATE_NAME_TOO_LONG);
  }
}

package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL061",
    name = "MissingRequiredField",
    severity = Severity.ERROR,
    summary = "A field the States Language requires is missing: a Task's Resource, a Wait's "
        + "duration, Branches, Choices, a Map's ItemProcessor, a catcher's or Choice rule's "
        + "Next, Credentials' RoleArn, a Distributed Map's ExecutionType.",
    description = "Step Functions rejects an object that lacks a field it needs. Checked "
        + "against the linter's JSON Schema of the States Language.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-access-cross-acct-resources.html"
    },
    help = """
        ## What it finds
        - a Task state without `Resource`; a Parallel state without `Branches`; a Map state
          without `ItemProcessor` (or the legacy `Iterator`); a Choice state without `Choices`;
        - a Wait state without any of `Seconds`, `SecondsPath`, `Timestamp`, `TimestampPath`;
        - a catcher, or a top-level Choice rule, without `Next`;
        - `Credentials` without `RoleArn` (or `RoleArn.$` in a JSONPath state);
        - `ProcessorConfig` with `"Mode": "DISTRIBUTED"` but no `ExecutionType`;
        - an `ItemReader` without `Resource`; a `ReaderConfig` with
          `"CSVHeaderLocation": "GIVEN"` but no `CSVHeaders`.

        (A missing `StartAt`, `States` or `Type` is ASL001's; `Next`/`End` on states is
        ASL009's; `ErrorEquals` is ASL021's.)

        ## Why it matters
        Step Functions refuses the definition (`SCHEMA_VALIDATION_FAILED`).

        ## Example
        ```json
        {
          "StartAt": "Pause",
          "States": {
            "Pause": { "Type": "Wait", "End": true }
          }
        }
        ```

        ## Fix
        Add the field:
        ```json
        {
          "StartAt": "Pause",
          "States": {
            "Pause": { "Type": "Wait", "Seconds": 10, "End": true }
          }
        }
        ```
        """)
public final class MissingRequiredField implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    SchemaViolations.report(machine, findings, SchemaViolation.Kind.MISSING_FIELD);
  }
}

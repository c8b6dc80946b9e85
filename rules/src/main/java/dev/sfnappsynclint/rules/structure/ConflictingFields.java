package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL063",
    name = "ConflictingFields",
    severity = Severity.ERROR,
    summary = "Two fields that exclude each other are both set: a value and its *Path, two "
        + "Wait durations, ItemProcessor and Iterator, ItemSelector and Parameters.",
    description = "The States Language lets a state give a setting one way only. Step "
        + "Functions rejects a definition that gives it twice.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itembatcher.html"
    },
    help = """
        ## What it finds
        Both of:
        - `TimeoutSeconds` and `TimeoutSecondsPath`, `HeartbeatSeconds` and
          `HeartbeatSecondsPath` (Task);
        - two of `Seconds`, `SecondsPath`, `Timestamp`, `TimestampPath` (Wait);
        - `Error` and `ErrorPath`, `Cause` and `CausePath` (Fail);
        - `ItemProcessor` and `Iterator`, `ItemSelector` and `Parameters`, `MaxConcurrency`
          and `MaxConcurrencyPath`, `ToleratedFailureCount`/`ToleratedFailurePercentage` and
          their `Path` (Map);
        - `MaxItems` and `MaxItemsPath` (ReaderConfig), `MaxItemsPerBatch` and
          `MaxInputBytesPerBatch` and their `Path` (ItemBatcher), `RoleArn` and `RoleArn.$`.

        ## Why it matters
        Step Functions refuses the definition (`SCHEMA_VALIDATION_FAILED`), and a reader cannot
        tell which of the two was meant.

        ## Example
        ```json
        {
          "StartAt": "Pause",
          "States": {
            "Pause": { "Type": "Wait", "Seconds": 10, "SecondsPath": "$.delay", "End": true }
          }
        }
        ```

        ## Fix
        Keep one of the two:
        ```json
        {
          "StartAt": "Pause",
          "States": {
            "Pause": { "Type": "Wait", "SecondsPath": "$.delay", "End": true }
          }
        }
        ```
        """)
public final class ConflictingFields implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    SchemaViolations.report(machine, findings, SchemaViolation.Kind.CONFLICTING_FIELDS);
  }
}

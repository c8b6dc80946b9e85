package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL062",
    name = "InvalidFieldValue",
    severity = Severity.ERROR,
    summary = "A field's value has the wrong type or is outside what the States Language "
        + "allows: a string for TimeoutSeconds, an unknown Mode or InputType, a non-boolean "
        + "BooleanEquals.",
    description = "Step Functions checks the type and range of every field it reads; the "
        + "linter checks them against its JSON Schema of the States Language. Values it cannot "
        + "know (a ${placeholder}, a JSONata expression, a CloudFormation intrinsic) are "
        + "never judged.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html"
    },
    help = """
        ## What it finds
        - numbers that must be integers (`TimeoutSeconds`, `HeartbeatSeconds` from 1, Wait
          `Seconds`, `MaxConcurrency`, `ToleratedFailureCount` from 0), a
          `ToleratedFailurePercentage` outside 0–100, batch sizes below 1;
        - strings where the States Language wants one (`Resource`, `Comment`, every `*Path`,
          `Timestamp`, `Error`, `Cause`, `Label`), objects where it wants one (`Parameters`,
          `ResultSelector`, `ItemSelector`, `Assign`, `Credentials`);
        - values outside an enumeration: `QueryLanguage`, `ProcessorConfig` `Mode` and
          `ExecutionType`, `ReaderConfig` `InputType`, `CSVHeaderLocation`, `CSVDelimiter`;
        - a Choice operand of the wrong type (`NumericEquals: "5"`, `BooleanEquals: "true"`).

        ## Why it matters
        Step Functions refuses the definition (`SCHEMA_VALIDATION_FAILED`).

        ## Example
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "TimeoutSeconds": "30",
              "End": true
            }
          }
        }
        ```

        ## Fix
        Write the value with the type the field takes:
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "TimeoutSeconds": 30,
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidFieldValue implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    SchemaViolations.report(machine, findings, SchemaViolation.Kind.INVALID_VALUE);
  }
}

package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;

@LintRule(
    id = "ASL060",
    name = "UnknownField",
    severity = Severity.ERROR,
    summary = "A field the Amazon States Language does not define where it is written: a typo, "
        + "or a field of another state type.",
    description = "Step Functions validates every object of a definition against the States "
        + "Language and rejects a field it does not know with SCHEMA_VALIDATION_FAILED: at the "
        + "top level, in a state (Retry on a Pass state, TimeoutSeconds on a Map), in a "
        + "retrier, catcher, Choice rule, Credentials, ItemReader, ItemBatcher, ResultWriter "
        + "or ProcessorConfig.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-states.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html"
    },
    help = """
        ## What it finds
        A key that the object it is in does not have in the States Language, checked against
        the JSON Schema the linter ships for both query languages: a misspelt field
        (`MaxAttempt` for `MaxAttempts`), a field of another state type (`Retry` and `Catch`
        only exist on Task, Parallel and Map states, `TimeoutSeconds` only on Task states), a
        field in the wrong object (`ExecutionType` outside `ProcessorConfig`). Keys inside
        payloads (`Parameters`, `Arguments`, `Result`, `Assign`, `Output`, ...) are yours and
        never checked.

        ## Why it matters
        Step Functions refuses to create or update the state machine
        (`SCHEMA_VALIDATION_FAILED`). A misspelt optional field that a tool silently ignored
        would be worse: the retry policy you wrote would not exist.

        ## Example
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "Retry": [{ "ErrorEquals": ["States.TaskFailed"], "MaxAttempt": 3 }],
              "End": true
            }
          }
        }
        ```

        ## Fix
        Spell the field as the States Language does, or move it where it belongs:
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "Retry": [{ "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 3 }],
              "End": true
            }
          }
        }
        ```
        """)
public final class UnknownField implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    SchemaViolations.report(machine, findings, SchemaViolation.Kind.UNKNOWN_FIELD,
        violation -> violation.message().startsWith("Unknown field")
            ? violation.message() + SimilarNames.hint(violation.field(), violation.expected())
            : violation.message());
  }
}

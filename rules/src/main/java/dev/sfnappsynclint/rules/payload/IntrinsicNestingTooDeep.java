package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicFunction;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL089",
    name = "IntrinsicNestingTooDeep",
    severity = Severity.ERROR,
    summary = "Intrinsic function calls nested more than 10 deep in one field.",
    description = "Step Functions lets up to 10 intrinsic functions nest within a field.",
    tags = {"correctness", "jsonpath", "intrinsic-functions"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html"
    },
    help = """
        ## What it finds
        A `name.$` value (or Fail `ErrorPath`/`CausePath`) in which calls nest more than 10
        levels deep: `States.A(States.B(...))` counts 2.

        ## Why it matters
        The AWS guide: "You can nest up to 10 intrinsic functions within a field in your
        workflows." Deeper nesting is refused. Split the work: compute part of the value in
        one state (or `ResultSelector`) and the rest in the next.

        ## Example
        ```json
        {
          "StartAt": "Wrap",
          "States": {
            "Wrap": {
              "Type": "Pass",
              "Parameters": {
                "wrapped.$": "States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array($.value)))))))))))"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Wrap",
          "States": {
            "Wrap": {
              "Type": "Pass",
              "Parameters": {
                "wrapped.$": "States.Array(States.Array(States.Array(States.Array(States.Array($.value)))))"
              },
              "Next": "Wrap more"
            },
            "Wrap more": {
              "Type": "Pass",
              "Parameters": {
                "wrapped.$": "States.Array(States.Array(States.Array(States.Array(States.Array(States.Array($.wrapped))))))"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class IntrinsicNestingTooDeep implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (IntrinsicCalls call : IntrinsicCalls.in(machine)) {
      int depth = call.expression().depth();
      if (call.expression().isValid() && depth > IntrinsicFunction.MAX_NESTING) {
        findings.report(call.value().node(), "%s nests intrinsic functions %d deep; Step "
            + "Functions allows at most %d in one field.", call.where(), depth,
            IntrinsicFunction.MAX_NESTING);
      }
    }
  }
}

package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicProblem;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.StringPart;

@LintRule(
    id = "ASL088",
    name = "InvalidIntrinsicArguments",
    severity = Severity.ERROR,
    summary = "An intrinsic function gets the wrong number or kind of arguments, or a literal "
        + "value it refuses.",
    description = "Each intrinsic function takes a set number of arguments of set kinds. A "
        + "call with too few or too many, with a literal of the wrong kind (a string where an "
        + "integer goes, a literal where an array goes), a States.Format template whose {} "
        + "placeholders do not match its values, a States.Hash algorithm that does not exist, "
        + "or a States.ArrayRange with step 0 or more than 1,000 items is rejected or fails.",
    tags = {"correctness", "jsonpath", "intrinsic-functions"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html"
    },
    help = """
        ## What it finds
        In a call of a known intrinsic function, at any depth of nesting:

        - too few or too many arguments (`States.UUID($.seed)`, `States.MathRandom(1)`);
        - a literal argument of the wrong kind: a string or fraction where an integer goes
          (`States.ArrayRange`, `States.MathAdd`, `States.MathRandom`, the chunk size of
          `States.ArrayPartition`, the index of `States.ArrayGetItem`), a literal where an
          array or object goes, a non-string template or algorithm;
        - `States.Format` whose template has a different number of `{}` than values follow
          it (`\\{` and `\\}` are literal braces);
        - `States.Hash` with an algorithm other than MD5, SHA-1, SHA-256, SHA-384, SHA-512;
        - `States.ArrayRange` with step 0, or literal bounds that give more than 1,000 items;
        - `States.ArrayPartition` with a chunk size below 1; `States.JsonMerge` with a deep
          merge (`true`).

        Paths and nested calls are values known only at run time and are accepted anywhere.

        ## Why it matters
        Step Functions rejects such a call when it validates the definition, or the state fails
        with `States.Runtime` when it runs.

        ## Example
        ```json
        {
          "StartAt": "Digest",
          "States": {
            "Digest": {
              "Type": "Pass",
              "Parameters": {
                "digest.$": "States.Hash($.body, 'SHA256')",
                "label.$": "States.Format('{} of {}', $.index)"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Digest",
          "States": {
            "Digest": {
              "Type": "Pass",
              "Parameters": {
                "digest.$": "States.Hash($.body, 'SHA-256')",
                "label.$": "States.Format('{} of {}', $.index, $.total)"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidIntrinsicArguments implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (IntrinsicCalls call : IntrinsicCalls.in(machine)) {
      for (IntrinsicProblem problem : call.expression().problems()) {
        if (problem.kind() == IntrinsicProblem.Kind.ARGUMENTS) {
          findings.report(StringPart.locate(call.value().node(), problem.start(), problem.end()),
              "%s: %s", call.where(), problem.message());
        }
      }
    }
  }
}

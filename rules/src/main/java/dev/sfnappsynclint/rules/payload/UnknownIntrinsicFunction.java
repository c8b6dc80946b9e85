package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicFunction;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicProblem;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import dev.sfnappsynclint.tree.StringPart;

@LintRule(
    id = "ASL087",
    name = "UnknownIntrinsicFunction",
    severity = Severity.ERROR,
    summary = "A call of an intrinsic function that does not exist.",
    description = "The JSONPath intrinsic functions are a fixed set: States.Format, "
        + "States.StringToJson, States.JsonToString, States.Array, States.ArrayPartition, "
        + "States.ArrayContains, States.ArrayRange, States.ArrayGetItem, States.ArrayLength, "
        + "States.ArrayUnique, States.Base64Encode, States.Base64Decode, States.Hash, "
        + "States.JsonMerge, States.MathRandom, States.MathAdd, States.StringSplit and "
        + "States.UUID. Names are case-sensitive.",
    tags = {"correctness", "jsonpath", "intrinsic-functions"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html"
    },
    help = """
        ## What it finds
        A call, at any depth of nesting, of a function that is not one of the Step Functions
        intrinsic functions, with the closest real name when there is one.

        ## Why it matters
        Step Functions rejects the definition. JSONata functions (`$uppercase`) and other
        languages' names (`States.Concat`) do not exist in JSONPath states.

        ## Example
        ```json
        {
          "StartAt": "Tag",
          "States": {
            "Tag": {
              "Type": "Pass",
              "Parameters": {
                "id.$": "States.UUID()",
                "label.$": "States.Fromat('order-{}', $.orderId)"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Tag",
          "States": {
            "Tag": {
              "Type": "Pass",
              "Parameters": {
                "id.$": "States.UUID()",
                "label.$": "States.Format('order-{}', $.orderId)"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class UnknownIntrinsicFunction implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (IntrinsicCalls call : IntrinsicCalls.in(machine)) {
      for (IntrinsicProblem problem : call.expression().problems()) {
        if (problem.kind() != IntrinsicProblem.Kind.UNKNOWN_FUNCTION) {
          continue;
        }
        String name = call.expression().text().substring(problem.start(), problem.end());
        findings.report(StringPart.locate(call.value().node(), problem.start(), problem.end()),
            "%s calls %s, which is not an intrinsic function.%s", call.where(), name,
            SimilarNames.hint(name, IntrinsicFunction.names()));
      }
    }
  }
}

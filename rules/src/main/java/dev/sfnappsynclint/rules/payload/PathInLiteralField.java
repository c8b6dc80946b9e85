package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.path.JsonPath;
import dev.sfnappsynclint.asl.payload.PayloadTemplate;
import dev.sfnappsynclint.asl.payload.StatePayloads;
import dev.sfnappsynclint.asl.payload.TemplateMember;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Node;

@LintRule(
    id = "ASL084",
    name = "PathInLiteralField",
    severity = Severity.WARNING,
    summary = "A payload template field without .$ holds a path or function call, which is "
        + "passed on as literal text.",
    description = "Only fields whose names end with .$ are evaluated. \"id\": \"$.orderId\" "
        + "passes the text $.orderId, not the order's id.",
    tags = {"correctness", "jsonpath"},
    precision = Precision.MEDIUM,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html"
    },
    help = """
        ## What it finds
        A field of a payload template in a JSONPath state (`Parameters`, `ResultSelector`,
        `ItemSelector`, `Assign`, `Credentials`, ItemReader/ResultWriter `Parameters`,
        `BatchInput`) whose name does not end with `.$` and whose value is a string that is a
        whole path with at least one step (`$.orderId`, `$$.Execution.Id`, `$order.id`) or an
        intrinsic function call (`States.UUID()`).

        ## Why it matters
        Step Functions evaluates only the `name.$` fields; this one reaches the service, the
        variable or the next state as the text of the path. It is a warning because a literal
        path is sometimes the point (an EventBridge rule's `InputPath`, a nested definition).

        ## Example
        ```json
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Parameters": {
                "orderId": "$.detail.orderId"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Parameters": {
                "orderId.$": "$.detail.orderId"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class PathInLiteralField implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (PayloadTemplate template : StatePayloads.of(machine).templates()) {
      for (TemplateMember member : template.members()) {
        Node value = member.member().value();
        if (member.isDynamic() || value.asString().isEmpty()) {
          continue;
        }
        String text = value.asString().get();
        String kind = evaluatedKind(text);
        if (kind != null) {
          findings.report(value, "\"%s\" in %s of %s is %s, but the field's name does not end "
              + "with .$, so it is passed on as the literal text \"%s\". Name the field "
              + "\"%s.$\" to evaluate it.", member.name(), template.field(), template.where(),
              kind, text, member.name());
        }
      }
    }
  }

  /** "a path" or "an intrinsic function call" when the whole text is one; else null. */
  private static String evaluatedKind(String text) {
    if (JsonPath.looksLikePath(text)) {
      JsonPath path = JsonPath.parse(text);
      // "$" or "$USD" alone is more likely money than a path.
      boolean meaningful = !path.segments().isEmpty() || path.isContextPath();
      return path.isValid() && meaningful ? "a path" : null;
    }
    if (text.startsWith("States.") && IntrinsicExpression.looksLikeCall(text)
        && IntrinsicExpression.parse(text).isValid()) {
      return "an intrinsic function call";
    }
    return null;
  }
}

package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.payload.DynamicValue;
import dev.sfnappsynclint.asl.payload.PayloadTemplate;
import dev.sfnappsynclint.asl.payload.StatePayloads;
import dev.sfnappsynclint.asl.payload.TemplateMember;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.Node;

@LintRule(
    id = "ASL082",
    name = "InvalidDynamicValue",
    severity = Severity.ERROR,
    summary = "A name.$ field's value is neither a path nor an intrinsic function call.",
    description = "In a payload template (Parameters, ResultSelector, ItemSelector, Assign, "
        + "Credentials, ItemReader and ResultWriter Parameters, BatchInput) a field whose name "
        + "ends with .$ takes its value from a path or an intrinsic function call, so its "
        + "value must be a string that is one of them.",
    tags = {"correctness", "jsonpath"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html"
    },
    help = """
        ## What it finds
        A `name.$` field of a payload template, in a JSONPath state, whose value is not a
        string (a number, an object, `true`, `null`), or a string that neither begins with
        `$` nor is a function call (`States.Format(...)`). Strings with a `${Name}` template
        placeholder are left alone.

        ## Why it matters
        Step Functions rejects the definition: "The value for the field 'x.$' must be a valid
        JSONPath or a valid intrinsic function call".

        ## Example
        ```json
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Parameters": {
                "status.$": "PENDING",
                "id.$": "$.orderId"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        A literal value goes in a field without `.$`:
        ```json
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Parameters": {
                "status": "PENDING",
                "id.$": "$.orderId"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidDynamicValue implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (PayloadTemplate template : StatePayloads.of(machine).templates()) {
      for (TemplateMember member : template.members()) {
        if (!member.isDynamic()) {
          continue;
        }
        Node value = member.member().value();
        if (value.tag().isPresent() || Intrinsic.of(value).isPresent()) {
          continue;
        }
        String where = template.field() + " of " + template.where();
        if (!value.isString()) {
          findings.report(value, "\"%s\" in %s ends with .$, so its value must be a path or "
              + "an intrinsic function call (a string), not %s. For a literal value, drop "
              + ".$ from the name.", member.name(), where, value.kindDescription());
        } else if (DynamicValue.of(value.asString().orElseThrow()).form()
            == DynamicValue.Form.NEITHER) {
          findings.report(value, "\"%s\" in %s ends with .$, so its value must be a path "
              + "(beginning with $) or an intrinsic function call such as States.Format(...), "
              + "not \"%s\". For a literal value, drop .$ from the name.", member.name(),
              where, value.asString().orElseThrow());
        }
      }
    }
  }
}

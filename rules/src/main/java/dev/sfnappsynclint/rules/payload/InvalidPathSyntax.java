package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.path.JsonPath;
import dev.sfnappsynclint.asl.path.PathField;
import dev.sfnappsynclint.asl.path.PathSyntaxError;
import dev.sfnappsynclint.asl.payload.DynamicValue;
import dev.sfnappsynclint.asl.payload.EvaluatedString;
import dev.sfnappsynclint.asl.payload.StatePayloads;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.ScalarNode;
import dev.sfnappsynclint.tree.StringPart;

@LintRule(
    id = "ASL080",
    name = "InvalidPathSyntax",
    severity = Severity.ERROR,
    summary = "A path in a JSONPath state is not a path Step Functions can read.",
    description = "InputPath, OutputPath, ResultPath, every *Path field, a Choice rule's "
        + "Variable and ...Path operands, and the value of every name.$ field that begins "
        + "with $ must be a JSONPath path: $, $$ or $variable, then .name, ['name'], [index] "
        + "and the like. Step Functions rejects a definition whose path it cannot parse.",
    tags = {"correctness", "jsonpath"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html"
    },
    help = """
        ## What it finds
        A path that does not parse, in a state that uses JSONPath: an unclosed `[` or quote,
        a `.` with no name after it, an empty `[]`, an unquoted name in brackets (`[name]`),
        text that does not begin with `$`. It checks `InputPath`, `OutputPath`, `ResultPath`
        (also in Catchers), `ItemsPath`, `TimeoutSecondsPath`, `HeartbeatSecondsPath`,
        `SecondsPath`, `TimestampPath`, `ErrorPath`, `CausePath`, `MaxConcurrencyPath`,
        `ToleratedFailure*Path`, the batcher and reader limits, Choice `Variable` and
        `...Path` operands, and the values of `name.$` fields in payload templates.

        Names with hyphens (`$.detail-type`), context paths (`$$.Map.Item.Value`), variables
        (`$order.id`) and `${Name}` template placeholders are fine.

        ## Why it matters
        Step Functions validates paths when the state machine is created or updated and
        rejects the definition (`SCHEMA_VALIDATION_FAILED`, `INVALID_JSON_PATH`).

        ## Example
        ```json
        {
          "StartAt": "Pick",
          "States": {
            "Pick": {
              "Type": "Pass",
              "InputPath": "$.orders[0",
              "End": true
            }
          }
        }
        ```

        ## Fix
        Close the bracket:
        ```json
        {
          "StartAt": "Pick",
          "States": {
            "Pick": {
              "Type": "Pass",
              "InputPath": "$.orders[0]",
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidPathSyntax implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    StatePayloads payloads = StatePayloads.of(machine);
    for (State state : machine.states()) {
      for (PathField field : payloads.pathFields(state)) {
        if (field.hasPlaceholder() || (field.kind() == PathField.Kind.REFERENCE_PATH_OR_INTRINSIC
            && IntrinsicExpression.looksLikeCall(field.text()))) {
          continue;
        }
        JsonPath path = JsonPath.parse(field.text());
        path.error().ifPresent(error -> report(findings, field.node(),
            field.field() + " of " + field.where(), error));
      }
      for (EvaluatedString value : payloads.evaluatedStrings(state)) {
        if (value.value().form() == DynamicValue.Form.PATH) {
          value.value().path().flatMap(JsonPath::error).ifPresent(error -> report(findings,
              value.node(), "\"" + value.field() + "\" in " + value.where(), error));
        }
      }
    }
  }

  private static void report(Findings findings, ScalarNode node, String where,
      PathSyntaxError error) {
    findings.report(StringPart.locate(node, error.start(), error.end()),
        "\"%s\" (%s) is not a valid path: %s.", node.text(), where, error.message());
  }
}

package dev.sfnappsynclint.rules.jsonata;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.jsonata.JsonataExpression;
import dev.sfnappsynclint.asl.jsonata.JsonataExpressions;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL102",
    name = "JsonataTopLevelInputReference",
    severity = Severity.ERROR,
    summary = "A JSONata expression reads the state input through $, $$ or a bare field name "
        + "instead of $states.input.",
    description = "In Step Functions a JSONata expression has no context value at its top "
        + "level: the state input is $states.input. Step Functions rejects an expression that "
        + "starts a path with $, $$ or a field name outside a predicate or function body.",
    tags = {"correctness", "jsonata"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html"
    },
    help = """
        ## What it finds
        In a `{% %}` expression of a JSONata state, a reference to the context value at the top
        level of the expression: `$` or `$$` (`{% $.orderId %}`, `{% $$.orderId %}`), a bare
        field name (`{% orderId %}`, `{% order.items %}`) or a wildcard (`{% * %}`).
        References inside a predicate (`$states.input.items[price > 10]`), a later path step
        or a function body are relative to the items they filter or map and are not reported.

        ## Why it matters
        The AWS guide: in Step Functions, JSONata top-level field references, `$` and `$$` are
        not allowed; use `$states.input` for the state input (and `$states.context` for the
        execution's context object). Step Functions refuses such a definition.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Pick",
          "States": {
            "Pick": {
              "Type": "Pass",
              "Output": { "id": "{% orderId %}", "total": "{% $sum($.items.price) %}" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Pick",
          "States": {
            "Pick": {
              "Type": "Pass",
              "Output": {
                "id": "{% $states.input.orderId %}",
                "total": "{% $sum($states.input.items.price) %}"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class JsonataTopLevelInputReference implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (JsonataExpression expression : JsonataExpressions.of(machine).all()) {
      for (JsonataExpression.Reference reference : expression.rootReferences()) {
        findings.report(expression.location(reference.offset(), reference.length()),
            "The JSONata expression in %s of state \"%s\" reads %s at its top level; Step "
                + "Functions allows no top-level field reference, $ or $$ there: read the "
                + "state input as $states.input%s.",
            expression.describeField(), expression.state().name(), describe(reference),
            suggestion(reference));
      }
    }
  }

  private static String describe(JsonataExpression.Reference reference) {
    return switch (reference.node().type()) {
      case "name" -> "the field \"" + reference.name() + "\"";
      case "variable" -> reference.name().isEmpty() ? "$" : "$$";
      default -> "the context value";
    };
  }

  private static String suggestion(JsonataExpression.Reference reference) {
    return reference.node().is("name") ? " (\"$states.input." + reference.name() + "\")" : "";
  }
}

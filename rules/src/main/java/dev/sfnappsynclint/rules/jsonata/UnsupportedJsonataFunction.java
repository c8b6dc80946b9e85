package dev.sfnappsynclint.rules.jsonata;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.jsonata.JsonataExpression;
import dev.sfnappsynclint.asl.jsonata.JsonataExpressions;
import dev.sfnappsynclint.asl.jsonata.JsonataFunctions;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import java.util.ArrayList;
import java.util.List;

@LintRule(
    id = "ASL104",
    name = "UnsupportedJsonataFunction",
    severity = Severity.ERROR,
    summary = "A JSONata expression calls a function Step Functions does not provide.",
    description = "Step Functions provides JSONata 2.0's built-in functions except $eval, and "
        + "adds $partition, $range, $hash, $random, $uuid and $parse. Calling any other "
        + "function — $eval, or a misspelt name — fails when the expression is evaluated.",
    tags = {"correctness", "jsonata"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html"
    },
    help = """
        ## What it finds
        A call `$name(...)` in a `{% %}` expression where `name` is neither a JSONata built-in
        function nor one Step Functions adds, nor a function the expression defines itself
        (`$f := function($x) { ... }`, a lambda parameter). `$eval` is reported with its
        replacement, `$parse`; other names with the closest known function.

        ## Why it matters
        The AWS guide: all built-in JSONata 2.0.6 functions are supported except `$eval`; use
        `$parse` instead. Workflow variables hold JSON values, never functions, so calling an
        unknown name fails with `States.QueryEvaluationError` when the state runs.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Decode",
          "States": {
            "Decode": {
              "Type": "Pass",
              "Output": { "body": "{% $eval($states.input.body) %}", "n": "{% $cout($states.input.items) %}" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Decode",
          "States": {
            "Decode": {
              "Type": "Pass",
              "Output": { "body": "{% $parse($states.input.body) %}", "n": "{% $count($states.input.items) %}" },
              "End": true
            }
          }
        }
        ```
        """)
public final class UnsupportedJsonataFunction implements AslRule {

  private static final List<String> AVAILABLE = available();

  private static List<String> available() {
    List<String> names = new ArrayList<>();
    for (String name : JsonataFunctions.BUILT_IN) {
      if (JsonataFunctions.isAvailable(name)) {
        names.add(name);
      }
    }
    for (String name : JsonataFunctions.STEP_FUNCTIONS) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    names.sort(null);
    return List.copyOf(names);
  }

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (JsonataExpression expression : JsonataExpressions.of(machine).all()) {
      for (JsonataExpression.Reference call : expression.calls()) {
        String name = call.name();
        if (JsonataFunctions.isAvailable(name)) {
          continue;
        }
        String replacement = JsonataFunctions.UNSUPPORTED.get(name);
        String advice = replacement != null
            ? "Step Functions does not provide $" + name + ". Use $" + replacement + " instead."
            : "no such function exists in Step Functions' JSONata, and workflow variables "
                + "cannot hold functions." + SimilarNames.closest(name, AVAILABLE)
                    .map(similar -> " Did you mean $" + similar + "?").orElse("");
        findings.report(expression.location(call.offset(), call.length()),
            "The JSONata expression in %s of state \"%s\" calls $%s: %s",
            expression.describeField(), expression.state().name(), name, advice);
      }
    }
  }
}

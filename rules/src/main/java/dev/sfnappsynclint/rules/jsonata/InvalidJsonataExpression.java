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
    id = "ASL100",
    name = "InvalidJsonataExpression",
    severity = Severity.ERROR,
    summary = "A {% %} expression of a JSONata state is not valid JSONata.",
    description = "Every string of the form {% expression %} in a field of a JSONata state is "
        + "a JSONata expression, and Step Functions parses it when it validates the definition. "
        + "The linter parses it with a JSONata 2.0 parser and reports where it fails.",
    tags = {"correctness", "jsonata"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html"
    },
    help = """
        ## What it finds
        A `{% ... %}` string in a field Step Functions evaluates in a JSONata state
        (`Arguments`, `Output`, `Assign`, `Items`, `ItemSelector`, `Condition`, `Seconds`,
        `Timestamp`, `TimeoutSeconds`, `Error`, `Cause`, a Catcher's `Output`, ...) whose
        expression does not parse: an unclosed bracket or string, an operator without an operand,
        a stray `;` outside a `( ... )` block. The finding points at the place in the string
        where the parser stopped, when the string is written on one line.

        An expression holding a `${placeholder}` is not parsed: what replaces it is known only
        at deployment. Expressions nested more than 64 brackets deep or longer than 800 tokens
        are not parsed either.

        ## Why it matters
        Step Functions rejects a definition with an invalid JSONata expression; an expression it
        cannot evaluate fails the execution with `States.QueryEvaluationError`.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Total",
          "States": {
            "Total": {
              "Type": "Pass",
              "Output": { "total": "{% $sum($states.input.items.price %}" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Close the call:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Total",
          "States": {
            "Total": {
              "Type": "Pass",
              "Output": { "total": "{% $sum($states.input.items.price) %}" },
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidJsonataExpression implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (JsonataExpression expression : JsonataExpressions.of(machine).all()) {
      expression.syntaxError().ifPresent(error -> findings.report(
          expression.location(error.offset(), 1),
          "The JSONata expression in %s of state \"%s\" does not parse: %s.",
          expression.describeField(), expression.state().name(), message(error)));
    }
  }

  private static String message(dev.sfnappsynclint.asl.jsonata.JsonataSyntaxError error) {
    String message = error.message();
    while (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    return error.code().isEmpty() ? message : message + " (" + error.code() + ")";
  }
}

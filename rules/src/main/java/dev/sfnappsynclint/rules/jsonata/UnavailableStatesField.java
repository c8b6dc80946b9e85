package dev.sfnappsynclint.rules.jsonata;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.asl.jsonata.JsonataExpression;
import dev.sfnappsynclint.asl.jsonata.JsonataExpression.Place;
import dev.sfnappsynclint.asl.jsonata.JsonataExpressions;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL103",
    name = "UnavailableStatesField",
    severity = Severity.ERROR,
    summary = "A JSONata expression reads $states.result or $states.errorOutput where Step "
        + "Functions does not provide it.",
    description = "$states.result holds the result of a Task, Parallel or Map state and exists "
        + "only in that state's own Output and Assign; $states.errorOutput holds the error a "
        + "Catcher caught and exists only in the Catcher's Output and Assign. Step Functions "
        + "rejects an expression that reads either anywhere else.",
    tags = {"correctness", "jsonata"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html"
    },
    help = """
        ## What it finds
        - `$states.result` anywhere but the `Output` or `Assign` of a `Task`, `Parallel` or
          `Map` state: in `Arguments`, `Items`, a Choice rule, a Pass or Wait state, a Catcher.
        - `$states.errorOutput` anywhere but a Catcher's `Output` or `Assign`.

        ## Why it matters
        The reserved `$states` variable holds `input` and `context` everywhere, `result` only
        once a Task, Parallel or Map state has its result (its `Output` and `Assign`), and
        `errorOutput` only in a Catcher. Step Functions rejects an expression that reads either
        where it does not exist.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": { "FunctionName": "charge", "Payload": "{% $states.input %}" },
              "Catch": [
                {
                  "ErrorEquals": ["States.ALL"],
                  "Output": { "failed": "{% $states.result %}" },
                  "Next": "Failed"
                }
              ],
              "End": true
            },
            "Failed": { "Type": "Fail", "Error": "ChargeFailed" }
          }
        }
        ```

        ## Fix
        In a Catcher, the error is `$states.errorOutput`:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": { "FunctionName": "charge", "Payload": "{% $states.input %}" },
              "Catch": [
                {
                  "ErrorEquals": ["States.ALL"],
                  "Output": { "failed": "{% $states.errorOutput %}" },
                  "Next": "Failed"
                }
              ],
              "End": true
            },
            "Failed": { "Type": "Fail", "Error": "ChargeFailed" }
          }
        }
        ```
        """)
public final class UnavailableStatesField implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (JsonataExpression expression : JsonataExpressions.of(machine).all()) {
      for (JsonataExpression.Reference field : expression.statesFields()) {
        String problem = switch (field.name()) {
          case "result" -> resultAvailable(expression) ? null
              : "$states.result exists only in the Output and Assign of a Task, Parallel or "
                  + "Map state" + (expression.place() == Place.CATCHER
                      ? "; in a Catcher the error is $states.errorOutput" : "");
          case "errorOutput" -> expression.place() == Place.CATCHER ? null
              : "$states.errorOutput exists only in a Catcher's Output and Assign";
          default -> null;
        };
        if (problem != null) {
          findings.report(expression.location(field.offset(), field.length()),
              "The JSONata expression in %s of state \"%s\" reads $states.%s, but %s.",
              expression.describeField(), expression.state().name(), field.name(), problem);
        }
      }
    }
  }

  private static boolean resultAvailable(JsonataExpression expression) {
    State state = expression.state();
    boolean producesResult = state.is(StateType.TASK) || state.is(StateType.PARALLEL)
        || state.is(StateType.MAP);
    return producesResult && expression.place() == Place.STATE
        && (expression.field().equals("Output") || expression.field().equals("Assign"));
  }
}

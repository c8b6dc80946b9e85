package dev.sfnappsynclint.rules.jsonata;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.jsonata.JsonataExpressions;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL101",
    name = "JsonataInJsonPathState",
    severity = Severity.WARNING,
    summary = "A {% %} expression is written in a JSONPath state, where it is a plain string.",
    description = "Step Functions evaluates {% %} strings only in states whose query language "
        + "is JSONata. In a JSONPath state the string is passed on as it is written, which is "
        + "rarely what was meant: the state or the machine needs \"QueryLanguage\": \"JSONata\".",
    tags = {"correctness", "jsonata"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html"
    },
    help = """
        ## What it finds
        A string value of the form `{% ... %}` anywhere in a state whose query language is
        JSONPath — the machine sets no `QueryLanguage` (JSONPath is the default), or the state
        sets `"QueryLanguage": "JSONPath"`.

        ## Why it matters
        Only JSONata states evaluate `{% %}` expressions. In a JSONPath state the text is a
        string literal: a Pass state outputs the expression itself, a Task sends it to the
        service as it is.

        ## Example
        ```json
        {
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Parameters": { "greeting": "{% 'Hello ' & $states.input.name %}" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Make the machine (or the state) a JSONata one and use its fields:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Output": { "greeting": "{% 'Hello ' & $states.input.name %}" },
              "End": true
            }
          }
        }
        ```
        """)
public final class JsonataInJsonPathState implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (JsonataExpressions.NotEvaluated string : JsonataExpressions.of(machine).notEvaluated()) {
      findings.report(string.node(), "State \"%s\" uses the JSONPath query language, so this "
          + "{%% %%} string is not evaluated: it is passed on as written. Set \"QueryLanguage\": "
          + "\"JSONata\" on the state or the state machine.", string.state().name());
    }
  }
}

package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicSyntaxError;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.StringPart;

@LintRule(
    id = "ASL086",
    name = "MalformedIntrinsicCall",
    severity = Severity.ERROR,
    summary = "An intrinsic function call does not parse: unbalanced quotes or parentheses, a "
        + "missing argument, a double-quoted string.",
    description = "Intrinsic function calls have a fixed syntax: States.Name(argument, ...), "
        + "where an argument is a single-quoted string, a number, true, false, null, a path or "
        + "another call. Step Functions rejects a definition with a call it cannot parse.",
    tags = {"correctness", "jsonpath", "intrinsic-functions"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html"
    },
    help = """
        ## What it finds
        The value of a `name.$` field (or a Fail state's `ErrorPath`/`CausePath`) written as a
        function call that does not parse: a `(` or `'` never closed, text after the closing
        `)`, a missing argument (`f(a,)`), a word that is not an argument (`f(pending)`), a
        string in double quotes. Inside single-quoted strings, `\\'`, `\\{`, `\\}` and `\\\\`
        are the escapes.

        ## Why it matters
        Step Functions rejects the definition: "The value for the field 'x.$' must be a valid
        JSONPath or a valid intrinsic function call".

        ## Example
        ```json
        {
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Parameters": {
                "greeting.$": "States.Format('Hello, {}!, $.name)"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Parameters": {
                "greeting.$": "States.Format('Hello, {}!', $.name)"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class MalformedIntrinsicCall implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (IntrinsicCalls call : IntrinsicCalls.in(machine)) {
      if (call.expression().error().isEmpty()) {
        continue;
      }
      IntrinsicSyntaxError error = call.expression().error().get();
      findings.report(StringPart.locate(call.value().node(), error.start(), error.end()),
          "%s is not a valid intrinsic function call: %s.", call.where(), error.message());
    }
  }
}

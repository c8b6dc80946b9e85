package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.payload.PayloadTemplate;
import dev.sfnappsynclint.asl.payload.TemplateMember;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL085",
    name = "DynamicFieldInPassResult",
    severity = Severity.WARNING,
    summary = "A Pass state's Result has a name.$ field, which is taken literally.",
    description = "Result is a fixed value: Step Functions does not evaluate paths or intrinsic "
        + "functions in it, so a name.$ field stays as written, name and value. Use Parameters "
        + "to build a value from the input.",
    tags = {"correctness", "jsonpath"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html"
    },
    help = """
        ## What it finds
        A field whose name ends with `.$`, at any depth, in the `Result` of a Pass state that
        uses JSONPath.

        ## Why it matters
        `Result` is output as written: the next state receives a field named `total.$` whose
        value is the text `$.amount`. Payload templates — where `.$` means "evaluate" — are
        `Parameters`, `ResultSelector` and the like.

        ## Example
        ```json
        {
          "StartAt": "Shape",
          "States": {
            "Shape": {
              "Type": "Pass",
              "Result": { "total.$": "$.amount" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Shape",
          "States": {
            "Shape": {
              "Type": "Pass",
              "Parameters": { "total.$": "$.amount" },
              "End": true
            }
          }
        }
        ```
        """)
public final class DynamicFieldInPassResult implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      PayloadTemplate.passResult(state).ifPresent(result -> {
        for (TemplateMember member : PayloadTemplate.membersUnder(result)) {
          if (member.isDynamic()) {
            findings.report(member.member().key(), "\"%s\" in the Result of Pass state \"%s\" is "
                + "not evaluated: Result is taken literally, so the output has a field named "
                + "\"%s\". Use Parameters to evaluate paths and intrinsic functions.",
                member.name(), state.name(), member.name());
          }
        }
      });
    }
  }
}

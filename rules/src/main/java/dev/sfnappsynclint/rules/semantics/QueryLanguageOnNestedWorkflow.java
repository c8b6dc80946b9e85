package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;

@LintRule(
    id = "ASL075",
    name = "QueryLanguageOnNestedWorkflow",
    severity = Severity.WARNING,
    summary = "A Parallel branch or a Map's ItemProcessor/Iterator declares QueryLanguage.",
    description = "QueryLanguage is a field of the state machine and of states. A branch or an "
        + "item processor is not a state machine of its own: its states inherit the top-level "
        + "QueryLanguage, not one written on the branch or processor, and Step Functions does "
        + "not document the field there.",
    tags = {"correctness", "jsonata"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html"
    },
    help = """
        ## What it finds
        `QueryLanguage` written in a Parallel state's branch or in a Map state's
        `ItemProcessor` (or legacy `Iterator`), next to `StartAt` and `States`.

        ## Why it matters
        The documentation defines `QueryLanguage` at the top level and on states only; the
        fields of `ItemProcessor` are `ProcessorConfig`, `StartAt` and `States`. The states of
        the branch still use the machine's top-level language (or their own `QueryLanguage`),
        so the field does not do what it says, and Step Functions may reject it as an
        unexpected field.

        ## Example
        ```json
        {
          "StartAt": "Each order",
          "States": {
            "Each order": {
              "Type": "Map",
              "ItemProcessor": {
                "QueryLanguage": "JSONata",
                "StartAt": "Ship",
                "States": {
                  "Ship": { "Type": "Pass", "End": true }
                }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Set `QueryLanguage` on the states (or at the top level):
        ```json
        {
          "StartAt": "Each order",
          "States": {
            "Each order": {
              "Type": "Map",
              "ItemProcessor": {
                "StartAt": "Ship",
                "States": {
                  "Ship": { "Type": "Pass", "QueryLanguage": "JSONata", "End": true }
                }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class QueryLanguageOnNestedWorkflow implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (scope.kind() == Scope.Kind.ROOT) {
        continue;
      }
      scope.object().flatMap(o -> o.member("QueryLanguage")).map(Member::key)
          .ifPresent(key -> findings.report(key, "QueryLanguage in %s has no effect: states "
              + "inherit the top-level QueryLanguage (%s), and the field is defined only at "
              + "the top level and on states. Set QueryLanguage on the states instead.",
              scope.describe(), machine.queryLanguage().aslName()));
    }
  }
}

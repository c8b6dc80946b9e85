package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL006",
    name = "UnreachableState",
    severity = Severity.ERROR,
    summary = "A state that no path from StartAt reaches is never executed.",
    description = "The linter follows every transition (Next, Default, Choice rules, Catch) from "
        + "StartAt, per scope. A state that no path reaches, including states that only reach "
        + "each other, is dead code; Step Functions rejects definitions with unreachable states.",
    tags = {"correctness", "reachability"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-transitions.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html"
    },
    help = """
        ## What it finds
        A state of a scope (top level, Parallel branch, Map item processor) that no sequence of
        transitions from the scope's `StartAt` reaches. Having an incoming `Next` is not enough:
        two states that point only at each other are both unreachable if nothing reaches them.

        ## Why it matters
        Step Functions rejects a definition with an unreachable state. Usually the state was
        meant to run — a `Next` points at the wrong state, or a Catcher was removed.

        ## Example
        ```json
        {
          "StartAt": "Load",
          "States": {
            "Load": { "Type": "Pass", "Next": "Publish" },
            "Archive": { "Type": "Pass", "End": true },
            "Publish": { "Type": "Succeed" }
          }
        }
        ```

        ## Fix
        Point a transition at the state, or delete it:
        ```json
        {
          "StartAt": "Load",
          "States": {
            "Load": { "Type": "Pass", "Next": "Archive" },
            "Archive": { "Type": "Pass", "Next": "Publish" },
            "Publish": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class UnreachableState implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      String start = scope.startAt().orElse("");
      for (State state : scope.statesUnreachableFromStart()) {
        findings.report(state.nameNode(), "State \"%s\" is never reached from \"%s\": no path of "
            + "Next, Default, Choice or Catch transitions in %s leads to it.", state.name(), start,
            scope.describe());
      }
    }
  }
}

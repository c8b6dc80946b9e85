package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.Sentences;

@LintRule(
    id = "ASL007",
    name = "NoTerminalState",
    severity = Severity.ERROR,
    summary = "A scope has no terminal state, so its executions can never finish.",
    description = "The state machine, each Parallel branch and each Map item processor needs "
        + "at least one state that ends it: a Succeed or Fail state, or a state with "
        + "\"End\": true. Step Functions rejects a definition without one.",
    tags = {"correctness", "reachability"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-transitions.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html"
    },
    help = """
        ## What it finds
        A scope (top level, Parallel branch, Map item processor) in which no state is terminal:
        none is a `Succeed` or `Fail` state and none has `"End": true`.

        ## Why it matters
        Step Functions rejects the definition (`MISSING_END_STATE`): there is no way for an
        execution, a branch or an iteration to finish.

        ## Example
        ```json
        {
          "StartAt": "Poll",
          "States": {
            "Poll": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:job-status", "Next": "Wait" },
            "Wait": { "Type": "Wait", "Seconds": 30, "Next": "Poll" }
          }
        }
        ```

        ## Fix
        Add a way out: a Choice state that goes to a `Succeed` state when the work is done, or
        `"End": true` on the last state.
        ```json
        {
          "StartAt": "Poll",
          "States": {
            "Poll": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:job-status", "Next": "Done?" },
            "Done?": {
              "Type": "Choice",
              "Choices": [{ "Variable": "$.status", "StringEquals": "DONE", "Next": "Done" }],
              "Default": "Wait"
            },
            "Wait": { "Type": "Wait", "Seconds": 30, "Next": "Poll" },
            "Done": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class NoTerminalState implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (scope.states().isEmpty() || !scope.terminalStates().isEmpty()) {
        continue;
      }
      findings.report(scope.statesMember().orElseThrow().key(), "%s has no terminal state: no "
          + "state is a Succeed or Fail state or has \"End\": true, so it can never finish.",
          Sentences.capitalized(scope.describe()));
    }
  }
}

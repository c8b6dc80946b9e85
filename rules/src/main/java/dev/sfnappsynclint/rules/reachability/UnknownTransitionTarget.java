package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.Transition;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import java.util.List;

@LintRule(
    id = "ASL004",
    name = "UnknownTransitionTarget",
    severity = Severity.ERROR,
    summary = "Next, Default, a Choice rule's Next or a Catcher's Next names a state that its "
        + "scope does not have.",
    description = "Transitions connect states of one scope. A misspelled or deleted target, or "
        + "one in another scope (a branch cannot jump out to the enclosing state machine), is "
        + "rejected by Step Functions.",
    tags = {"correctness", "reachability"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-transitions.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html"
    },
    help = """
        ## What it finds
        A transition target that is not a state of the same scope: `Next`, a Choice state's
        `Default` or a Choice rule's `Next`, a Catcher's `Next`. Inside a Parallel branch or a
        Map item processor, a target that only exists in the enclosing scope is reported with
        that explanation.

        ## Why it matters
        Step Functions rejects the definition (`MISSING_TRANSITION_TARGET`). A Parallel branch
        or a Map iteration ends with a terminal state of its own; the enclosing state then moves
        on with its own `Next`.

        ## Example
        ```json
        {
          "StartAt": "Check payment",
          "States": {
            "Check payment": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.payment", "StringEquals": "PAID", "Next": "Ship" },
                { "Variable": "$.payment", "StringEquals": "PENDING", "Next": "Wait for payment" }
              ],
              "Default": "Cancel"
            },
            "Wait for payment": { "Type": "Wait", "Seconds": 300, "Next": "Check paymnet" },
            "Ship": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship", "End": true },
            "Cancel": { "Type": "Fail", "Error": "PaymentDeclined" }
          }
        }
        ```

        ## Fix
        Name an existing state of the same scope. To leave a branch, end it (`"End": true`) and
        continue from the Parallel or Map state's `Next`.
        ```json
        {
          "StartAt": "Check payment",
          "States": {
            "Check payment": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.payment", "StringEquals": "PAID", "Next": "Ship" },
                { "Variable": "$.payment", "StringEquals": "PENDING", "Next": "Wait for payment" }
              ],
              "Default": "Cancel"
            },
            "Wait for payment": { "Type": "Wait", "Seconds": 300, "Next": "Check payment" },
            "Ship": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship", "End": true },
            "Cancel": { "Type": "Fail", "Error": "PaymentDeclined" }
          }
        }
        ```
        """)
public final class UnknownTransitionTarget implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      for (Transition transition : state.transitions()) {
        if (transition.isResolved()) {
          continue;
        }
        String target = transition.targetName();
        String field = transition.kind().field();
        List<State> elsewhere = machine.statesNamed(target);
        if (!elsewhere.isEmpty()) {
          findings.report(transition.targetNode(), "%s of \"%s\" names \"%s\", which is a state "
              + "of %s, not of %s: a transition cannot leave its scope.", field, state.name(),
              target, elsewhere.get(0).scope().describe(), state.scope().describe());
        } else {
          List<String> names = state.scope().stateNames();
          findings.report(transition.targetNode(), "%s of \"%s\" names \"%s\", but %s has no "
              + "such state.%s", field, state.name(), target, state.scope().describe(),
              SimilarNames.hint(target, names));
        }
      }
    }
  }
}

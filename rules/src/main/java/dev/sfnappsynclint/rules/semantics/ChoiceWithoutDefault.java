package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL076",
    name = "ChoiceWithoutDefault",
    severity = Severity.WARNING,
    summary = "A Choice state has no Default: when no rule matches, the execution fails with "
        + "States.NoChoiceMatched.",
    description = "Without Default, an input that matches none of a Choice state's rules ends "
        + "the execution with the error States.NoChoiceMatched, which a Choice state cannot "
        + "catch.",
    tags = {"reliability"},
    precision = Precision.MEDIUM,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        A Choice state without a `Default` field.

        ## Why it matters
        "If no Choice Rule matches and no Default is provided, the state machine throws an
        error" — `States.NoChoiceMatched` (AWS, *Choice workflow state*). A Choice state has
        no `Catch`, so the error fails the branch or the execution unless an enclosing
        Parallel or Map state catches it. Even when the rules look exhaustive, a value of an
        unexpected type or a missing field matches none of them.

        ## Example
        ```json
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.kind", "StringEquals": "refund", "Next": "Refund" }
              ]
            },
            "Refund": { "Type": "Succeed" }
          }
        }
        ```

        ## Fix
        Name a state for the inputs no rule matches:
        ```json
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.kind", "StringEquals": "refund", "Next": "Refund" }
              ],
              "Default": "Unknown kind"
            },
            "Refund": { "Type": "Succeed" },
            "Unknown kind": { "Type": "Fail", "Error": "UnknownKind", "Cause": "No route" }
          }
        }
        ```
        """)
public final class ChoiceWithoutDefault implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      if (state.is(StateType.CHOICE) && state.field("Default").isEmpty()) {
        findings.report(state.nameNode(), "Choice state \"%s\" has no Default: an input that "
            + "matches none of its rules fails with States.NoChoiceMatched. Add a Default "
            + "state.", state.name());
      }
    }
  }
}

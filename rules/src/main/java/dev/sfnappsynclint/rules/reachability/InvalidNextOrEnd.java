package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Optional;

@LintRule(
    id = "ASL009",
    name = "InvalidNextOrEnd",
    severity = Severity.ERROR,
    summary = "A state has both Next and End, neither, \"End\": false, or Next/End on a state "
        + "type that cannot have them.",
    description = "Task, Pass, Wait, Parallel and Map states continue with exactly one of Next "
        + "or \"End\": true. Choice states move on through Choices and Default; Succeed and Fail "
        + "states end the scope. Anything else is rejected by Step Functions.",
    tags = {"correctness", "reachability"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-transitions.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-succeed.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html"
    },
    help = """
        ## What it finds
        - a Task, Pass, Wait, Parallel or Map state with both `Next` and `"End": true`, or with
          neither;
        - `"End": false` (or any `End` value other than `true`);
        - `Next` or `End` on a Choice, Succeed or Fail state.

        ## Why it matters
        Step Functions rejects the definition. A state with neither field also means the author
        forgot where the workflow goes next.

        ## Example
        ```json
        {
          "StartAt": "Notify",
          "States": {
            "Notify": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:notify",
              "Next": "Done",
              "End": false
            },
            "Done": { "Type": "Succeed", "End": true }
          }
        }
        ```

        ## Fix
        Give each Task, Pass, Wait, Parallel and Map state exactly one of `"Next": "<state>"`
        or `"End": true`; remove `Next` and `End` from Choice, Succeed and Fail states.
        ```json
        {
          "StartAt": "Notify",
          "States": {
            "Notify": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:notify",
              "Next": "Done"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class InvalidNextOrEnd implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<StateType> type = state.type();
      if (type.isEmpty()) {
        continue;
      }
      Optional<Member> next = state.node().member("Next");
      Optional<Member> end = state.node().member("End");
      if (!type.get().takesNextOrEnd()) {
        String why = type.get() == StateType.CHOICE
            ? "a Choice state moves on through its Choices and Default"
            : "a " + type.get().aslName() + " state ends its scope by itself";
        next.ifPresent(member -> findings.report(member.key(), "%s state \"%s\" cannot have "
            + "Next: %s.", type.get().aslName(), state.name(), why));
        end.ifPresent(member -> findings.report(member.key(), "%s state \"%s\" cannot have "
            + "End: %s.", type.get().aslName(), state.name(), why));
        continue;
      }
      boolean endTrue = end.map(m -> m.value() instanceof ScalarNode s && s.isTrue()).orElse(false);
      if (end.isPresent() && !endTrue) {
        findings.report(end.get().value(), "\"End\" of \"%s\" must be true when present; found "
            + "%s. Remove it and use Next, or set it to true.", state.name(),
            end.get().value().kindDescription().equals("a boolean") ? "false"
                : end.get().value().kindDescription());
      }
      if (next.isPresent() && endTrue) {
        findings.report(end.get().key(), "State \"%s\" has both Next and \"End\": true; a state "
            + "either continues or ends, so keep one of them.", state.name());
      } else if (next.isEmpty() && !endTrue && end.isEmpty()) {
        findings.report(state.nameNode(), "State \"%s\" has neither Next nor \"End\": true; a %s "
            + "state must say where the execution goes next.", state.name(),
            type.get().aslName());
      }
    }
  }
}

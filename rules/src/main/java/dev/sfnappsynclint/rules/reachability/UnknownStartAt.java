package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import dev.sfnappsynclint.tree.Member;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL003",
    name = "UnknownStartAt",
    severity = Severity.ERROR,
    summary = "StartAt names a state that its scope does not have.",
    description = "Every scope (the state machine, each Parallel branch, each Map item "
        + "processor) starts at one of its own states. A typo or a renamed state leaves it "
        + "starting nowhere, and Step Functions rejects the definition.",
    tags = {"correctness", "reachability"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html"
    },
    help = """
        ## What it finds
        A `StartAt` whose value is not the name of a state in the same `States` object: at the
        top level, in a Parallel branch, or in a Map `ItemProcessor`/`Iterator`. A branch that
        names a state of the enclosing scope is reported too: a branch can only start at one of
        its own states.

        ## Why it matters
        Step Functions rejects the definition (`MISSING_TRANSITION_TARGET`).

        ## Example
        ```json
        {
          "StartAt": "Validate",
          "States": {
            "ValidateOrder": { "Type": "Pass", "End": true }
          }
        }
        ```

        ## Fix
        Name an existing state of the same scope:
        ```json
        {
          "StartAt": "ValidateOrder",
          "States": {
            "ValidateOrder": { "Type": "Pass", "End": true }
          }
        }
        ```
        """)
public final class UnknownStartAt implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      Optional<String> startAt = scope.startAt();
      if (startAt.isEmpty() || scope.start().isPresent() || scope.statesObject().isEmpty()) {
        continue;
      }
      Member member = scope.startAtMember().orElseThrow();
      String name = startAt.get();
      List<State> elsewhere = machine.statesNamed(name);
      if (!elsewhere.isEmpty()) {
        findings.report(member.value(), "StartAt names \"%s\", which is a state of %s, not of %s; "
            + "a scope can only start at one of its own states.", name,
            elsewhere.get(0).scope().describe(), scope.describe());
      } else {
        List<String> names = scope.states().stream().map(State::name).toList();
        findings.report(member.value(), "StartAt names \"%s\", but %s has no such state.%s",
            name, scope.describe(), SimilarNames.hint(name, names));
      }
    }
  }
}

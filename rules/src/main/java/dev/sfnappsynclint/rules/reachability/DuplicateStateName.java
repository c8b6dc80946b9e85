package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@LintRule(
    id = "ASL005",
    name = "DuplicateStateName",
    severity = Severity.ERROR,
    summary = "Two states in different scopes of one state machine share a name.",
    description = "State names must be unique across the whole state machine, Parallel "
        + "branches and Map item processors included. Step Functions rejects a definition that "
        + "reuses a name.",
    tags = {"correctness", "reachability"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html"
    },
    help = """
        ## What it finds
        A state whose name is already used by a state of another scope: the top level, a
        Parallel branch, or a Map item processor. (The same key twice in one `States` object is
        reported by `DuplicateKey`.)

        ## Why it matters
        Step Functions rejects the definition (`DUPLICATE_STATE_NAME`). Execution history and
        the console also identify states by name.

        ## Example
        ```json
        {
          "StartAt": "Fan out",
          "States": {
            "Fan out": {
              "Type": "Parallel",
              "Branches": [
                {
                  "StartAt": "Notify",
                  "States": {
                    "Notify": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:email-customer", "End": true }
                  }
                },
                {
                  "StartAt": "Notify",
                  "States": {
                    "Notify": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:alert-warehouse", "End": true }
                  }
                }
              ],
              "End": true
            }
          }
        }
        ```

        ## Fix
        Rename one of the states (and the `StartAt`/`Next` that name it):
        ```json
        {
          "StartAt": "Fan out",
          "States": {
            "Fan out": {
              "Type": "Parallel",
              "Branches": [
                {
                  "StartAt": "Notify customer",
                  "States": {
                    "Notify customer": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:email-customer", "End": true }
                  }
                },
                {
                  "StartAt": "Notify warehouse",
                  "States": {
                    "Notify warehouse": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:alert-warehouse", "End": true }
                  }
                }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class DuplicateStateName implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Map<String, List<State>> byName = machine.states().stream()
        .collect(Collectors.groupingBy(State::name, LinkedHashMap::new, Collectors.toList()));
    for (List<State> sameName : byName.values()) {
      if (sameName.size() < 2) {
        continue;
      }
      List<State> inOrder = sameName.stream()
          .sorted(Comparator.comparing(s -> s.nameNode().range().start()))
          .toList();
      State first = inOrder.get(0);
      for (State duplicate : inOrder.subList(1, inOrder.size())) {
        findings.report(duplicate.nameNode(), "State name \"%s\" is already used at line %d "
            + "(in %s); state names must be unique across the whole state machine, including "
            + "Parallel branches and Map item processors.", duplicate.name(),
            first.nameNode().range().start().line(), first.scope().describe());
      }
    }
  }
}

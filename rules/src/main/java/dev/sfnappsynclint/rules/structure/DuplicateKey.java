package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

@LintRule(
    id = "ASL002",
    name = "DuplicateKey",
    severity = Severity.WARNING,
    summary = "A key is written twice in the same object; only one of the values is used.",
    description = "JSON readers keep one of two values for the same key, usually the last, "
        + "without saying so. A duplicated state name or field is almost always an edit that "
        + "went wrong, and the state that silently disappears is hard to find.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
    help = """
        ## What it finds
        An object (anywhere in the definition) that has the same key twice, including two states
        with the same name in one `States` object.

        ## Why it matters
        Only the last value survives parsing, so one state or field silently disappears: a
        retry policy that was never applied, a state that was replaced by its copy. The linter
        (like most JSON readers) uses the last value too.

        ## Example
        A second `Retry` was added to a state that already had one:
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "Retry": [{ "ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 5 }],
              "TimeoutSeconds": 30,
              "Retry": [{ "ErrorEquals": ["States.Timeout"], "MaxAttempts": 2 }],
              "End": true
            }
          }
        }
        ```

        ## Fix
        Delete or rename one of the two keys, or merge their values:
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "TimeoutSeconds": 30,
              "Retry": [
                { "ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 5 },
                { "ErrorEquals": ["States.Timeout"], "MaxAttempts": 2 }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class DuplicateKey implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Set<Node> statesObjects = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Scope scope : machine.scopes()) {
      scope.statesObject().ifPresent(statesObjects::add);
    }
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(machine.root());
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ObjectNode object) {
        boolean states = statesObjects.contains(object);
        for (Member duplicate : object.duplicateMembers()) {
          int firstLine = object.firstMember(duplicate.name()).orElseThrow()
              .key().range().start().line();
          if (states) {
            findings.report(duplicate.key(), "State \"%s\" is defined twice in this States object "
                + "(first at line %d); only this last definition is used.", duplicate.name(),
                firstLine);
          } else {
            findings.report(duplicate.key(), "Key \"%s\" is written twice in this object (first "
                + "at line %d); only this last value is used.", duplicate.name(), firstLine);
          }
        }
        for (Member member : object.members()) {
          pending.push(member.value());
        }
      } else if (node instanceof ArrayNode array) {
        array.elements().forEach(pending::push);
      }
    }
  }
}

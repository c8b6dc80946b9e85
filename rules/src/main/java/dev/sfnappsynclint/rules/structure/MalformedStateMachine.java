package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "ASL001",
    name = "MalformedStateMachine",
    severity = Severity.ERROR,
    summary = "The definition lacks the skeleton every state machine needs: StartAt, States, "
        + "state objects with a known Type, and Branches, Choices, processors of the right shape.",
    description = "Step Functions rejects a definition whose skeleton is wrong. These are the "
        + "shapes the other rules rely on, so they are checked first and reported once.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-states.html"
    },
    help = """
        ## What it finds
        - a definition that is not an object, or lacks `StartAt` (a string) or `States` (a
          non-empty object) — at the top level, in a Parallel branch, or in a Map's
          `ItemProcessor`/`Iterator`;
        - an entry of `States` that is not an object (often a top-level field such as
          `QueryLanguage` or `Comment` written inside `States` by mistake);
        - a state without `Type`, or with a type Step Functions does not know;
        - `Branches`, `Choices`, an `ItemProcessor`/`Iterator` or `Catch` of the wrong shape: not
          an array (or object), empty, or with elements that are not objects (when one is
          missing altogether, ASL061 MissingRequiredField says so);
        - `StartAt`, `Next` and `Default` values that are not state names (strings).

        ## Why it matters
        Step Functions refuses to create or update a state machine whose structure is wrong
        (`SCHEMA_VALIDATION_FAILED`).

        ## Example
        ```json
        {
          "StartAt": "Start",
          "States": {
            "QueryLanguage": "JSONata",
            "Start": { "Type": "Pass", "End": true }
          }
        }
        ```

        ## Fix
        Move top-level fields out of `States`, give each state an object with a valid `Type`,
        and add the field the message names:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Start",
          "States": {
            "Start": { "Type": "Pass", "End": true }
          }
        }
        ```
        """)
public final class MalformedStateMachine implements AslRule {

  /** Top-level fields that people sometimes put inside {@code States} by mistake. */
  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of("QueryLanguage", "Comment", "TimeoutSeconds", "Version", "StartAt");

  private static final List<String> TYPE_NAMES =
      Arrays.stream(StateType.values()).map(StateType::aslName).toList();

  @Override
  public void check(StateMachine machine, Findings findings) {
    if (machine.rootObject().isEmpty()) {
      findings.report(machine.root(), "A state machine definition must be an object with "
          + "StartAt and States; found %s.", machine.root().kindDescription());
      return;
    }
    for (Scope scope : machine.scopes()) {
      checkScope(scope, findings);
    }
    for (State state : machine.states()) {
      checkState(state, findings);
    }
  }

  private void checkScope(Scope scope, Findings findings) {
    ObjectNode node = scope.object().orElseThrow();
    String where = scope.describe();
    Optional<Member> startAt = scope.startAtMember();
    if (startAt.isEmpty()) {
      findings.report(node, "StartAt is missing in %s; it must name the first state.", where);
    } else {
      requireStateName(startAt.get(), findings);
    }
    Optional<Member> states = scope.statesMember();
    if (states.isEmpty()) {
      findings.report(node, "States is missing in %s.", where);
      return;
    }
    if (!(states.get().value() instanceof ObjectNode statesObject)) {
      findings.report(states.get().value(), "States must be an object of named states; found %s.",
          states.get().value().kindDescription());
      return;
    }
    if (statesObject.members().isEmpty()) {
      findings.report(states.get().key(), "States is empty in %s; it needs at least one state.",
          where);
    }
    for (Member member : statesObject.members()) {
      if (!member.value().isObject()) {
        String hint = TOP_LEVEL_FIELDS.contains(member.name())
            ? " \"" + member.name() + "\" looks like a top-level field written inside States."
            : "";
        findings.report(member.key(), "State \"%s\" must be an object; found %s.%s",
            member.name(), member.value().kindDescription(), hint);
      }
    }
  }

  private void checkState(State state, Findings findings) {
    ObjectNode node = state.node();
    Optional<Member> type = node.member("Type");
    if (type.isEmpty()) {
      findings.report(state.nameNode(), "State \"%s\" has no Type; expected one of %s.",
          state.name(), String.join(", ", TYPE_NAMES));
      return;
    }
    Optional<String> typeName = type.get().value().asString();
    if (typeName.isEmpty() || StateType.fromAslName(typeName.get()).isEmpty()) {
      String written = typeName.orElse("");
      findings.report(type.get().value(), "Unknown state type %s; expected one of %s.%s",
          typeName.map(t -> '"' + t + '"').orElse(type.get().value().kindDescription()),
          String.join(", ", TYPE_NAMES), SimilarNames.hint(written, TYPE_NAMES));
      return;
    }
    StateType stateType = StateType.fromAslName(typeName.get()).orElseThrow();
    switch (stateType) {
      case PARALLEL -> checkBranches(state, findings);
      case MAP -> checkProcessor(state, findings);
      case CHOICE -> checkChoices(state, findings);
      default -> { }
    }
    node.member("Next").ifPresent(next -> requireStateName(next, findings));
    if (stateType == StateType.CHOICE) {
      node.member("Default").ifPresent(fallback -> requireStateName(fallback, findings));
    }
    node.member("Catch").ifPresent(catchMember -> checkCatch(state, catchMember, findings));
  }

  private void checkBranches(State state, Findings findings) {
    Optional<Member> branches = state.node().member("Branches");
    if (branches.isEmpty()) {
      return; // ASL061's: the schema requires Branches.
    }
    if (!(branches.get().value() instanceof ArrayNode array) || array.size() == 0) {
      findings.report(branches.get().value(), "Branches of \"%s\" must be a non-empty array of "
          + "branches; found %s.", state.name(), describeArray(branches.get().value()));
      return;
    }
    for (Node branch : array.elements()) {
      if (!branch.isObject()) {
        findings.report(branch, "A branch must be an object with StartAt and States; found %s.",
            branch.kindDescription());
      }
    }
  }

  private void checkProcessor(State state, Findings findings) {
    Optional<Member> processor = state.node().member("ItemProcessor")
        .or(() -> state.node().member("Iterator"));
    // A Map without either is ASL061's: the schema requires one.
    if (processor.isPresent() && !processor.get().value().isObject()) {
      findings.report(processor.get().value(), "%s of \"%s\" must be an object with StartAt and "
          + "States; found %s.", processor.get().name(), state.name(),
          processor.get().value().kindDescription());
    }
  }

  private void checkChoices(State state, Findings findings) {
    Optional<Member> choices = state.node().member("Choices");
    if (choices.isEmpty()) {
      return; // ASL061's: the schema requires Choices.
    }
    if (!(choices.get().value() instanceof ArrayNode array) || array.size() == 0) {
      findings.report(choices.get().value(), "Choices of \"%s\" must be a non-empty array of "
          + "Choice rules; found %s.", state.name(), describeArray(choices.get().value()));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      Node rule = array.elements().get(i);
      if (!(rule instanceof ObjectNode ruleObject)) {
        findings.report(rule, "Choice rule %d of \"%s\" must be an object; found %s.", i + 1,
            state.name(), rule.kindDescription());
      } else {
        // A rule without Next is ASL061's (the schema requires it).
        ruleObject.member("Next").ifPresent(next -> requireStateName(next, findings));
      }
    }
  }

  private void checkCatch(State state, Member catchMember, Findings findings) {
    if (!(catchMember.value() instanceof ArrayNode catchers)) {
      findings.report(catchMember.value(), "Catch of \"%s\" must be an array of Catchers; found %s.",
          state.name(), catchMember.value().kindDescription());
      return;
    }
    for (int i = 0; i < catchers.size(); i++) {
      Node catcher = catchers.elements().get(i);
      if (!(catcher instanceof ObjectNode catcherObject)) {
        findings.report(catcher, "Catcher %d of \"%s\" must be an object; found %s.", i + 1,
            state.name(), catcher.kindDescription());
      } else {
        // A catcher without Next is ASL061's (the schema requires it).
        catcherObject.member("Next").ifPresent(next -> requireStateName(next, findings));
      }
    }
  }

  private static void requireStateName(Member member, Findings findings) {
    if (!member.value().isString()) {
      findings.report(member.value(), "%s must be a state name (a string); found %s.",
          member.name(), member.value().kindDescription());
    }
  }

  private static String describeArray(Node node) {
    return node instanceof ArrayNode ? "an empty array" : node.kindDescription();
  }
}

package dev.sfnappsynclint.rules.errorhandling;

import dev.sfnappsynclint.asl.ErrorHandler;
import dev.sfnappsynclint.asl.ErrorName;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL020",
    name = "StatesAllNotAloneOrLast",
    severity = Severity.ERROR,
    summary = "States.ALL shares its ErrorEquals with other names, or a Retrier or Catcher "
        + "follows the one that lists it.",
    description = "The wildcard States.ALL must appear alone in its ErrorEquals array and in the "
        + "last Retrier of Retry (or the last Catcher of Catch). Step Functions rejects a "
        + "definition that breaks either rule with SCHEMA_VALIDATION_FAILED.",
    tags = {"correctness", "error-handling"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        A Retrier or Catcher whose `ErrorEquals` lists `States.ALL` together with other error
        names, or that is followed by another Retrier (in `Retry`) or Catcher (in `Catch`) of
        the same state. Task, Parallel and Map states are checked, in every scope.

        ## Why it matters
        The AWS guide and the States Language say that `States.ALL` "must appear alone in the
        `ErrorEquals` array and must appear in the last retrier in the `Retry` array" (and the
        same for catchers). Step Functions refuses to create or update such a state machine:
        `SCHEMA_VALIDATION_FAILED: States.ALL must appear alone and at end of list`. Anything
        after the wildcard could never be reached anyway.

        ## Example
        ```json
        {
          "StartAt": "Charge card",
          "States": {
            "Charge card": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "Catch": [
                { "ErrorEquals": ["States.ALL"], "Next": "Charge failed" },
                { "ErrorEquals": ["CardDeclined"], "Next": "Declined" }
              ],
              "End": true
            },
            "Declined": { "Type": "Fail", "Error": "CardDeclined" },
            "Charge failed": { "Type": "Fail", "Error": "ChargeFailed" }
          }
        }
        ```

        ## Fix
        Put the specific Catchers first and the `States.ALL` one last, alone:
        ```json
        {
          "StartAt": "Charge card",
          "States": {
            "Charge card": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
              "Catch": [
                { "ErrorEquals": ["CardDeclined"], "Next": "Declined" },
                { "ErrorEquals": ["States.ALL"], "Next": "Charge failed" }
              ],
              "End": true
            },
            "Declined": { "Type": "Fail", "Error": "CardDeclined" },
            "Charge failed": { "Type": "Fail", "Error": "ChargeFailed" }
          }
        }
        ```
        """)
public final class StatesAllNotAloneOrLast implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      for (List<? extends ErrorHandler> array : ErrorHandlers.arraysOf(state)) {
        for (int i = 0; i < array.size(); i++) {
          check(state, array.get(i), array.subList(i + 1, array.size()), findings);
        }
      }
    }
  }

  private static void check(State state, ErrorHandler handler, List<? extends ErrorHandler> after,
      Findings findings) {
    List<FieldValue<String>> errors = handler.errors();
    Optional<FieldValue<String>> wildcard = errors.stream()
        .filter(e -> e.value().filter(ErrorName.ALL::equals).isPresent()).findFirst();
    if (wildcard.isEmpty()) {
      return;
    }
    List<String> others = errors.stream().filter(e -> e != wildcard.get())
        .map(ErrorHandlers::quoted).toList();
    if (others.isEmpty() && after.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (!others.isEmpty()) {
      problems.add("it shares ErrorEquals with " + String.join(", ", others));
    }
    if (!after.isEmpty()) {
      problems.add(after.size() == 1
          ? handler.kind() + " " + (after.get(0).index() + 1) + " follows it"
          : handler.kind() + "s " + (after.get(0).index() + 1) + "–"
              + (after.get(after.size() - 1).index() + 1) + " follow it");
    }
    Findings.Reported reported = findings.report(wildcard.get().node(),
        "States.ALL must appear alone in ErrorEquals and in the last %s of %s; in %s, %s. "
            + "Step Functions rejects the definition.", handler.kind(),
        ErrorHandlers.field(handler), ErrorHandlers.describe(handler, state),
        String.join(" and ", problems));
    if (!after.isEmpty()) {
      reported.related(after.get(0).node(), "the " + handler.kind()
          + " after the one with States.ALL, which it keeps from ever matching");
    }
  }
}

package dev.sfnappsynclint.rules.errorhandling;

import dev.sfnappsynclint.asl.ErrorHandler;
import dev.sfnappsynclint.asl.ErrorName;
import dev.sfnappsynclint.asl.FailFields;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@LintRule(
    id = "ASL023",
    name = "UnknownStatesErrorName",
    severity = Severity.WARNING,
    summary = "ErrorEquals names a States.* error that Step Functions does not define, or a "
        + "predefined name in the wrong case, so that entry never matches.",
    description = "Names that begin with States. are reserved for the errors Step Functions "
        + "reports, and error names are case-sensitive. An entry such as States.TaskFailedId or "
        + "States.Taskfailed matches nothing Step Functions raises; the linter names the closest "
        + "predefined error. Step Functions accepts such a definition, so this is a warning.",
    tags = {"reliability", "error-handling"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        An entry of a Retrier's or Catcher's `ErrorEquals` that begins with `States.` but is
        not one of the predefined error names, or that is a predefined name written in another
        case (`states.ALL`, `States.Taskfailed`). The message suggests the closest predefined
        name. The predefined names are those of the AWS guide and of Appendix A of the States
        Language: `States.ALL`, `States.BranchFailed`, `States.DataLimitExceeded`,
        `States.ExceedToleratedFailureThreshold`, `States.HeartbeatTimeout`,
        `States.Http.Socket`, `States.IntrinsicFailure`, `States.ItemReaderFailed`,
        `States.NoChoiceMatched`, `States.ParameterPathFailure`, `States.Permissions`,
        `States.QueryEvaluationError`, `States.ResultPathMatchFailure`,
        `States.ResultWriterFailed`, `States.Runtime`, `States.TaskFailed`, `States.Timeout`.

        A name that a `Fail` state nested in the state (in a Parallel branch or a Map item
        processor) raises literally is not reported here: that error does reach the state.
        Raising it is ASL024's finding.

        ## Why it matters
        Error names are "case-sensitive strings", and the `States.` prefix is reserved: "the
        error names cannot begin with the `States.` prefix". A Retrier that lists
        `States.TaskFailedId` therefore retries nothing, and a Catcher that lists it never
        catches: the errors it was written for fail the execution instead.

        Why a warning and not an error: Step Functions does not check the names in
        `ErrorEquals` against its list when it validates a definition — state machines with
        such names are deployed (the linter's corpus holds public examples that are) — so the
        mistake only shows when the error happens and is not handled.

        ## Example
        ```json
        {
          "StartAt": "Dispense",
          "States": {
            "Dispense": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:dispense",
              "Retry": [
                { "ErrorEquals": ["States.TaskFailedId"], "IntervalSeconds": 2, "MaxAttempts": 3 }
              ],
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Dispense",
          "States": {
            "Dispense": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:dispense",
              "Retry": [
                { "ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 2, "MaxAttempts": 3 }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class UnknownStatesErrorName implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Set<String> raisedInside = null;
      for (List<? extends ErrorHandler> array : ErrorHandlers.arraysOf(state)) {
        for (ErrorHandler handler : array) {
          for (FieldValue<String> entry : handler.errors()) {
            Optional<String> name = entry.value();
            if (name.isEmpty() || ErrorName.isPredefined(name.get())) {
              continue;
            }
            Optional<String> sameIgnoringCase = ErrorName.PREDEFINED.stream()
                .filter(p -> p.equalsIgnoreCase(name.get())).findFirst();
            if (sameIgnoringCase.isPresent()) {
              findings.report(entry.node(), "\"%s\" is not \"%s\": error names are "
                  + "case-sensitive, so %s never matches it.", name.get(),
                  sameIgnoringCase.get(), ErrorHandlers.describeLower(handler, state));
              continue;
            }
            if (!ErrorName.isReserved(name.get())) {
              continue;
            }
            if (raisedInside == null) {
              raisedInside = raisedByNestedFailStates(state);
            }
            if (!raisedInside.contains(name.get())) {
              findings.report(entry.node(), "\"%s\" is not an error Step Functions defines, and "
                  + "the States. prefix is reserved for those, so %s never matches it.%s",
                  name.get(), ErrorHandlers.describeLower(handler, state),
                  suggestion(name.get()).map(p -> " Did you mean \"" + p + "\"?").orElse(""));
            }
          }
        }
      }
    }
  }

  /**
   * The predefined name the author probably meant: a close spelling, else the one that shares
   * the longest start after {@code States.}, when that is at least half of what was written
   * ({@code States.QueryEvaluationFailed} → {@code States.QueryEvaluationError}).
   */
  static Optional<String> suggestion(String written) {
    Optional<String> close = SimilarNames.closest(written, ErrorName.PREDEFINED);
    if (close.isPresent()) {
      return close;
    }
    String rest = written.substring(ErrorName.RESERVED_PREFIX.length());
    String best = null;
    int bestLength = Math.max(4, (rest.length() + 1) / 2) - 1;
    for (String candidate : ErrorName.PREDEFINED) {
      String other = candidate.substring(ErrorName.RESERVED_PREFIX.length());
      int common = 0;
      while (common < rest.length() && common < other.length()
          && rest.charAt(common) == other.charAt(common)) {
        common++;
      }
      if (common > bestLength) {
        best = candidate;
        bestLength = common;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The error names that Fail states inside the state's branches or item processor write. */
  private static Set<String> raisedByNestedFailStates(State state) {
    return state.nestedStates().stream()
        .flatMap(s -> s.failFields().flatMap(FailFields::literalError).stream())
        .collect(Collectors.toSet());
  }
}

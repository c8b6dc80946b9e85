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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "ASL025",
    name = "ShadowedRetrierOrCatcher",
    severity = Severity.WARNING,
    summary = "A Retrier or Catcher, or one of its error names, can never match because an "
        + "earlier one of the same Retry or Catch already matches every error it names.",
    description = "Step Functions scans Retriers (and Catchers) in array order and the first "
        + "whose ErrorEquals matches handles the error. A later entry for the same name, or for "
        + "a name that States.TaskFailed before it already matches, is dead: its settings or its "
        + "Next never apply.",
    tags = {"reliability", "error-handling"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html"
    },
    help = """
        ## What it finds
        In a state's `Retry`, and separately in its `Catch`: an error name of a Retrier or
        Catcher that an earlier Retrier or Catcher of the same array already matches — the
        same name listed again, or a name that an earlier `States.TaskFailed` covers. When every
        name of a Retrier or Catcher is shadowed, the whole Retrier or Catcher is reported once;
        otherwise each dead name is. The finding points at what can never match, with a related
        location at the entry that matches first.

        The matching follows the AWS guide, and the linter only claims what it says:
        `States.TaskFailed` "matches any known error name except for `States.Timeout`"; it is
        not taken to cover `States.HeartbeatTimeout` (a kind of timeout),
        `States.DataLimitExceeded` or `States.Runtime` (which not even `States.ALL` catches), or
        a `States.*` name that is not predefined. Names are case-sensitive. A `States.ALL`
        followed by anything is ASL020's error and is not reported again here; a
        `${placeholder}` entry neither shadows nor is shadowed.

        ## Why it matters
        "When the error name appears in the value of a retrier's `ErrorEquals` field, the state
        machine makes retry attempts as defined" by that Retrier — the first one, and only that
        one: once its `MaxAttempts` are spent, the later Retriers are not consulted. A later
        Retrier written for `Lambda.ServiceException` after one for `States.TaskFailed` never
        applies its interval and attempts, and a later Catcher never sends the execution to its
        `Next`. Usually the order is wrong: the specific entry belongs before the general one.

        ## Example
        ```json
        {
          "StartAt": "Load order",
          "States": {
            "Load order": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:load-order",
              "Retry": [
                { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2 },
                { "ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "MaxAttempts": 6 }
              ],
              "End": true
            }
          }
        }
        ```

        ## Fix
        Put the specific Retrier first:
        ```json
        {
          "StartAt": "Load order",
          "States": {
            "Load order": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:load-order",
              "Retry": [
                { "ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "MaxAttempts": 6 },
                { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2 }
              ],
              "End": true
            }
          }
        }
        ```
        """)
public final class ShadowedRetrierOrCatcher implements AslRule {

  /** An entry of an earlier Retrier or Catcher that matches a later entry first. */
  private record Shadow(FieldValue<String> entry, String name, ErrorHandler by,
      FieldValue<String> byEntry, String byName) {}

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      for (List<? extends ErrorHandler> array : ErrorHandlers.arraysOf(state)) {
        for (int i = 1; i < array.size(); i++) {
          check(state, array.get(i), array.subList(0, i), findings);
        }
      }
    }
  }

  private static void check(State state, ErrorHandler handler,
      List<? extends ErrorHandler> earlier, Findings findings) {
    List<FieldValue<String>> entries = handler.errors();
    if (entries.isEmpty()) {
      return;
    }
    List<Shadow> shadows = new ArrayList<>();
    for (FieldValue<String> entry : entries) {
      if (entry.value().isEmpty()) {
        continue;
      }
      shadowOf(entry, earlier).ifPresent(shadows::add);
    }
    if (shadows.isEmpty()) {
      return;
    }
    if (shadows.size() == entries.size()) {
      Set<String> firsts = new LinkedHashSet<>();
      shadows.stream().map(Shadow::by).sorted(Comparator.comparingInt(ErrorHandler::index))
          .forEach(by -> firsts.add(ErrorHandlers.position(by)));
      Findings.Reported reported = findings.report(handler.errorEquals().orElseThrow().node(),
          "%s can never match: %s already %s every error it names.",
          ErrorHandlers.describe(handler, state), String.join(" and ", firsts),
          firsts.size() == 1 ? "handles" : "handle");
      for (Shadow shadow : shadows) {
        reported.related(shadow.byEntry().node(), explain(shadow));
      }
      return;
    }
    for (Shadow shadow : shadows) {
      String first = ErrorHandlers.position(shadow.by());
      findings.report(shadow.entry().node(), "\"%s\" in %s can never match: %s handles it first%s.",
          shadow.name(), ErrorHandlers.describeLower(handler, state), first,
          shadow.byName().equals(shadow.name()) ? ", listing it too"
              : " through \"" + shadow.byName() + "\"")
          .related(shadow.byEntry().node(), explain(shadow));
    }
  }

  /** The first entry of an earlier Retrier or Catcher that matches everything this one does. */
  private static Optional<Shadow> shadowOf(FieldValue<String> entry,
      List<? extends ErrorHandler> earlier) {
    String name = entry.value().orElseThrow();
    for (ErrorHandler before : earlier) {
      for (FieldValue<String> candidate : before.errors()) {
        Optional<String> pattern = candidate.value();
        // A States.ALL followed by anything is ASL020's error; not reported twice.
        if (pattern.isPresent() && !pattern.get().equals(ErrorName.ALL)
            && ErrorName.shadows(pattern.get(), name)) {
          return Optional.of(new Shadow(entry, name, before, candidate, pattern.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static String explain(Shadow shadow) {
    return shadow.byName().equals(shadow.name())
        ? "\"" + shadow.name() + "\", listed first here"
        : "\"" + shadow.byName() + "\" here matches \"" + shadow.name() + "\" first";
  }
}

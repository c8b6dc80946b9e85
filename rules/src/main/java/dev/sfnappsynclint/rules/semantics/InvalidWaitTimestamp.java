package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.WaitFields;
import dev.sfnappsynclint.asl.WaitTimestamp;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL070",
    name = "InvalidWaitTimestamp",
    severity = Severity.ERROR,
    summary = "A Wait state's Timestamp is not an RFC 3339 timestamp as Step Functions accepts it.",
    description = "Step Functions accepts a Wait Timestamp only in the RFC 3339 profile of ISO "
        + "8601 with an uppercase T between date and time and an uppercase Z or a numeric "
        + "offset, such as 2024-08-18T17:33:00Z; it rejects the definition otherwise.",
    tags = {"correctness"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html"
    },
    help = """
        ## What it finds
        A Wait state whose `Timestamp` is a literal string that is not a timestamp Step
        Functions accepts: a date that is not in the calendar (`2026-02-30`), a time that is
        not a time of day (`25:00:00`), no uppercase `T` between date and time (a space, a
        lowercase `t`), no time zone (neither `Z` nor an offset such as `+01:00`), an ISO
        8601 week or ordinal date (`2026-W10-2`), and a `{% ... %}` JSONata expression in a
        state that uses JSONPath, where it is a plain string. Fractional seconds and numeric
        offsets are accepted. `${placeholder}` values and JSONata expressions in JSONata
        states are checked only at run time.

        ## Why it matters
        "Timestamps must conform to the RFC3339 profile of ISO 8601, with the further
        restrictions that an uppercase T must separate the date and time portions, and an
        uppercase Z must denote that a numeric time zone offset is not present" (AWS, *Wait
        workflow state*). Step Functions refuses to create or update a state machine with
        any other Timestamp.

        ## Example
        ```json
        {
          "StartAt": "Wait for launch",
          "States": {
            "Wait for launch": {
              "Type": "Wait",
              "Timestamp": "2026-03-01 09:00:00",
              "End": true
            }
          }
        }
        ```

        ## Fix
        Separate date and time with `T` and give the time zone:
        ```json
        {
          "StartAt": "Wait for launch",
          "States": {
            "Wait for launch": {
              "Type": "Wait",
              "Timestamp": "2026-03-01T09:00:00Z",
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidWaitTimestamp implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<FieldValue<String>> timestamp =
          state.waitFields().flatMap(WaitFields::timestamp);
      if (timestamp.isEmpty() || !timestamp.get().isValue()) {
        continue;
      }
      String text = timestamp.get().value().orElseThrow();
      Optional<String> defect = WaitTimestamp.defect(text);
      if (defect.isEmpty()) {
        continue;
      }
      String hint = state.queryLanguage() == QueryLanguage.JSONPATH
          && defect.get().startsWith("it is a JSONata")
          ? " State \"" + state.name() + "\" uses JSONPath: set \"QueryLanguage\": \"JSONata\" "
              + "on it, or use TimestampPath."
          : "";
      findings.report(timestamp.get().node(), "Timestamp \"%s\" of Wait state \"%s\" is not a "
              + "timestamp Step Functions accepts: %s. Write it as RFC 3339 with an uppercase T "
              + "and Z, such as 2024-08-18T17:33:00Z.%s", text, state.name(), defect.get(),
          hint);
    }
  }
}

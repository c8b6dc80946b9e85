package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.WaitFields;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL043",
    name = "ExpressWaitUntilTimestamp",
    severity = Severity.WARNING,
    summary = "A Wait state in an Express workflow waits until a fixed Timestamp.",
    description = "An Express execution runs at most five minutes. A Wait until a Timestamp "
        + "written in the definition only does something for executions that start within five "
        + "minutes before it: once the time has passed the Wait is pointless, and an execution "
        + "that starts earlier fails with States.Timeout.",
    tags = {"reliability", "express"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html"
    },
    help = """
        ## What it finds
        A `Wait` state with a literal `Timestamp` (not `TimestampPath`, a JSONata expression or
        a placeholder) in a scope that runs as an Express workflow. The message says where the
        type comes from.

        ## Why it matters
        An Express execution runs at most five minutes (AWS, *Step Functions service quotas*),
        so the time written in the definition matters only to executions started within the
        five minutes before it. An execution started earlier fails with `States.Timeout`; one
        started later gains nothing from the Wait. Which one happens depends on the clock, so
        this is a warning, not an error: the linter does not compare the time with today.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Launch:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Wait for launch
                States:
                  Wait for launch:
                    Type: Wait
                    Timestamp: "2030-01-01T09:00:00Z"
                    Next: Announce
                  Announce:
                    Type: Pass
                    End: true
        ```

        ## Fix
        Take the time from the input, so each execution waits for its own moment (and keep it
        within five minutes), or make the workflow Standard:
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Launch:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Wait for launch
                States:
                  Wait for launch:
                    Type: Wait
                    TimestampPath: $.launchAt
                    Next: Announce
                  Announce:
                    Type: Pass
                    End: true
        ```
        """)
public final class ExpressWaitUntilTimestamp implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<FieldValue<String>> timestamp = state.waitFields().flatMap(WaitFields::timestamp)
            .filter(FieldValue::isValue);
        if (timestamp.isPresent()) {
          findings.report(timestamp.get().node(), "Wait \"%s\" waits until the fixed time %s, "
                  + "but an Express execution runs at most 5 minutes and %s: an execution that "
                  + "starts more than 5 minutes before that time fails with States.Timeout, and "
                  + "one that starts after it does not wait at all.", state.name(),
              timestamp.get().value().orElse(""), TypeText.runsAs(scope));
        }
      }
    }
  }
}

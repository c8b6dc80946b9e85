package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.DurationAnalysis;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL051",
    name = "StandardTimeoutBeyondOneYear",
    severity = Severity.WARNING,
    summary = "A TimeoutSeconds or HeartbeatSeconds in a Standard workflow is longer than the "
        + "year a Standard execution may run.",
    description = "A Standard execution fails with States.Timeout after one year, whatever a "
        + "Task's or the state machine's timeout says. A longer timeout never takes effect: the "
        + "end of the execution comes first, and the Task's Retry and Catch never see it.",
    tags = {"reliability", "standard"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html"
    },
    help = """
        ## What it finds
        In a scope that runs as a Standard workflow, a Task whose `TimeoutSeconds` or
        `HeartbeatSeconds` is above one year (366 days, 31,622,400 seconds); and the top-level
        `TimeoutSeconds` of a Standard state machine above a year. The message says where the
        type comes from.

        ## Why it matters
        The maximum execution time and the maximum task execution time of a Standard workflow
        are one year (AWS, *Step Functions service quotas*); Step Functions accepts timeouts up
        to 99999999 seconds (more than three years) without complaint. A timeout beyond a year
        never fires: the execution ends with `States.Timeout` first, where no Catcher of the
        Task handles it.

        ## Example
        ```json
        {
          "StartAt": "Wait for approval",
          "States": {
            "Wait for approval": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {
                "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                "MessageBody": { "TaskToken.$": "$$.Task.Token" }
              },
              "TimeoutSeconds": 63072000,
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Wait for approval",
          "States": {
            "Wait for approval": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {
                "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                "MessageBody": { "TaskToken.$": "$$.Task.Token" }
              },
              "TimeoutSeconds": 2592000,
              "End": true
            }
          }
        }
        ```
        """)
public final class StandardTimeoutBeyondOneYear implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    if (TypeText.isStandard(machine.rootScope())) {
      Optional<FieldValue<Long>> timeout = machine.timeoutSeconds();
      Optional<Long> value = timeout.flatMap(FieldValue::value);
      if (value.isPresent() && value.get() > WorkflowType.STANDARD_MAX_SECONDS) {
        findings.report(timeout.get().node(), "The state machine's TimeoutSeconds is %d s (%s), "
                + "but a Standard execution ends after 1 year and %s: this timeout never takes "
                + "effect.", value.get(), DurationAnalysis.describe(value.get()),
            TypeText.runsAs(machine.rootScope()));
      }
    }
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isStandard(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<TaskFields> task = state.task();
        if (task.isEmpty()) {
          continue;
        }
        report(findings, scope, state, "TimeoutSeconds", task.get().timeoutSeconds());
        report(findings, scope, state, "HeartbeatSeconds", task.get().heartbeatSeconds());
      }
    }
  }

  private static void report(Findings findings, Scope scope, State state, String field,
      Optional<FieldValue<Long>> timeout) {
    Optional<Long> value = timeout.flatMap(FieldValue::value);
    if (value.isPresent() && value.get() > WorkflowType.STANDARD_MAX_SECONDS) {
      findings.report(timeout.get().node(), "Task \"%s\" has %s %d (%s), but a Standard "
              + "execution ends after 1 year and %s: the execution times out first, which the "
              + "Task's Retry and Catch cannot handle.", state.name(), field, value.get(),
          DurationAnalysis.describe(value.get()), TypeText.runsAs(scope));
    }
  }
}

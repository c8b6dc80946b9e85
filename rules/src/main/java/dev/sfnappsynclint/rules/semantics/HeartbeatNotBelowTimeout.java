package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL073",
    name = "HeartbeatNotBelowTimeout",
    severity = Severity.ERROR,
    summary = "A Task's HeartbeatSeconds is not less than its TimeoutSeconds.",
    description = "HeartbeatSeconds must be smaller than TimeoutSeconds: a heartbeat interval "
        + "as long as the whole timeout can never be missed before the timeout fires. Step "
        + "Functions rejects the definition.",
    tags = {"correctness"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html"
    },
    help = """
        ## What it finds
        A Task state whose `HeartbeatSeconds` and `TimeoutSeconds` are both written as
        numbers and the heartbeat is equal to or greater than the timeout. Values from paths,
        JSONata expressions or `${placeholder}` values are not compared.

        ## Why it matters
        The Task state documentation says of `HeartbeatSeconds`: "This value must be less
        than the number of seconds specified in the TimeoutSeconds field." Step Functions
        refuses to create or update the state machine.

        ## Example
        ```json
        {
          "StartAt": "Transcode",
          "States": {
            "Transcode": {
              "Type": "Task",
              "Resource": "arn:aws:states:us-east-1:123456789012:activity:transcode",
              "TimeoutSeconds": 300,
              "HeartbeatSeconds": 300,
              "End": true
            }
          }
        }
        ```

        ## Fix
        Ask for heartbeats more often than the timeout:
        ```json
        {
          "StartAt": "Transcode",
          "States": {
            "Transcode": {
              "Type": "Task",
              "Resource": "arn:aws:states:us-east-1:123456789012:activity:transcode",
              "TimeoutSeconds": 300,
              "HeartbeatSeconds": 60,
              "End": true
            }
          }
        }
        ```
        """)
public final class HeartbeatNotBelowTimeout implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<TaskFields> task = state.task();
      Optional<Long> timeout = task.flatMap(TaskFields::timeoutSeconds)
          .flatMap(FieldValue::value);
      Optional<FieldValue<Long>> heartbeat = task.flatMap(TaskFields::heartbeatSeconds)
          .filter(FieldValue::isValue);
      if (timeout.isEmpty() || heartbeat.isEmpty()) {
        continue;
      }
      long beat = heartbeat.get().value().orElseThrow();
      if (beat >= timeout.get()) {
        findings.report(heartbeat.get().node(), "HeartbeatSeconds (%d) of Task \"%s\" must be "
                + "less than its TimeoutSeconds (%d); Step Functions rejects the definition.",
            beat, state.name(), timeout.get());
      }
    }
  }
}

package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.asl.IntegrationPattern;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Optional;

@LintRule(
    id = "ASL028",
    name = "CallbackWithoutTimeout",
    severity = Severity.WARNING,
    summary = "A .waitForTaskToken or activity Task with neither a timeout nor a heartbeat can "
        + "wait up to a year for a token or a worker that never comes.",
    description = "A Task that waits for a callback (.waitForTaskToken) or for an activity worker "
        + "finishes only when someone sends the task token back. The Amazon States Language sets "
        + "no timeout by default: if the token is lost, the execution waits until the Standard "
        + "workflow's maximum duration of one year runs out. TimeoutSeconds or HeartbeatSeconds "
        + "turns that into a States.Timeout error the state machine can retry or catch.",
    tags = {"reliability", "timeouts"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/sfn-stuck-execution.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html"
    },
    help = """
        ## What it finds
        A Task state that waits for someone else to finish it — a `.waitForTaskToken`
        integration (`arn:aws:states:::sqs:sendMessage.waitForTaskToken`, an AWS SDK
        integration with that suffix, ...) or an activity
        (`arn:aws:states:REGION:ACCOUNT:activity:NAME`) — with none of `TimeoutSeconds`,
        `TimeoutSecondsPath`, `HeartbeatSeconds` and `HeartbeatSecondsPath`. A value given as a
        `${placeholder}` or a JSONata expression counts as given.

        Express workflows are not checked: they support neither pattern, and an Express
        execution ends after five minutes anyway. A resource hidden behind a `${placeholder}`
        is not checked either.

        ## Why it matters
        Step Functions moves on from such a Task only when the task token comes back through
        `SendTaskSuccess` or `SendTaskFailure`. If the message carrying the token is lost, the
        worker crashes, or the human never approves, nothing fails: by default the Amazon States
        Language sets no timeout, and the execution stays open — and keeps its concurrency slot
        — until the Standard workflow's maximum duration of one year. A top-level
        `TimeoutSeconds` on the state machine ends it sooner, but as a timed-out execution that
        no `Catch` can handle.

        With `HeartbeatSeconds` the worker has to call `SendTaskHeartbeat` at least that often;
        with `TimeoutSeconds` the whole wait is bounded. Either way the Task fails with
        `States.Timeout`, which a `Retry` or `Catch` can handle. AWS recommends heartbeats for
        callbacks, and a timeout for activities.

        ## Example
        ```json
        {
          "StartAt": "Request approval",
          "States": {
            "Request approval": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {
                "QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/approvals",
                "MessageBody": { "taskToken.$": "$$.Task.Token", "order.$": "$.order" }
              },
              "ResultPath": "$.approval",
              "End": true
            }
          }
        }
        ```

        ## Fix
        Bound the wait, and decide what happens when it runs out:
        ```json
        {
          "StartAt": "Request approval",
          "States": {
            "Request approval": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {
                "QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/approvals",
                "MessageBody": { "taskToken.$": "$$.Task.Token", "order.$": "$.order" }
              },
              "TimeoutSeconds": 86400,
              "ResultPath": "$.approval",
              "Catch": [
                { "ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "Not approved in time" }
              ],
              "End": true
            },
            "Not approved in time": { "Type": "Fail", "Error": "ApprovalTimedOut" }
          }
        }
        ```
        """)
public final class CallbackWithoutTimeout implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    // A top-level TimeoutSeconds (a number, or a placeholder for one) ends the execution sooner.
    Optional<String> executionTimeout = machine.rootObject()
        .flatMap(root -> root.get("TimeoutSeconds"))
        .filter(n -> n instanceof ScalarNode)
        .map(n -> ((ScalarNode) n).text());
    for (State state : machine.states()) {
      if (state.scope().workflowType().type() == WorkflowType.EXPRESS) {
        continue;
      }
      Optional<TaskFields> task = state.task();
      if (task.isEmpty() || task.get().resource().isEmpty() || isBounded(task.get())) {
        continue;
      }
      TaskResource resource = task.get().resource().get();
      String waitsFor;
      if (resource.is(TaskResource.Kind.ACTIVITY)) {
        waitsFor = "waits for a worker of activity \"" + resource.resourceName().orElse("")
            + "\" to send its task token back";
      } else if (resource.isIntegration() && resource.pattern()
          .filter(p -> p == IntegrationPattern.WAIT_FOR_TASK_TOKEN).isPresent()) {
        waitsFor = "waits (.waitForTaskToken) until its task token is sent back";
      } else {
        continue;
      }
      String until = executionTimeout
          .map(t -> "until the execution's own TimeoutSeconds (" + t + ") ends the whole "
              + "execution, which no Catch can handle")
          .orElse("up to a year, the longest a Standard execution runs");
      Node at = state.nameNode();
      findings.report(at, "Task \"%s\" %s, but has neither TimeoutSeconds nor HeartbeatSeconds: "
          + "if the token never comes, it waits %s. Add HeartbeatSeconds (the worker calls "
          + "SendTaskHeartbeat) or TimeoutSeconds, so that the wait fails with States.Timeout, "
          + "which Retry and Catch can handle.", state.name(), waitsFor, until)
          .related(resource.node(), "The Task's resource");
    }
  }

  /** Any of the four fields is written, in whatever form (a value, a placeholder, an expression). */
  private static boolean isBounded(TaskFields task) {
    return task.timeoutSeconds().isPresent() || task.timeoutSecondsPath().isPresent()
        || task.heartbeatSeconds().isPresent() || task.heartbeatSecondsPath().isPresent();
  }
}

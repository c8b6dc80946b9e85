package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.IntegrationPattern;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL040",
    name = "ExpressUnsupportedIntegrationPattern",
    severity = Severity.ERROR,
    summary = "An Express workflow calls a service with .sync, .sync:2 or .waitForTaskToken, or "
        + "runs an activity.",
    description = "Express workflows support only the Request Response integration pattern and "
        + "no activities: a Task that waits for a job (.sync, .sync:2) or for a task token "
        + "(.waitForTaskToken), or that runs an activity, cannot be part of an Express workflow "
        + "— nor of the EXPRESS child executions of a Distributed Map.",
    tags = {"correctness", "express"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html"
    },
    help = """
        ## What it finds
        In a scope that runs as an Express workflow — the state machine when its type is
        `EXPRESS`, or the item processor of a Distributed Map whose `ExecutionType` is
        `EXPRESS` — a Task whose `Resource` ends in `.sync`, `.sync:2` or `.waitForTaskToken`,
        or whose `Resource` is an activity ARN. The message says where the type comes from: the
        template's `Type`/`StateMachineType`, the configuration, `--workflow-type`, or the Map's
        `ExecutionType`.

        ## Why it matters
        "Express Workflows only support Request Response integrations" and do not support
        activities (AWS, *Choosing workflow type*). Step Functions rejects such a definition;
        an Express execution could not wait for a job or a callback anyway, since it runs at
        most five minutes.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Report:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Build report
                States:
                  Build report:
                    Type: Task
                    Resource: arn:aws:states:::ecs:runTask.sync
                    Parameters:
                      Cluster: reports
                      TaskDefinition: build-report
                    End: true
        ```

        ## Fix
        Start the job and return (Request Response), and let something else wait for it — or
        make the workflow Standard if it must wait:
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Report:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: STANDARD
              Definition:
                StartAt: Build report
                States:
                  Build report:
                    Type: Task
                    Resource: arn:aws:states:::ecs:runTask.sync
                    Parameters:
                      Cluster: reports
                      TaskDefinition: build-report
                    End: true
        ```
        """)
public final class ExpressUnsupportedIntegrationPattern implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<TaskResource> resource = state.task().flatMap(TaskFields::resource);
        if (resource.isEmpty()) {
          continue;
        }
        TaskResource task = resource.get();
        Optional<IntegrationPattern> pattern = task.pattern().filter(IntegrationPattern::waits);
        if (task.isIntegration() && pattern.isPresent()) {
          findings.report(task.node(), "Task \"%s\" calls %s:%s with %s (%s), but Express "
                  + "workflows support only Request Response integrations, and %s. Step "
                  + "Functions rejects the definition.", state.name(),
              task.service().orElse(""), task.action().orElse(""), pattern.get().suffix(),
              pattern.get() == IntegrationPattern.WAIT_FOR_TASK_TOKEN ? "Wait for Callback"
                  : "Run a Job", TypeText.runsAs(scope));
        } else if (task.is(TaskResource.Kind.ACTIVITY)) {
          findings.report(task.node(), "Task \"%s\" runs activity \"%s\", but Express workflows "
                  + "do not support activities, and %s. Step Functions rejects the definition.",
              state.name(), task.resourceName().orElse(""), TypeText.runsAs(scope));
        }
      }
    }
  }
}

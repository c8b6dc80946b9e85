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
    id = "ASL044",
    name = "ExpressTimeoutBeyondLimit",
    severity = Severity.WARNING,
    summary = "A TimeoutSeconds in an Express workflow is longer than the five minutes an "
        + "Express execution may run.",
    description = "An Express execution fails with States.Timeout after five minutes, whatever "
        + "a Task's or the state machine's TimeoutSeconds says. A longer timeout never fires: a "
        + "slow Task is cut off by the end of the whole execution, which Retry and Catch cannot "
        + "handle.",
    tags = {"reliability", "express"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html"
    },
    help = """
        ## What it finds
        In a scope that runs as an Express workflow, a Task whose `TimeoutSeconds` is above 300;
        and the top-level `TimeoutSeconds` of a state machine whose type is `EXPRESS`. The
        message says where the type comes from.

        ## Why it matters
        The maximum execution time of an Express workflow is five minutes, and so is the
        maximum task execution time (AWS, *Step Functions service quotas*). A timeout beyond it
        reads as a promise the service does not keep: the execution ends with `States.Timeout`
        first, and a Catcher on the Task never gets the chance to handle it.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Resize:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Resize image
                States:
                  Resize image:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: resize-image
                    TimeoutSeconds: 900
                    End: true
        ```

        ## Fix
        A timeout within five minutes, which leaves time to handle it:
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Resize:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Resize image
                States:
                  Resize image:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: resize-image
                    TimeoutSeconds: 240
                    End: true
        ```
        """)
public final class ExpressTimeoutBeyondLimit implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    if (TypeText.isExpress(machine.rootScope())) {
      Optional<FieldValue<Long>> timeout = machine.timeoutSeconds();
      Optional<Long> value = timeout.flatMap(FieldValue::value);
      if (value.isPresent() && value.get() > WorkflowType.EXPRESS_MAX_SECONDS) {
        findings.report(timeout.get().node(), "The state machine's TimeoutSeconds is %d s (%s), "
                + "but an Express execution ends after 5 minutes and %s: this timeout never "
                + "takes effect.", value.get(), DurationAnalysis.describe(value.get()),
            TypeText.runsAs(machine.rootScope()));
      }
    }
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<FieldValue<Long>> timeout = state.task().flatMap(TaskFields::timeoutSeconds);
        Optional<Long> value = timeout.flatMap(FieldValue::value);
        if (value.isPresent() && value.get() > WorkflowType.EXPRESS_MAX_SECONDS) {
          findings.report(timeout.get().node(), "Task \"%s\" has TimeoutSeconds %d (%s), but an "
                  + "Express execution ends after 5 minutes and %s: the Task is cut off by "
                  + "States.Timeout of the whole execution first, which its Retry and Catch "
                  + "cannot handle.", state.name(), value.get(),
              DurationAnalysis.describe(value.get()), TypeText.runsAs(scope));
        }
      }
    }
  }
}

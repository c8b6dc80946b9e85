package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.Scope;
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
    id = "ASL047",
    name = "ExpressTaskWithoutTimeout",
    severity = Severity.NOTE,
    summary = "A Task in an Express workflow sets no TimeoutSeconds and relies on the "
        + "five-minute limit of the execution.",
    description = "Without TimeoutSeconds a Task that hangs runs until the Express execution "
        + "ends after five minutes with States.Timeout, which no Retry or Catch of the Task "
        + "handles. A timeout of its own turns the hang into an error the workflow can retry "
        + "or catch. Off by default: switch it on for Express workflows that must fail "
        + "gracefully.",
    tags = {"reliability", "express"},
    precision = Precision.HIGH,
    enabledByDefault = false,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html"
    },
    help = """
        ## What it finds
        A Task with neither `TimeoutSeconds` nor `TimeoutSecondsPath` in a scope that runs as an
        Express workflow. The message says where the type comes from. This rule is off by
        default; switch it on in configuration (`rules: {ASL047: on}`).

        ## Why it matters
        A Task's timeout defaults to 99999999 seconds (AWS, *Task workflow state*); in an
        Express workflow the execution's own five-minute limit comes first and ends everything
        with `States.Timeout` (AWS, *Step Functions service quotas*). A timeout on the Task
        raises `States.Timeout` on the Task instead, where a Retrier or Catcher can handle it
        while there is still time.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Enrich:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Look up customer
                States:
                  Look up customer:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: look-up-customer
                    End: true
        ```

        ## Fix
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Enrich:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Look up customer
                States:
                  Look up customer:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: look-up-customer
                    TimeoutSeconds: 20
                    End: true
        ```
        """)
public final class ExpressTaskWithoutTimeout implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<TaskFields> task = state.task();
        if (task.isPresent() && task.get().timeoutSeconds().isEmpty()
            && task.get().timeoutSecondsPath().isEmpty()) {
          findings.report(state.nameNode(), "Task \"%s\" sets no TimeoutSeconds: if it hangs, "
                  + "the whole execution ends after 5 minutes with States.Timeout, which its "
                  + "Retry and Catch cannot handle (%s).", state.name(), TypeText.runsAs(scope));
        }
      }
    }
  }
}

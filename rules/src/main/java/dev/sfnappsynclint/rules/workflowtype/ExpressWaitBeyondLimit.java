package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.DurationAnalysis;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.WaitFields;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL042",
    name = "ExpressWaitBeyondLimit",
    severity = Severity.ERROR,
    summary = "A Wait state in an Express workflow waits longer than the five minutes an Express "
        + "execution may run.",
    description = "An Express execution runs at most five minutes and then fails with "
        + "States.Timeout. A Wait whose Seconds is above 300 can never finish: every execution "
        + "that reaches it fails.",
    tags = {"correctness", "express"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html"
    },
    help = """
        ## What it finds
        A `Wait` state with `Seconds` above 300 in a scope that runs as an Express workflow (the
        state machine when its type is `EXPRESS`, or the item processor of a Distributed Map
        whose `ExecutionType` is `EXPRESS`). `SecondsPath`, JSONata expressions and placeholders
        are only known at run time and are not checked; a fixed `Timestamp` is `ASL043`.

        ## Why it matters
        "The maximum wait time that you can specify for Standard Workflows and Express
        workflows is one year and five minutes respectively" (AWS, *Wait workflow state*). An
        Express execution that runs longer than five minutes fails with `States.Timeout`, so
        every execution that reaches this Wait fails.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Reminder:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Wait ten minutes
                States:
                  Wait ten minutes:
                    Type: Wait
                    Seconds: 600
                    Next: Remind
                  Remind:
                    Type: Pass
                    End: true
        ```

        ## Fix
        Wait less than five minutes, or make the workflow Standard:
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Reminder:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: STANDARD
              Definition:
                StartAt: Wait ten minutes
                States:
                  Wait ten minutes:
                    Type: Wait
                    Seconds: 600
                    Next: Remind
                  Remind:
                    Type: Pass
                    End: true
        ```
        """)
public final class ExpressWaitBeyondLimit implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<FieldValue<Long>> seconds = state.waitFields().flatMap(WaitFields::seconds);
        Optional<Long> value = seconds.flatMap(FieldValue::value);
        if (value.isPresent() && value.get() > WorkflowType.EXPRESS_MAX_SECONDS) {
          findings.report(seconds.get().node(), "Wait \"%s\" waits %d s (%s), but an Express "
                  + "execution runs at most 5 minutes and %s: every execution that reaches this "
                  + "state fails with States.Timeout.", state.name(), value.get(),
              DurationAnalysis.describe(value.get()), TypeText.runsAs(scope));
        }
      }
    }
  }
}

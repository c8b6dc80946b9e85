package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.DurationAnalysis;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.Sentences;

@LintRule(
    id = "ASL046",
    name = "ExpressLoopWithoutBound",
    severity = Severity.NOTE,
    summary = "A loop in an Express workflow has no bound the definition states: only the "
        + "five-minute limit ends it.",
    description = "How many rounds a loop runs depends on the data. In an Express workflow the "
        + "execution fails with States.Timeout when five minutes are up, so a polling loop that "
        + "waits for something slow ends in a failure nothing can catch. Bound the rounds, or "
        + "move slow polling to a Standard workflow.",
    tags = {"reliability", "express"},
    precision = Precision.MEDIUM,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html"
    },
    help = """
        ## What it finds
        A loop (states that can follow each other round and round) that a path from `StartAt`
        reaches and that has a way out, in a scope that runs as an Express workflow. The finding
        is at the loop's first Choice state (where the decision to go round again is made), or
        where execution enters a loop without one; the message gives the shortest round, what
        its Wait states wait, and so after how many rounds the five minutes are up. Loops with
        no way out at all are `ASL008`.

        ## Why it matters
        Nothing in a loop's definition says how many rounds it runs; in an Express workflow the
        execution ends with `States.Timeout` after five minutes (AWS, *Step Functions service
        quotas*). That is fine for a loop that always finishes quickly, and a failure nothing can
        catch for one that polls for a slow job. A counter in a Choice rule, or a Standard
        workflow for the slow part, makes the end explicit.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Export:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Check export
                States:
                  Check export:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: check-export
                    ResultSelector:
                      status.$: $.Payload.status
                    TimeoutSeconds: 10
                    Next: Done?
                  Done?:
                    Type: Choice
                    Choices:
                      - Variable: $.status
                        StringEquals: DONE
                        Next: Finished
                    Default: Wait a little
                  Wait a little:
                    Type: Wait
                    Seconds: 20
                    Next: Check export
                  Finished:
                    Type: Succeed
        ```

        ## Fix
        Poll in a Standard workflow (or have the export call back):
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Export:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: STANDARD
              Definition:
                StartAt: Check export
                States:
                  Check export:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: check-export
                    ResultSelector:
                      status.$: $.Payload.status
                    TimeoutSeconds: 10
                    Next: Done?
                  Done?:
                    Type: Choice
                    Choices:
                      - Variable: $.status
                        StringEquals: DONE
                        Next: Finished
                    Default: Wait a little
                  Wait a little:
                    Type: Wait
                    Seconds: 20
                    Next: Check export
                  Finished:
                    Type: Succeed
        ```
        """)
public final class ExpressLoopWithoutBound implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    DurationAnalysis durations = machine.durations();
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isExpress(scope)) {
        continue;
      }
      for (DurationAnalysis.Loop loop : durations.loops(scope)) {
        double round = loop.waitSecondsPerRound();
        long count = (long) Math.ceil(WorkflowType.EXPRESS_MAX_SECONDS / Math.max(round, 1e-9));
        String rounds = round > 0
            ? String.format(java.util.Locale.ROOT, "each round waits %s, so after %d %s the "
                + "5 minutes an Express execution may run are up",
                DurationAnalysis.describe(round), count, count == 1 ? "round" : "rounds")
            : "no Wait in it says how long a round takes, so only the 5 minutes an Express "
                + "execution may run end it";
        findings.report(loop.entry().nameNode(), "Loop %s → \"%s\" has no bound the definition "
                + "states (%s): %s, and the execution fails with States.Timeout.",
            Sentences.path(loop.cycle()), loop.entry().name(), TypeText.runsAs(scope), rounds);
      }
    }
  }
}

package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.DurationAnalysis;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.WaitFields;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@LintRule(
    id = "ASL045",
    name = "ExecutionDurationBeyondLimit",
    severity = Severity.WARNING,
    summary = "A path through the workflow can wait, time out and retry for longer than an "
        + "execution of its type may run.",
    description = "Adds up, along the longest path from StartAt, what the definition itself "
        + "says can take time — Wait seconds, Task timeouts once per attempt, the waits between "
        + "retries, the longest Parallel branch, an inline Map's processor — and warns when the "
        + "sum passes the maximum execution time: five minutes for Express, a year for Standard. "
        + "An execution that goes that way fails with States.Timeout.",
    tags = {"reliability", "express"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html"
    },
    help = """
        ## What it finds
        For each execution — the state machine, and the child executions of each Distributed
        Map — a static bound on how long its longest path can run, and the state where the
        running total first passes the limit of its workflow type (5 minutes for `EXPRESS`, 1
        year for `STANDARD`). The bound adds:

        * a Wait's `Seconds`;
        * a Task's `TimeoutSeconds` once per attempt (1 + the `MaxAttempts` of each retrier),
          and the longest each retrier waits between attempts (`IntervalSeconds`, `BackoffRate`,
          `MaxDelaySeconds`; jitter only shortens waits);
        * the longest branch of a Parallel, and an inline Map's item processor, once per attempt;
        * each loop once (a loop without a bound is `ASL046` in Express workflows).

        What the definition does not say — Task run time without `TimeoutSeconds`, `SecondsPath`,
        how many items a Map gets — counts as nothing, so the bound is what the definition
        guarantees can be spent. The message names the bound, the states that contribute most
        (as related locations) and where the type comes from. A single Wait or `TimeoutSeconds`
        beyond the limit is reported by its own rule (`ASL042`, `ASL044`, `ASL050`, `ASL051`)
        instead.

        ## Why it matters
        An Express execution that runs past five minutes, or a Standard one past a year, fails
        with `States.Timeout` (AWS, *Step Functions service quotas*) — in the middle of a retry
        series, where no Catcher handles it. A Retry with a long backoff is the usual cause:
        three retries of a Task with `TimeoutSeconds: 60` and `BackoffRate: 2` are already over
        five minutes.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Checkout:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Charge card
                States:
                  Charge card:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: charge-card
                    TimeoutSeconds: 60
                    Retry:
                      - ErrorEquals: [States.ALL]
                        IntervalSeconds: 10
                        MaxAttempts: 3
                        BackoffRate: 2
                    End: true
        ```

        ## Fix
        Keep the retries and timeouts within the limit (here 4 × 30 s + 2 + 4 + 8 s), or move
        the long wait to a Standard workflow:
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Checkout:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Charge card
                States:
                  Charge card:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: charge-card
                    TimeoutSeconds: 30
                    Retry:
                      - ErrorEquals: [States.ALL]
                        IntervalSeconds: 2
                        MaxAttempts: 3
                        BackoffRate: 2
                    End: true
        ```
        """)
public final class ExecutionDurationBeyondLimit implements AslRule {

  /** Related locations: the parts that add most. */
  private static final int TOP = 3;

  @Override
  public void check(StateMachine machine, Findings findings) {
    DurationAnalysis durations = machine.durations();
    for (Scope execution : durations.executions()) {
      WorkflowType type = execution.workflowType().type();
      long limit = type.maxExecutionSeconds();
      DurationAnalysis.ScopeBound bound = durations.scope(execution);
      if (bound.seconds() <= limit) {
        continue;
      }
      Optional<DurationAnalysis.Crossing> crossing = durations.crossing(execution, limit);
      if (crossing.isEmpty() || reportedOnItsOwn(crossing.get().state(), limit)) {
        continue;
      }
      List<DurationAnalysis.Part> top = durations.largestParts(execution, TOP);
      State at = crossing.get().state();
      Findings.Reported reported = findings.report(at.nameNode(), "%s can run for at least %s "
              + "along its longest path%s, more than the %s an execution may run (%s): one that "
              + "goes that way fails with States.Timeout by the end of \"%s\" (%s in). Most of "
              + "it: %s.",
          capitalized(execution.describeExecution()), DurationAnalysis.describe(bound.seconds()),
          bound.throughLoop() ? " (once round each loop)" : "", type.maxExecutionText(),
          execution.workflowType().describe(), at.name(),
          DurationAnalysis.describe(crossing.get().secondsAfter()),
          top.stream().map(DurationAnalysis.Part::description)
              .collect(Collectors.joining("; ")));
      for (DurationAnalysis.Part part : top) {
        reported.related(part.node(), part.description());
      }
    }
  }

  /**
   * The crossing is a single Wait or Task timeout already beyond the limit by itself: its own
   * rule says so more plainly.
   */
  private static boolean reportedOnItsOwn(State state, long limit) {
    Optional<Long> wait = state.waitFields().flatMap(WaitFields::seconds)
        .flatMap(FieldValue::value);
    Optional<Long> timeout = state.task().flatMap(TaskFields::timeoutSeconds)
        .flatMap(FieldValue::value);
    return wait.filter(s -> s > limit).isPresent() || timeout.filter(s -> s > limit).isPresent();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

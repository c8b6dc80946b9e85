package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TaskFields;
import dev.sfnappsynclint.asl.TaskResource;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL031",
    name = "TaskWithoutTimeout",
    severity = Severity.WARNING,
    summary = "Policy: every Task state (or those whose resource matches) has TimeoutSeconds or "
        + "TimeoutSecondsPath.",
    description = "The Amazon States Language sets no timeout by default: a Task whose job or "
        + "worker stops answering waits as long as the execution may run. Teams that want "
        + "every Task bounded switch this rule on; resourcePatterns narrows it to the "
        + "integrations that need it.",
    tags = {"reliability", "timeouts", "policy"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    options = {
        @LintRule.Option(name = ResourcePatterns.OPTION, type = RuleOptionSpec.Type.STRING_LIST,
            description = ResourcePatterns.DESCRIPTION + ".")
    },
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/sfn-stuck-execution.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html"
    },
    help = """
        ## What it finds
        A Task state with neither `TimeoutSeconds` nor `TimeoutSecondsPath`. A
        `${placeholder}`, and in a JSONata state a `{% ... %}` expression, counts as a
        timeout. `HeartbeatSeconds` alone does not: it bounds the time between heartbeats, not
        the whole task. This is a policy rule, off by default: switch it on in the
        configuration.

        Option `resourcePatterns`: only Task states whose `Resource` matches one of the
        patterns need a timeout; empty (the default) means every Task. A pattern is an **ARN
        prefix** starting with `arn:` (the partition is ignored), or an **integration name**
        matched as a whole, with or without its suffix (`lambda:invoke` also matches Lambda
        function ARNs; `glue:startJobRun.sync`, `ecs:*`, `aws-sdk:s3:*`, `activity:NAME`);
        `*` matches any run of characters. `StateWithoutCatch` (ASL030) documents the
        patterns in full.

        ```yaml
        rules:
          TaskWithoutTimeout:
            options:
              resourcePatterns: ["arn:aws:states:::ecs:runTask.sync", "glue:*", "activity:*"]
        ```

        `CallbackWithoutTimeout` (ASL028, on by default) already reports callbacks and
        activities with neither a timeout nor a heartbeat; this rule is the stricter policy.

        ## Why it matters
        The Amazon States Language sets no timeout by default. A `.sync` job that hangs, or an
        activity or callback whose worker died, keeps a Standard execution waiting for up to a
        year; a request/response call takes as long as its service allows, which may be longer
        than the workflow should wait. With `TimeoutSeconds` the Task fails with
        `States.Timeout` instead, which `Retry` and `Catch` can handle, and the bound is written
        where reviewers see it.

        ## Example
        ```json
        {
          "StartAt": "Run report",
          "States": {
            "Run report": {
              "Type": "Task",
              "Resource": "arn:aws:states:::glue:startJobRun.sync",
              "Parameters": { "JobName": "nightly-report" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Run report",
          "States": {
            "Run report": {
              "Type": "Task",
              "Resource": "arn:aws:states:::glue:startJobRun.sync",
              "Parameters": { "JobName": "nightly-report" },
              "TimeoutSeconds": 7200,
              "End": true
            }
          }
        }
        ```
        """)
public final class TaskWithoutTimeout implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    ResourcePatterns patterns = ResourcePatterns.of(
        findings.options().strings(ResourcePatterns.OPTION));
    for (State state : machine.states()) {
      Optional<TaskFields> task = state.task();
      if (task.isEmpty() || task.get().timeoutSeconds().isPresent()
          || task.get().timeoutSecondsPath().isPresent()) {
        continue;
      }
      if (patterns.isEmpty()) {
        findings.report(state.nameNode(), "Task \"%s\" has no TimeoutSeconds: if it never "
            + "finishes, the execution waits as long as it may run. The policy wants every "
            + "Task to have a timeout.", state.name());
        continue;
      }
      Optional<TaskResource> resource = task.get().resource();
      resource.flatMap(patterns::match).ifPresent(pattern -> findings.report(state.nameNode(),
              "Task \"%s\" has no TimeoutSeconds: if it never finishes, the execution waits "
              + "as long as it may run. The policy wants Tasks whose resource matches \"%s\" "
              + "to have a timeout.", state.name(), pattern)
          .related(resource.get().node(), "The resource that matches \"" + pattern + "\""));
    }
  }
}

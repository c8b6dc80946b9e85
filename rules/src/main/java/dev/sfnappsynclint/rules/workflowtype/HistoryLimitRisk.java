package dev.sfnappsynclint.rules.workflowtype;

import dev.sfnappsynclint.asl.DurationAnalysis;
import dev.sfnappsynclint.asl.HistoryAnalysis;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.RuleOptionSpec;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.Sentences;
import java.util.Locale;

@LintRule(
    id = "ASL052",
    name = "HistoryLimitRisk",
    severity = Severity.WARNING,
    summary = "A Standard execution may write more than the 25,000 history events it is allowed: "
        + "a loop without a bound, an inline Map with many items, or retries that go on and on.",
    description = "A Standard execution fails when its event history reaches 25,000 events. "
        + "Every state adds events (a Task about five), every round of a polling loop and every "
        + "item of an inline Map adds its states' events again. The rule estimates the events "
        + "per round and per item and says after how many the limit is reached.",
    tags = {"reliability", "standard"},
    precision = Precision.MEDIUM,
    options = @LintRule.Option(name = "minItemCapacity", type = RuleOptionSpec.Type.INTEGER,
        description = "Warn about an inline Map whose number of items is not known when the "
            + "history leaves room for fewer items than this", defaultValue = "1000"),
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/bp-history-limit.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html"
    },
    help = """
        ## What it finds
        In an execution that runs as a Standard workflow (the state machine, or the child
        executions of a Distributed Map whose `ExecutionType` is `STANDARD`; the message says
        where the type comes from):

        * a polling loop — a loop through a Choice state, with a way out — whose number of
          rounds the definition does not bound, or whose bound is still too many rounds. The
          finding is at the Choice, with the shortest round through it. The bound the linter knows is the state machine's `TimeoutSeconds` over
          the shortest Wait that every round passes; a counter in a Choice rule is not
          recognised;
        * an inline Map whose `Items` array has more items than the history has room for, or
          whose number of items is not known and whose history leaves room for fewer than
          `minItemCapacity` items (1,000 unless configured);
        * a path whose events pass 25,000 by themselves, or when every retrier is used up.

        Events are estimated per state from the history event types (AWS, *HistoryEvent*): 2 for
        a Pass, Wait, Choice or Succeed (entered, exited), 5 for a Task (entered, scheduled,
        started, succeeded, exited; 6 with `.sync` or `.waitForTaskToken`), 3 more per retry,
        4 for a Parallel or Map plus what runs inside, 2 more per inline Map item, and 2 for the
        execution.

        ## Why it matters
        "If the execution history reaches this quota, the execution will fail" (AWS, *Step
        Functions service quotas*: 25,000 events in a Standard execution's history). A polling
        loop that checks every 10 seconds uses up the budget in about 8 hours. AWS recommends
        continuing as a new execution or starting child executions (*Avoid reaching the history
        quota*); for many items, a Distributed Map, whose items have histories of their own.

        ## Example
        ```json
        {
          "StartAt": "Start crawler",
          "States": {
            "Start crawler": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:glue:startCrawler",
              "Parameters": { "Name": "sales" },
              "Next": "Wait a little"
            },
            "Wait a little": { "Type": "Wait", "Seconds": 10, "Next": "Get crawler" },
            "Get crawler": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:glue:getCrawler",
              "Parameters": { "Name": "sales" },
              "Next": "Finished?"
            },
            "Finished?": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.Crawler.State", "StringEquals": "READY", "Next": "Done" }
              ],
              "Default": "Wait a little"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        ```

        ## Fix
        Bound the loop: with `TimeoutSeconds` of 6 hours, at most 2,161 rounds of 9 events fit.
        ```json
        {
          "TimeoutSeconds": 21600,
          "StartAt": "Start crawler",
          "States": {
            "Start crawler": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:glue:startCrawler",
              "Parameters": { "Name": "sales" },
              "Next": "Wait a little"
            },
            "Wait a little": { "Type": "Wait", "Seconds": 10, "Next": "Get crawler" },
            "Get crawler": {
              "Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:glue:getCrawler",
              "Parameters": { "Name": "sales" },
              "Next": "Finished?"
            },
            "Finished?": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.Crawler.State", "StringEquals": "READY", "Next": "Done" }
              ],
              "Default": "Wait a little"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class HistoryLimitRisk implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    HistoryAnalysis history = machine.history();
    long minCapacity = findings.options().integer("minItemCapacity").orElse(1000L);
    for (HistoryAnalysis.Loop loop : history.loops()) {
      Scope execution = loop.execution();
      if (!standard(execution) || !loop.polling()) {
        continue;
      }
      long base = history.execution(execution);
      String type = execution.workflowType().describe();
      if (loop.roundBound().isEmpty()) {
        findings.report(loop.entry().nameNode(), "Loop %s → \"%s\" has no bound the definition "
                + "states (%s): %s. Bound the rounds (a counter, or TimeoutSeconds), or continue "
                + "as a new execution.", Sentences.path(loop.cycle()), loop.entry().name(), type,
            rounds(loop, execution));
      } else if (base + loop.roundBound().getAsLong() * loop.eventsPerRound()
          > HistoryAnalysis.LIMIT) {
        findings.report(loop.entry().nameNode(), "Loop %s → \"%s\" may run %,d rounds before "
                + "the state machine's TimeoutSeconds ends it (%s): %s. Shorten the timeout, "
                + "or continue as a new execution.", Sentences.path(loop.cycle()),
            loop.entry().name(), loop.roundBound().getAsLong(), type, rounds(loop, execution));
      }
    }
    for (HistoryAnalysis.InlineMap map : history.inlineMaps()) {
      Scope execution = map.execution();
      if (!standard(execution)) {
        continue;
      }
      State state = map.state();
      String type = execution.workflowType().describe();
      if (map.items().isPresent() && map.items().getAsLong() > map.itemCapacity()) {
        findings.report(state.field("Items").orElse(state.nameNode()), "Inline Map \"%s\" has "
                + "%,d items of about %d history events each, but %s has room for about %,d "
                + "before it reaches the 25,000-event limit and fails (%s). Use a Distributed "
                + "Map, whose items have histories of their own.", state.name(),
            map.items().getAsLong(), map.eventsPerItem(), execution.describeExecution(),
            map.itemCapacity(), type);
      } else if (map.items().isEmpty() && map.itemCapacity() < minCapacity) {
        findings.report(state.nameNode(), "Each item of inline Map \"%s\" adds about %d history "
                + "events: with more than about %,d items %s reaches the 25,000-event limit "
                + "and fails (%s). Use a Distributed Map, or start a child execution per batch.",
            state.name(), map.eventsPerItem(), map.itemCapacity(),
            execution.describeExecution(), type);
      }
    }
    for (Scope execution : machine.durations().executions()) {
      if (!standard(execution)) {
        continue;
      }
      HistoryAnalysis.ScopeEvents events = history.scope(execution);
      long total = 2;
      if (total + events.worstCase() <= HistoryAnalysis.LIMIT) {
        continue;
      }
      for (State state : events.worstPath()) {
        HistoryAnalysis.StateEvents own = history.state(state);
        if (total + own.worstCase() > HistoryAnalysis.LIMIT) {
          boolean retries = history.execution(execution) <= HistoryAnalysis.LIMIT;
          findings.report(state.nameNode(), "%s can write about %,d history events along its "
                  + "longest path%s, past the 25,000-event limit (%s): it fails at \"%s\"%s.",
              Sentences.capitalized(execution.describeExecution()), 2 + events.worstCase(),
              retries ? " when its retriers are used up" : "",
              execution.workflowType().describe(), state.name(),
              own.worstCase() > own.nominal() ? ", whose Retry alone allows "
                  + String.format(Locale.ROOT, "%,d", own.worstCase() - own.nominal())
                  + " events" : "");
          break;
        }
        total += own.worstCase();
      }
    }
  }

  /** What each round of a loop costs, for a finding's message. */
  private static String rounds(HistoryAnalysis.Loop loop, Scope execution) {
    return String.format(Locale.ROOT, "each round adds about %d history events, so after about "
            + "%,d rounds%s %s reaches the 25,000-event limit and fails",
        loop.eventsPerRound(), loop.roundsToLimit(), loop.secondsPerRound() > 0
            ? " (" + DurationAnalysis.describe(loop.roundsToLimit() * loop.secondsPerRound())
                + " of waiting)"
            : "", execution.describeExecution());
  }

  private static boolean standard(Scope execution) {
    return execution.workflowType().type() == WorkflowType.STANDARD;
  }
}

package dev.sfnappsynclint.rules.reachability;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.Sentences;
import java.util.List;

@LintRule(
    id = "ASL008",
    name = "LoopWithoutExit",
    severity = Severity.ERROR,
    summary = "A loop that, once entered, never leads to a terminal state: the execution cannot "
        + "finish successfully.",
    description = "Polling loops need a way out. When no state of a loop can reach a terminal "
        + "state (Catch edges count as ways out), an execution that enters it runs until it "
        + "fails: Express workflows after five minutes, Standard workflows at the execution "
        + "history or duration limit.",
    tags = {"correctness", "reachability", "reliability"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-transitions.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html"
    },
    help = """
        ## What it finds
        A set of reachable states that only lead to each other: whatever the Choice rules
        decide and whatever the Catchers catch, no path from them ever gets to a `Succeed` or
        `Fail` state or to `"End": true`. The message shows the loop (`"Poll" → "Wait" →
        "Poll"`). Scopes with no terminal state at all are reported by `NoTerminalState`.

        ## Why it matters
        An execution that enters the loop never finishes successfully. It keeps running, and
        paying for transitions, until a limit stops it: five minutes for Express workflows, the
        25,000-event history or the one-year duration for Standard workflows.

        ## Example
        The Choice state's `Default` goes back to `Wait` too: once the export has started, the
        execution keeps polling until a limit stops it.
        ```json
        {
          "StartAt": "Start export",
          "States": {
            "Start export": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:start-export",
              "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Export failed" }],
              "Next": "Poll"
            },
            "Poll": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:export-status", "Next": "Done?" },
            "Done?": {
              "Type": "Choice",
              "Choices": [{ "Variable": "$.status", "StringEquals": "RUNNING", "Next": "Wait" }],
              "Default": "Wait"
            },
            "Wait": { "Type": "Wait", "Seconds": 30, "Next": "Poll" },
            "Export failed": { "Type": "Fail", "Error": "ExportFailed" }
          }
        }
        ```

        ## Fix
        Give the loop an exit: a Choice rule or `Default` that leads to a terminal state, or a
        Catcher that goes to a `Fail` state. Bound the number of iterations when you can.
        ```json
        {
          "StartAt": "Start export",
          "States": {
            "Start export": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:start-export",
              "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Export failed" }],
              "Next": "Poll"
            },
            "Poll": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:export-status", "Next": "Done?" },
            "Done?": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.status", "StringEquals": "RUNNING", "Next": "Wait" },
                { "Variable": "$.status", "StringEquals": "FAILED", "Next": "Export failed" }
              ],
              "Default": "Exported"
            },
            "Wait": { "Type": "Wait", "Seconds": 30, "Next": "Poll" },
            "Exported": { "Type": "Succeed" },
            "Export failed": { "Type": "Fail", "Error": "ExportFailed" }
          }
        }
        ```
        """)
public final class LoopWithoutExit implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      for (List<State> loop : scope.loopsWithoutExit()) {
        State entry = loop.get(0);
        findings.report(entry.nameNode(), "Loop %s has no exit: no state in it leads to a "
            + "Succeed or Fail state or to \"End\": true, so an execution that enters it in %s "
            + "never finishes.", Sentences.path(loop), scope.describe());
      }
    }
  }
}

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
    id = "ASL050",
    name = "StandardWaitBeyondOneYear",
    severity = Severity.ERROR,
    summary = "A Wait state in a Standard workflow waits longer than the year a Standard "
        + "execution may run.",
    description = "A Standard execution runs at most one year and then fails with "
        + "States.Timeout. A Wait whose Seconds is above a year can never finish: every "
        + "execution that reaches it fails.",
    tags = {"correctness", "standard"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html"
    },
    help = """
        ## What it finds
        A `Wait` state whose `Seconds` is above one year (counted as 366 days, 31,622,400
        seconds, so that it is beyond a year in any calendar) in a scope that runs as a
        Standard workflow. The message says where the type comes from.

        ## Why it matters
        "The maximum wait time that you can specify for Standard Workflows ... is one year"
        (AWS, *Wait workflow state*); an execution that runs longer than a year fails with
        `States.Timeout` (AWS, *Step Functions service quotas*). Every execution that reaches
        this Wait fails. Step Functions accepts `Seconds` up to 99999999 (more than three
        years), so this is not caught at deploy time.

        ## Example
        ```json
        {
          "StartAt": "Wait for renewal",
          "States": {
            "Wait for renewal": { "Type": "Wait", "Seconds": 63072000, "Next": "Renew" },
            "Renew": { "Type": "Pass", "End": true }
          }
        }
        ```

        ## Fix
        Wait within the year, and start a new execution for what comes later:
        ```json
        {
          "StartAt": "Wait for renewal",
          "States": {
            "Wait for renewal": { "Type": "Wait", "Seconds": 31536000, "Next": "Renew" },
            "Renew": { "Type": "Pass", "End": true }
          }
        }
        ```
        """)
public final class StandardWaitBeyondOneYear implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Scope scope : machine.scopes()) {
      if (!TypeText.isStandard(scope)) {
        continue;
      }
      for (State state : scope.states()) {
        Optional<FieldValue<Long>> seconds = state.waitFields().flatMap(WaitFields::seconds);
        Optional<Long> value = seconds.flatMap(FieldValue::value);
        if (value.isPresent() && value.get() > WorkflowType.STANDARD_MAX_SECONDS) {
          findings.report(seconds.get().node(), "Wait \"%s\" waits %d s (%s), but a Standard "
                  + "execution runs at most 1 year and %s: every execution that reaches this "
                  + "state fails with States.Timeout.", state.name(), value.get(),
              DurationAnalysis.describe(value.get()), TypeText.runsAs(scope));
        }
      }
    }
  }
}

package dev.sfnappsynclint.rules.errorhandling;

import dev.sfnappsynclint.asl.ErrorName;
import dev.sfnappsynclint.asl.FailFields;
import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL024",
    name = "ReservedErrorNameInFail",
    severity = Severity.WARNING,
    summary = "A Fail state raises an error whose name begins with the reserved States. prefix.",
    description = "The States. prefix is reserved for the errors Step Functions itself reports. "
        + "A Fail state that raises States.Timeout or States.TaskFailed is indistinguishable from "
        + "the real error to every Retrier and Catcher above it, and one that raises a new "
        + "States.* name breaks the rule the States Language sets for error names. Step "
        + "Functions accepts such a definition, so this is a warning.",
    tags = {"reliability", "error-handling"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html"
    },
    help = """
        ## What it finds
        A `Fail` state whose `Error` is a literal name beginning with `States.` — a name
        `DefinitionSubstitutions` gives as a literal counts, and the finding points at the
        placeholder. An `ErrorPath`, a JSONata expression and a placeholder left to deployment
        are not reported.

        ## Why it matters
        The AWS guide: "States can report errors with other names. However, the error names
        cannot begin with the `States.` prefix"; the States Language says such names "MUST NOT
        begin with the prefix States.". Step Functions does not enforce it when it validates a
        definition (public, deployed examples do this), so the definition deploys — but:

        - a Fail state that raises a predefined name (`States.Timeout`, `States.TaskFailed`,
          ...) looks exactly like the real error to the Retriers and Catchers of the Parallel or
          Map state around it, and to anyone reading the execution history;
        - a new `States.*` name can collide with an error AWS adds later, and linters (ASL023)
          take `States.*` names they do not know for typos.

        ## Example
        ```json
        {
          "StartAt": "Check quorum",
          "States": {
            "Check quorum": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.votes", "NumericGreaterThanEquals": 3, "Next": "Approved" }
              ],
              "Default": "No quorum"
            },
            "Approved": { "Type": "Succeed" },
            "No quorum": { "Type": "Fail", "Error": "States.NoQuorum", "Cause": "Fewer than 3 votes" }
          }
        }
        ```

        ## Fix
        Use a name of your own, without the reserved prefix:
        ```json
        {
          "StartAt": "Check quorum",
          "States": {
            "Check quorum": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.votes", "NumericGreaterThanEquals": 3, "Next": "Approved" }
              ],
              "Default": "No quorum"
            },
            "Approved": { "Type": "Succeed" },
            "No quorum": { "Type": "Fail", "Error": "Voting.NoQuorum", "Cause": "Fewer than 3 votes" }
          }
        }
        ```
        """)
public final class ReservedErrorNameInFail implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      state.failFields().flatMap(FailFields::error).filter(FieldValue::isValue)
          .ifPresent(error -> {
            String name = error.value().orElseThrow();
            if (!ErrorName.isReserved(name)) {
              return;
            }
            if (ErrorName.isPredefined(name)) {
              findings.report(error.node(), "Fail state \"%s\" raises \"%s\", a name Step "
                  + "Functions reserves for its own errors: Retriers and Catchers cannot tell "
                  + "this failure from a real %s. Use a name without the States. prefix.",
                  state.name(), name, name);
            } else {
              findings.report(error.node(), "Fail state \"%s\" raises \"%s\", but the States. "
                  + "prefix is reserved for the errors Step Functions defines. Use a name "
                  + "without it.", state.name(), name);
            }
          });
    }
  }
}

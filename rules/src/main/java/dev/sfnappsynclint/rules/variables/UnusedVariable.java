package dev.sfnappsynclint.rules.variables;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.variables.Variable.Assignment;
import dev.sfnappsynclint.asl.variables.VariableAnalysis;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "ASL109",
    name = "UnusedVariable",
    severity = Severity.NOTE,
    summary = "A workflow variable is assigned but never read.",
    description = "A variable no state reads costs payload (each is stored with the "
        + "execution) and usually means a misspelt name in the read or a leftover.",
    tags = {"maintainability", "variables"},
    precision = Precision.MEDIUM,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html"
    },
    help = """
        ## What it finds
        A variable that an `Assign` of a scope sets and that no state of the scope, nor of the
        Parallel branches and inline Map iterations nested in it, reads. The finding points at
        the first assignment of the name in the scope.

        ## Why it matters
        Variables are there to be read later. One that never is does nothing but add to the
        execution's data (up to 256 KiB per variable), and is often the other half of a typo:
        `Assign: {"orderID": ...}` and a read of `$orderId`.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Keep",
          "States": {
            "Keep": {
              "Type": "Pass",
              "Assign": { "orderId": "{% $states.input.id %}", "customer": "{% $states.input.customer %}" },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed", "Output": { "id": "{% $orderId %}" } }
          }
        }
        ```

        ## Fix
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Keep",
          "States": {
            "Keep": {
              "Type": "Pass",
              "Assign": { "orderId": "{% $states.input.id %}" },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed", "Output": { "id": "{% $orderId %}" } }
          }
        }
        ```
        """)
public final class UnusedVariable implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    VariableAnalysis variables = VariableAnalysis.of(machine);
    for (Scope scope : machine.scopes()) {
      for (Assignment assignment : variables.firstAssignments(scope).values()) {
        if (!assignment.name().contains("${") && !variables.isRead(scope, assignment.name())) {
          findings.report(assignment.key(), "Variable $%s is assigned in state \"%s\" but no "
              + "state of %s reads it.", assignment.name(), assignment.state().name(),
              scope.describe());
        }
      }
    }
  }
}

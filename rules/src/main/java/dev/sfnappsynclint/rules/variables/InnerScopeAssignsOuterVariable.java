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
    id = "ASL106",
    name = "InnerScopeAssignsOuterVariable",
    severity = Severity.WARNING,
    summary = "A state in a Parallel branch or Map iteration assigns a variable of an "
        + "enclosing scope.",
    description = "Parallel branches and Map iterations can read the variables of the scopes "
        + "around them but cannot change them: a variable assigned inside is the inner scope's "
        + "own, and the enclosing scope never sees the value. Pass results out through the "
        + "state's Output and assign them in the Parallel or Map state's own Assign.",
    tags = {"correctness", "variables"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html"
    },
    help = """
        ## What it finds
        An `Assign` key in a Parallel branch or (inline) Map item processor naming a variable
        that an enclosing scope also assigns. The child executions of a Distributed Map see no
        outer variables, so their names are their own and are not reported.

        ## Why it matters
        Variables flow into nested scopes, never out: the Step Functions guide says a nested
        scope cannot assign values to variables of the outer scopes, and the results of
        branches and iterations leave only through `Output`. A branch that "updates" an outer
        counter or flag leaves the outer value as it was.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Init",
          "States": {
            "Init": { "Type": "Pass", "Assign": { "total": 0 }, "Next": "Sum" },
            "Sum": {
              "Type": "Map",
              "Items": "{% $states.input.items %}",
              "ItemProcessor": {
                "StartAt": "Add",
                "States": {
                  "Add": { "Type": "Pass", "Assign": { "total": "{% $total + $states.input.price %}" }, "End": true }
                }
              },
              "Next": "Report"
            },
            "Report": { "Type": "Succeed", "Output": "{% $total %}" }
          }
        }
        ```

        ## Fix
        Return the values through `Output` and assign in the Map state:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Sum",
          "States": {
            "Sum": {
              "Type": "Map",
              "Items": "{% $states.input.items %}",
              "ItemProcessor": {
                "StartAt": "Price",
                "States": {
                  "Price": { "Type": "Pass", "Output": "{% $states.input.price %}", "End": true }
                }
              },
              "Assign": { "total": "{% $sum($states.result) %}" },
              "Next": "Report"
            },
            "Report": { "Type": "Succeed", "Output": "{% $total %}" }
          }
        }
        ```
        """)
public final class InnerScopeAssignsOuterVariable implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    VariableAnalysis variables = VariableAnalysis.of(machine);
    for (Assignment assignment : variables.assignments()) {
      for (Scope outer : VariableAnalysis.enclosingVisible(assignment.scope())) {
        Assignment there = variables.firstAssignments(outer).get(assignment.name());
        if (there != null) {
          findings.report(assignment.key(), "State \"%s\" in %s assigns $%s, a variable of %s "
              + "(assigned in state \"%s\"): a nested scope cannot change an outer variable, so "
              + "the enclosing scope never sees this value. Return it through Output instead.",
              assignment.state().name(), assignment.scope().describe(), assignment.name(),
              outer.describe(), there.state().name())
              .related(there.key(), "the outer assignment");
          break;
        }
      }
    }
  }
}

package dev.sfnappsynclint.rules.variables;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.variables.Variable.Read;
import dev.sfnappsynclint.asl.variables.VariableAnalysis;
import dev.sfnappsynclint.asl.variables.VariableAnalysis.CheckedRead;
import dev.sfnappsynclint.asl.variables.VariableAnalysis.Verdict;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import java.util.HashSet;
import java.util.Set;

@LintRule(
    id = "ASL105",
    name = "VariableReadBeforeAssignment",
    severity = Severity.WARNING,
    summary = "A state reads a workflow variable that no path from StartAt has assigned.",
    description = "Workflow variables exist once an Assign has set them. A state that reads "
        + "$name where no path of transitions from the start of its scope (or of the scopes "
        + "around it) passes an Assign of that name reads a variable that does not exist.",
    tags = {"correctness", "variables"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html"
    },
    help = """
        ## What it finds
        A read of a workflow variable — `$name` in a JSONata expression, a JSONPath `.$` value,
        path field, Choice `Variable` or intrinsic function argument — in a state that no path
        from `StartAt` reaches through an `Assign` of that name. A state's own `Assign` takes
        effect when the state ends, so the state's expressions (its `Assign` included) do not
        see it; a Choice rule's `Assign` takes effect on that rule's transition, a Catcher's on
        its. Parallel branches and inline Map iterations also see what the enclosing scopes
        assigned before the Parallel or Map state.

        Reads in states no path reaches are left to ASL006, and expressions that do not parse
        to ASL100.

        ## Why it matters
        A variable read before it is assigned does not exist: a JSONPath state fails with a
        runtime error, a JSONata expression sees no value — a field left out, a Choice rule that
        never matches.

        ## Example
        A state's `Assign` takes effect when the state ends, so its own `Output` does not see it:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Start",
          "States": {
            "Start": {
              "Type": "Pass",
              "Assign": { "attempt": 1 },
              "Output": { "attempt": "{% $attempt %}" },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed", "Output": "{% $attempt %}" }
          }
        }
        ```

        ## Fix
        Read the value where it is computed, or in a later state:
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Start",
          "States": {
            "Start": {
              "Type": "Pass",
              "Assign": { "attempt": 1 },
              "Output": { "attempt": 1 },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed", "Output": "{% $attempt %}" }
          }
        }
        ```
        """)
public final class VariableReadBeforeAssignment implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    VariableAnalysis variables = VariableAnalysis.of(machine);
    Set<String> assigned = new HashSet<>();
    variables.assignments().forEach(a -> assigned.add(a.name()));
    for (CheckedRead checked : variables.checkedReads()) {
      if (checked.verdict() != Verdict.NOT_ASSIGNED) {
        continue;
      }
      Read read = checked.read();
      if (assigned.contains(read.name())) {
        findings.report(read.location(), "State \"%s\" reads $%s, but no path from the start "
            + "of %s assigns it before this state: the variable does not exist yet here.",
            read.state().name(), read.name(), read.scope().describe());
      } else {
        findings.report(read.location(), "State \"%s\" reads $%s, but no Assign sets a "
            + "variable of that name.%s", read.state().name(), read.name(),
            SimilarNames.hint(read.name(), assigned));
      }
    }
  }
}

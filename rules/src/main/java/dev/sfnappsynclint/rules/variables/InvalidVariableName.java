package dev.sfnappsynclint.rules.variables;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.variables.Variable.Assignment;
import dev.sfnappsynclint.asl.variables.VariableAnalysis;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.regex.Pattern;

@LintRule(
    id = "ASL108",
    name = "InvalidVariableName",
    severity = Severity.WARNING,
    summary = "An Assign key is the reserved name states or a name no expression can read.",
    description = "Step Functions reserves the variable $states for the state's input, result, "
        + "error output and context. A variable is read as $name in a JSONata expression or a "
        + "JSONPath path, so a name that is empty, starts with a digit or holds spaces, dots, "
        + "dashes or other operators cannot be read back.",
    tags = {"correctness", "variables"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html"
    },
    help = """
        ## What it finds
        A key of an `Assign` object (of a state, a Choice rule or a Catcher; in a JSONPath state
        without its `.$` suffix) that is `states`, or that is not a letter or `_` followed by
        letters, digits and `_`.

        ## Why it matters
        `$states` is the variable Step Functions itself defines in every JSONata state. Any
        other name is read as `$name`: in JSONata `$order-id` is `$order` minus `id`, and in a
        JSONPath path `$order.id` is the field `id` of `$order`, so such a variable can never
        be read.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Keep",
          "States": {
            "Keep": {
              "Type": "Pass",
              "Assign": { "order-id": "{% $states.input.id %}" },
              "Next": "Use"
            },
            "Use": { "Type": "Succeed", "Output": "{% $states.input %}" }
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
              "Next": "Use"
            },
            "Use": { "Type": "Succeed", "Output": "{% $orderId %}" }
          }
        }
        ```
        """)
public final class InvalidVariableName implements AslRule {

  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (Assignment assignment : VariableAnalysis.of(machine).assignments()) {
      String name = assignment.name();
      if (name.contains("${")) {
        continue;
      }
      if (name.equals("states")) {
        findings.report(assignment.key(), "State \"%s\" assigns the variable \"states\", a "
            + "name Step Functions reserves for $states (input, result, error output and "
            + "context). Choose another name.", assignment.state().name());
      } else if (!NAME.matcher(name).matches()) {
        findings.report(assignment.key(), "State \"%s\" assigns the variable \"%s\", which no "
            + "expression can read as $%s: use letters, digits and _ only, starting with a "
            + "letter or _.", assignment.state().name(), name, name);
      }
    }
  }
}

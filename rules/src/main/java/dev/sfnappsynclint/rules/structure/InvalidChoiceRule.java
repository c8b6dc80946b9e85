package dev.sfnappsynclint.rules.structure;

import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

@LintRule(
    id = "ASL065",
    name = "InvalidChoiceRule",
    severity = Severity.ERROR,
    summary = "A Choice rule without exactly one comparison, a comparison without Variable, "
        + "a nested rule with Next, or a JSONata rule without Condition.",
    description = "A JSONPath Choice rule is one comparison of a Variable (or an And, Or or Not "
        + "of nested rules); only the rules directly in Choices transition, with Next. A "
        + "JSONata rule is a Condition. Step Functions rejects any other shape. Operand types "
        + "are ASL062's, a missing top-level Next is ASL061's.",
    tags = {"correctness", "structure"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html",
    help = """
        ## What it finds
        In a JSONPath Choice state, in every rule (nested ones included):
        - no comparison operator, or more than one (`StringEquals` and `StringMatches` in one
          rule, or a comparison beside `And`);
        - a comparison without `Variable`;
        - `Next` inside an `And`, `Or` or `Not`.

        In a JSONata Choice state: a rule without `Condition`.

        ## Why it matters
        Step Functions refuses the definition (`SCHEMA_VALIDATION_FAILED`). Two operators in
        one rule usually mean an `And` was intended.

        ## Example
        ```json
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [
                {
                  "Variable": "$.amount",
                  "NumericGreaterThan": 100,
                  "NumericLessThan": 1000,
                  "Next": "Review"
                }
              ],
              "Default": "Approve"
            },
            "Review": { "Type": "Succeed" },
            "Approve": { "Type": "Succeed" }
          }
        }
        ```

        ## Fix
        Combine the comparisons with `And`:
        ```json
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [
                {
                  "And": [
                    { "Variable": "$.amount", "NumericGreaterThan": 100 },
                    { "Variable": "$.amount", "NumericLessThan": 1000 }
                  ],
                  "Next": "Review"
                }
              ],
              "Default": "Approve"
            },
            "Review": { "Type": "Succeed" },
            "Approve": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class InvalidChoiceRule implements AslRule {

  /** The comparison operators and combinators; other keys are ASL060's or ASL064's. */
  private static final Pattern OPERATOR = Pattern.compile("(String|Numeric|Timestamp)(Equals"
      + "|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?|BooleanEquals(Path)?"
      + "|StringMatches|Is(Null|Present|Numeric|String|Boolean|Timestamp)|And|Or|Not");
  private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      if (!state.is(StateType.CHOICE)
          || !(state.node().get("Choices").orElse(null) instanceof ArrayNode rules)) {
        continue;
      }
      for (Node rule : rules.elements()) {
        if (!(rule instanceof ObjectNode object)) {
          continue;
        }
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
          // A rule written with JSONPath keys is ASL064's; only a rule with neither is ours.
          if (object.get("Condition").isEmpty() && operators(object).isEmpty()) {
            findings.report(rule, "This Choice rule of the JSONata state \"%s\" has no "
                + "Condition; write \"Condition\": \"{%% ... %%}\".", state.name());
          }
        } else {
          checkRule(object, state, false, findings);
        }
      }
    }
  }

  private static void checkRule(ObjectNode rule, State state, boolean nested,
      Findings findings) {
    List<Member> operators = operators(rule);
    if (operators.isEmpty()) {
      // A JSONata Condition in a JSONPath state is ASL064's.
      if (rule.get("Condition").isEmpty()) {
        findings.report(rule, "This Choice rule of \"%s\" has no comparison operator (such as "
            + "StringEquals, NumericGreaterThan, IsPresent) and no And, Or or Not.",
            state.name());
      }
    } else if (operators.size() > 1) {
      findings.report(operators.get(1).key(), "This Choice rule of \"%s\" has %d operators (%s);"
          + " a rule has exactly one. Combine comparisons with And or Or.", state.name(),
          operators.size(), String.join(", ", operators.stream().map(Member::name).toList()));
    } else if (!COMBINATORS.contains(operators.get(0).name()) && rule.get("Variable").isEmpty()) {
      findings.report(operators.get(0).key(), "%s in a Choice rule of \"%s\" compares nothing: "
          + "the rule needs a Variable.", operators.get(0).name(), state.name());
    }
    if (nested) {
      rule.member("Next").ifPresent(next -> findings.report(next.key(), "A rule nested in And, "
          + "Or or Not has no Next in \"%s\"; only the rules directly in Choices transition.",
          state.name()));
    }
    for (Member operator : operators) {
      if (operator.value() instanceof ArrayNode nestedRules
          && (operator.name().equals("And") || operator.name().equals("Or"))) {
        for (Node element : nestedRules.elements()) {
          if (element instanceof ObjectNode object) {
            checkRule(object, state, true, findings);
          }
        }
      } else if (operator.name().equals("Not") && operator.value() instanceof ObjectNode object) {
        checkRule(object, state, true, findings);
      }
    }
  }

  private static List<Member> operators(ObjectNode rule) {
    return rule.members().stream().filter(m -> OPERATOR.matcher(m.name()).matches())
        .toList();
  }
}

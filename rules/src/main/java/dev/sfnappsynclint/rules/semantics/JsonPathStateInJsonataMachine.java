package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Node;
import java.util.Optional;

@LintRule(
    id = "ASL074",
    name = "JsonPathStateInJsonataMachine",
    severity = Severity.ERROR,
    summary = "A state sets QueryLanguage JSONPath in a state machine whose top-level "
        + "QueryLanguage is JSONata.",
    description = "A state may switch from JSONPath to JSONata, not back: when the top-level "
        + "QueryLanguage is JSONata, every state of the machine (in branches and item "
        + "processors too) must use JSONata, and Step Functions rejects a JSONPath state.",
    tags = {"correctness", "jsonata"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html"
    },
    help = """
        ## What it finds
        A state with `"QueryLanguage": "JSONPath"` in a state machine whose top-level
        `QueryLanguage` is `JSONata`, at any depth.

        ## Why it matters
        "When the top-level state machine query language is JSONPath, individual states can
        override the query language by setting QueryLanguage to JSONata" — but "you cannot
        revert a top-level JSONata-based state machine to a mix of JSONata and JSONPath
        states" (AWS, *State machine structure*). Step Functions rejects the definition.

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "QueryLanguage": "JSONPath",
              "Parameters": { "greeting.$": "$.name" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Write the state in JSONata (or make the top level JSONPath and switch single states
        to JSONata):
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Output": { "greeting": "{% $states.input.name %}" },
              "End": true
            }
          }
        }
        ```
        """)
public final class JsonPathStateInJsonataMachine implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    if (machine.queryLanguage() != QueryLanguage.JSONATA) {
      return;
    }
    for (State state : machine.states()) {
      Optional<Node> language = state.field("QueryLanguage")
          .filter(n -> n.asString().filter(QueryLanguage.JSONPATH.aslName()::equals).isPresent());
      language.ifPresent(node -> findings.report(node, "State \"%s\" sets QueryLanguage "
          + "JSONPath, but the state machine's top-level QueryLanguage is JSONata, and a "
          + "JSONata state machine cannot contain JSONPath states; Step Functions rejects the "
          + "definition. Write the state in JSONata, or set the top level to JSONPath and "
          + "QueryLanguage JSONata on each JSONata state.", state.name()));
    }
  }
}

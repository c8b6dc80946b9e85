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
import java.util.Set;

@LintRule(
    id = "ASL064",
    name = "FieldNotInQueryLanguage",
    severity = Severity.ERROR,
    summary = "A JSONPath-only field (InputPath, Parameters, ResultPath, *Path, Choice "
        + "Variable...) in a JSONata state, or a JSONata-only field (Arguments, Output, "
        + "Condition, Items) in a JSONPath state.",
    description = "Each state uses one query language: its own QueryLanguage, else the "
        + "machine's top-level one (JSONPath by default). JSONata states replace the five "
        + "JSONPath fields with Arguments and Output, and every *Path field with an expression; "
        + "Step Functions rejects a field of the other language.",
    tags = {"correctness", "structure", "jsonata"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html"
    },
    help = """
        ## What it finds
        In a state whose query language is **JSONata**: `InputPath`, `Parameters`,
        `ResultSelector`, `ResultPath`, `OutputPath`, every `*Path` field (`ItemsPath`,
        `TimeoutSecondsPath`, `SecondsPath`, `ErrorPath`, ... also in `ReaderConfig` and
        `ItemBatcher`), a Pass state's `Result`, `Parameters` of `ItemReader`/`ResultWriter`,
        a catcher's `ResultPath`, and Choice rules written with `Variable`, `And`, `Or`, `Not`
        or a comparison operator.

        In a state whose query language is **JSONPath** (the default): `Arguments`, `Output`,
        `Items`, a Choice rule's `Condition`, a catcher's `Output`, `Arguments` of
        `ItemReader`/`ResultWriter`.

        The state's language is its own `QueryLanguage`, else the top-level one.

        ## Why it matters
        Step Functions refuses the definition (`SCHEMA_VALIDATION_FAILED`): "JSONata states do
        not have Parameters".

        ## Example
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Parameters": { "greeting": "hello" },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Use the field of the state's language (or set the state's `QueryLanguage`):
        ```json
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Greet",
          "States": {
            "Greet": {
              "Type": "Pass",
              "Output": { "greeting": "hello" },
              "End": true
            }
          }
        }
        ```
        """)
public final class FieldNotInQueryLanguage implements AslRule {

  private static final Set<String> JSONPATH_STATE_FIELDS = Set.of("InputPath", "Parameters",
      "ResultSelector", "ResultPath", "OutputPath");
  private static final Set<String> JSONATA_FIELDS = Set.of("Arguments", "Output", "Items");
  /** Choice rule keys that only JSONata rules have. */
  private static final Set<String> JSONATA_RULE_FIELDS = Set.of("Condition", "Output");
  /** Choice rule keys both languages share. */
  private static final Set<String> SHARED_RULE_FIELDS = Set.of("Next", "Comment", "Assign");

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      if (state.type().isEmpty()) {
        continue;
      }
      boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
      checkObject(state.node(), jsonata, state, "", findings);
      for (String nested : new String[] {"ItemReader", "ResultWriter", "ItemBatcher"}) {
        state.node().get(nested).filter(ObjectNode.class::isInstance)
            .ifPresent(n -> checkObject((ObjectNode) n, jsonata, state, nested + " of ", findings));
      }
      state.node().get("ItemReader").filter(ObjectNode.class::isInstance)
          .flatMap(n -> ((ObjectNode) n).get("ReaderConfig"))
          .filter(ObjectNode.class::isInstance)
          .ifPresent(n -> checkObject((ObjectNode) n, jsonata, state, "ReaderConfig of ",
              findings));
      if (state.node().get("Catch").orElse(null) instanceof ArrayNode catchers) {
        for (Node catcher : catchers.elements()) {
          if (catcher instanceof ObjectNode object) {
            checkCatcher(object, jsonata, state, findings);
          }
        }
      }
      if (state.is(StateType.CHOICE)
          && state.node().get("Choices").orElse(null) instanceof ArrayNode rules) {
        for (Node rule : rules.elements()) {
          if (rule instanceof ObjectNode object) {
            checkRule(object, jsonata, state, findings);
          }
        }
      }
    }
  }

  private static void checkObject(ObjectNode object, boolean jsonata, State state,
      String where, Findings findings) {
    boolean isState = where.isEmpty();
    for (Member member : object.members()) {
      String name = member.name();
      boolean jsonPathOnly = name.endsWith("Path")
          || (isState && JSONPATH_STATE_FIELDS.contains(name))
          || (!isState && name.equals("Parameters"))
          || (isState && name.equals("Result") && state.is(StateType.PASS));
      boolean jsonataOnly = (isState && JSONATA_FIELDS.contains(name))
          || (!isState && name.equals("Arguments"));
      if (jsonata && jsonPathOnly) {
        report(member, state, where, "JSONata", jsonataAlternative(name), findings);
      } else if (!jsonata && jsonataOnly) {
        report(member, state, where, "JSONPath", jsonPathAlternative(name), findings);
      }
    }
  }

  private static void checkCatcher(ObjectNode catcher, boolean jsonata, State state,
      Findings findings) {
    catcher.member(jsonata ? "ResultPath" : "Output").ifPresent(member -> report(member, state,
        "a catcher of ", jsonata ? "JSONata" : "JSONPath",
        jsonata ? " Use Output (with $states.errorOutput) instead." : " Use ResultPath instead.",
        findings));
  }

  private static void checkRule(ObjectNode rule, boolean jsonata, State state,
      Findings findings) {
    for (Member member : rule.members()) {
      String name = member.name();
      if (SHARED_RULE_FIELDS.contains(name)) {
        continue;
      }
      if (jsonata && !JSONATA_RULE_FIELDS.contains(name)) {
        // One finding per rule: Variable and its operator are one mistake.
        report(member, state, "a Choice rule of ", "JSONata",
            " A JSONata rule is a Condition: \"{% ... %}\".", findings);
        return;
      } else if (!jsonata && JSONATA_RULE_FIELDS.contains(name)) {
        report(member, state, "a Choice rule of ", "JSONPath",
            " A JSONPath rule compares a Variable with an operator such as StringEquals.",
            findings);
      }
    }
  }

  private static String jsonataAlternative(String name) {
    return switch (name) {
      case "Parameters" -> " Use Arguments instead.";
      case "InputPath", "ResultSelector", "ResultPath", "OutputPath", "Result" ->
          " Use Output (and Assign) instead.";
      case "ItemsPath" -> " Use Items instead.";
      default -> name.endsWith("Path")
          ? " Write " + name.substring(0, name.length() - "Path".length())
              + " with a JSONata expression instead."
          : "";
    };
  }

  private static String jsonPathAlternative(String name) {
    return switch (name) {
      case "Arguments" -> " Use Parameters instead.";
      case "Output" -> " Use ResultSelector, ResultPath and OutputPath instead.";
      case "Items" -> " Use ItemsPath instead.";
      default -> "";
    };
  }

  private static void report(Member member, State state, String where, String language,
      String alternative, Findings findings) {
    findings.report(member.key(), "%s is not a field of %sa %s state (\"%s\").%s",
        member.name(), where, language, state.name(), alternative);
  }
}

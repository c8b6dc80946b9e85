package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.Transition;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@LintRule(
    id = "ASL078",
    name = "YamlBooleanStateName",
    severity = Severity.WARNING,
    summary = "An unquoted Yes, No, On, Off, Y or N names a state in YAML; YAML 1.1 readers turn "
        + "it into a boolean.",
    description = "YAML 1.2 reads an unquoted Yes as the string \"Yes\", but YAML 1.1 readers "
        + "— PyYAML, and so the SAM CLI, cfn-lint and many deployment scripts — read it as the "
        + "boolean true. A state name or a StartAt, Next or Default target written that way is "
        + "a string for one tool and a boolean for the next.",
    tags = {"portability", "yaml"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html"
    },
    help = """
        ## What it finds
        In a YAML definition or template, a state name, or a `StartAt`, `Next` (also of a
        Choice rule or a Catcher) or `Default` value, written as an unquoted `y`, `Y`, `yes`,
        `Yes`, `YES`, `n`, `N`, `no`, `No`, `NO`, `on`, `On`, `ON`, `off`, `Off` or `OFF`.

        ## Why it matters
        These words are booleans in YAML 1.1, which PyYAML and the tools built on it still
        read. Such a tool turns the state `Yes` into `true`: a state whose name is not a
        string, or a `Next` that names no state, and the definition it deploys is not the one
        this linter checked.

        ## Example
        ```yaml
        StartAt: Approved?
        States:
          Approved?:
            Type: Choice
            Choices:
              - Variable: $.approved
                BooleanEquals: true
                Next: Yes
            Default: No
          Yes:
            Type: Succeed
          No:
            Type: Fail
            Error: Rejected
        ```

        ## Fix
        Quote the names, or choose names that are not YAML 1.1 booleans:
        ```yaml
        StartAt: Approved?
        States:
          Approved?:
            Type: Choice
            Choices:
              - Variable: $.approved
                BooleanEquals: true
                Next: "Yes"
            Default: "No"
          "Yes":
            Type: Succeed
          "No":
            Type: Fail
            Error: Rejected
        ```
        """)
public final class YamlBooleanStateName implements AslRule {

  /** The YAML 1.1 booleans that YAML 1.2 reads as strings (true/false are booleans in both). */
  private static final Set<String> YAML11_BOOLEANS = Set.of("y", "Y", "yes", "Yes", "YES", "n",
      "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");

  @Override
  public void check(StateMachine machine, Findings findings) {
    if (!machine.isWrittenAsTree()) {
      return;
    }
    Set<Node> seen = new HashSet<>();
    for (Scope scope : machine.scopes()) {
      scope.startAtMember().map(Member::value)
          .ifPresent(node -> check(node, "StartAt of " + scope.describe(), seen, findings));
    }
    for (State state : machine.states()) {
      check(state.nameNode(), "the name of a state", seen, findings);
      for (Transition transition : state.transitions()) {
        check(transition.targetNode(), transition.kind().field() + " of state \""
            + state.name() + "\"", seen, findings);
      }
    }
  }

  private static void check(Node node, String where, Set<Node> seen, Findings findings) {
    if (!(node instanceof ScalarNode scalar) || scalar.kind() != ScalarNode.Kind.STRING
        || !YAML11_BOOLEANS.contains(scalar.text()) || !isPlain(scalar) || !seen.add(node)) {
      return;
    }
    String quoted = "\"" + scalar.text() + "\"";
    findings.report(node, "%s is an unquoted %s, which YAML 1.1 readers (PyYAML, the SAM CLI, "
        + "cfn-lint) read as the boolean %s, not the name \"%s\". Quote it: %s.", capital(
            where), scalar.text(), isTrue(scalar.text()), scalar.text(), quoted)
        .fix("Quote " + scalar.text(), List.of(new TextEdit(node.location().path(),
            node.range(), quoted)));
  }

  /** Written without quotes: the file has the text's own first character where it starts. */
  private static boolean isPlain(ScalarNode node) {
    return WrittenScalar.firstCharacter(node).filter(c -> c == node.text().charAt(0))
        .isPresent();
  }

  private static boolean isTrue(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "y", "yes", "on" -> true;
      default -> false;
    };
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

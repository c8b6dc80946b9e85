package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.asl.FieldValue;
import dev.sfnappsynclint.asl.MapFields;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL077",
    name = "InvalidMapLabel",
    severity = Severity.ERROR,
    summary = "A Distributed Map's Label is longer than 40 characters or has a character a "
        + "label cannot have.",
    description = "Step Functions adds a Distributed Map's Label to each Map Run ARN, so it "
        + "must be at most 40 characters and free of white space, brackets, wildcards, "
        + "special and control characters, as execution names are.",
    tags = {"correctness", "distributed-map"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html"
    },
    help = """
        ## What it finds
        A Map state's `Label` that is longer than 40 characters, or that contains white
        space, a bracket (`< > { } [ ]`), a wildcard (`? *`), a special character
        (`" # % \\ ^ | ~ ` $ & , ; : /`) or a control character.

        ## Why it matters
        The label becomes part of the ARN of every Map Run the state starts; the Distributed
        Map documentation limits it to 40 characters and to the characters allowed in
        execution names. Step Functions rejects the definition otherwise.

        ## Example
        ```json
        {
          "StartAt": "Process files",
          "States": {
            "Process files": {
              "Type": "Map",
              "Label": "process files: nightly",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "Handle",
                "States": { "Handle": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        ```json
        {
          "StartAt": "Process files",
          "States": {
            "Process files": {
              "Type": "Map",
              "Label": "ProcessFilesNightly",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "Handle",
                "States": { "Handle": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class InvalidMapLabel implements AslRule {

  static final int MAX_LENGTH = 40;
  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (State state : machine.states()) {
      Optional<FieldValue<String>> label = state.map().flatMap(MapFields::label)
          .filter(FieldValue::isValue);
      if (label.isEmpty()) {
        continue;
      }
      String text = label.get().value().orElseThrow();
      int length = text.codePointCount(0, text.length());
      if (length > MAX_LENGTH) {
        findings.report(label.get().node(), "Label of Map state \"%s\" has %d characters; a "
            + "label has at most %d.", state.name(), length, MAX_LENGTH);
        continue;
      }
      forbidden(text).ifPresent(what -> findings.report(label.get().node(), "Label \"%s\" of "
          + "Map state \"%s\" contains %s; a label cannot contain white space, brackets, "
          + "wildcards, special characters (\" # %% \\ ^ | ~ ` $ & , ; : /) or control "
          + "characters.", text, state.name(), what));
    }
  }

  private static Optional<String> forbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return Optional.of("white space");
      }
      if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
        return Optional.of(String.format(java.util.Locale.ROOT, "the control character U+%04X",
            (int) c));
      }
      if (FORBIDDEN.indexOf(c) >= 0) {
        return Optional.of("\"" + c + "\"");
      }
    }
    return Optional.empty();
  }
}

package dev.sfnappsynclint.rules.payload;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.payload.PayloadTemplate;
import dev.sfnappsynclint.asl.payload.StatePayloads;
import dev.sfnappsynclint.asl.payload.TemplateMember;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

@LintRule(
    id = "ASL083",
    name = "ConflictingTemplateFields",
    severity = Severity.WARNING,
    summary = "A payload template object has the same field with and without .$.",
    description = "A name.$ field is renamed to name when the template is evaluated, so an "
        + "object holding both name and name.$ would hold name twice. The States Language "
        + "forbids it; which value wins is not defined.",
    tags = {"correctness", "jsonpath"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html"
    },
    help = """
        ## What it finds
        An object in a payload template of a JSONPath state (`Parameters`, `ResultSelector`,
        `ItemSelector`, `Assign`, ...) with both `name` and `name.$`.

        ## Why it matters
        Evaluating the template strips `.$` from field names; the States Language
        specification (states-language.net, "Payload Template") says the
        object "MUST NOT have duplicate field names after fields ending with the characters
        .$ are renamed". Either Step Functions rejects the definition or one of the two values
        silently disappears — in both cases one of them is a mistake.

        ## Example
        ```json
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Parameters": {
                "region": "eu-west-1",
                "region.$": "$.region"
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Keep the one you mean:
        ```json
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Parameters": {
                "region.$": "$.region"
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class ConflictingTemplateFields implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    for (PayloadTemplate template : StatePayloads.of(machine).templates()) {
      Map<ObjectNode, Map<String, TemplateMember>> literalByObject = new IdentityHashMap<>();
      List<TemplateMember> members = template.members();
      for (TemplateMember member : members) {
        if (!member.isDynamic()) {
          literalByObject.computeIfAbsent(member.owner(), o -> new HashMap<>())
              .putIfAbsent(member.name(), member);
        }
      }
      for (TemplateMember member : members) {
        if (!member.isDynamic()) {
          continue;
        }
        TemplateMember literal = literalByObject.getOrDefault(member.owner(), Map.of())
            .get(member.resultName());
        if (literal != null) {
          findings.report(member.member().key(), "\"%s\" and \"%s\" in %s of %s both become "
              + "the field \"%s\": keep one of them.", member.name(), literal.name(),
              template.field(), template.where(), member.resultName())
              .related(literal.member().key(), "the field without .$");
        }
      }
    }
  }
}
